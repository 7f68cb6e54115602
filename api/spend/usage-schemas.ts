/** What GET /usage accepts and answers; the OpenAPI document is generated from these. */
import { z } from 'zod';

export const USAGE_GROUPS = ['key', 'provider', 'model', 'day'] as const;
export type UsageGroup = (typeof USAGE_GROUPS)[number];

const DAY_MS = 86_400_000;
/** A report reads at most this span: about a year and a month of history. */
export const MAX_USAGE_DAYS = 400;

/** `2026-12-01` (midnight UTC) or a full ISO 8601 time. */
const instant = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'a date (2026-12-01, midnight UTC) or an ISO 8601 time' })
  .transform((v) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v));

/** The parameters as they arrive (the route table documents these). */
export const usageQueryParamsSchema = z
  .object({
    group_by: z
      .string()
      .default('day')
      .transform((v, ctx) => {
        const groups = v.split(',').map((g) => g.trim());
        const known = groups.every((g): g is UsageGroup => (USAGE_GROUPS as readonly string[]).includes(g));
        if (!known || groups.length > 2 || new Set(groups).size !== groups.length) {
          ctx.addIssue({ code: 'custom', message: `one of ${USAGE_GROUPS.join(', ')}, or two of them joined by a comma (day,key)` });
          return z.NEVER;
        }
        return groups;
      })
      .meta({ description: 'One row per key, provider, provider and model, or UTC day; two joined by a comma (`day,key`, `day,provider`) give one row per pair (the dashboard chart).' }),
    from: instant.optional().meta({ description: 'Tasks created at or after this time; default: 30 days before `to`.' }),
    to: instant.optional().meta({ description: 'Tasks created before this time; default: now.' }),
  })
  .strict();

export const usageQuerySchema = usageQueryParamsSchema.transform((q, ctx) => {
  const to = q.to ?? new Date();
  const from = q.from ?? new Date(to.getTime() - 30 * DAY_MS);
  if (from.getTime() >= to.getTime()) ctx.addIssue({ code: 'custom', path: ['from'], message: '`from` must be before `to`' });
  if (to.getTime() - from.getTime() > MAX_USAGE_DAYS * DAY_MS) ctx.addIssue({ code: 'custom', path: ['from'], message: `at most ${MAX_USAGE_DAYS} days between \`from\` and \`to\`` });
  return { groupBy: q.group_by, from, to };
});
export type UsageQueryParams = z.output<typeof usageQuerySchema>;

export const usageItemSchema = z.object({
  key_id: z.string().optional().meta({ description: 'group_by=key: the caller (a managed key id, `api-key` or `anonymous`).' }),
  key_name: z.string().optional().meta({ description: "group_by=key: the key's name." }),
  provider: z.string().optional().meta({ description: 'group_by=provider or model: the provider that answered (`none` when none did).' }),
  model: z.string().optional().meta({ description: 'group_by=model: the model that answered (`none` when none did).' }),
  day: z.string().optional().meta({ description: 'group_by=day: the UTC day, YYYY-MM-DD.' }),
  requests: z.number().int(),
  errors: z.number().int(),
  prompt_tokens: z.number().int(),
  completion_tokens: z.number().int(),
  cost_usd: z.number().meta({ description: 'USD of the priced tasks; `unpriced_requests` had a model without a price.' }),
  unpriced_requests: z.number().int(),
  cache_hits: z.number().int(),
});
export type UsageItem = z.infer<typeof usageItemSchema>;

export const usageReportSchema = z.object({
  items: z.array(usageItemSchema),
  from: z.string().meta({ description: 'The span read, as ISO 8601 times.' }),
  to: z.string(),
});
