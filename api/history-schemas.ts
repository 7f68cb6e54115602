/** What GET /history and POST /history/cleanup accept; the OpenAPI document is generated from these. */
import { z } from 'zod';
import { TASK_STATUSES } from '../shared/task-schemas';

/** Filters take names, never free text: anything else is refused before it nears a query. */
const name = (what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, `a ${what} name: letters, digits, _ . - (at most 64)`)
    .meta({ description: `Only tasks of this ${what}.` });

export interface HistoryCursor {
  createdAt: string;
  taskId: string;
}

/** Model ids also hold `/`, `:` and `@` (`meta/llama-3.1-8b-instruct`, `claude-x@2024`); still no spaces or quotes. */
const modelName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:@/-]{0,127}$/, 'a model name: letters, digits, _ . : @ / - (at most 128)');

/** `true` or `false` and nothing else: a query string has no booleans, and `0`/`yes` would be guesses. */
const flag = (description: string) =>
  z
    .enum(['true', 'false'], { error: 'true or false' })
    .transform((v) => v === 'true')
    .meta({ description });

/** The finish reasons the history records (OpenAI's words, whatever the provider said). */
export const FINISH_REASONS = ['stop', 'length', 'tool_calls', 'content_filter'] as const;

const cursorPayload = z.tuple([z.iso.datetime(), z.uuid()]);

export function encodeCursor(cursor: HistoryCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.taskId])).toString('base64url');
}

/** The opaque `next_cursor` of a page, decoded and checked; a tampered cursor is a 400, not a query. */
const cursorSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,200}$/, 'not a cursor returned by this API')
  .transform((value, ctx): HistoryCursor => {
    try {
      const [createdAt, taskId] = cursorPayload.parse(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
      return { createdAt, taskId };
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not a cursor returned by this API' });
      return z.NEVER;
    }
  })
  .meta({ description: 'The `next_cursor` of the previous page.' });

export const historyQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: 'Rows per page, newest first.' }),
    cursor: cursorSchema.optional(),
    status: z.enum(TASK_STATUSES).optional().meta({ description: 'Only tasks in this status.' }),
    provider: name('provider').optional().meta({ description: 'Only tasks answered by or requested from this provider.' }),
    task: name('task').optional(),
    model: modelName.optional().meta({ description: 'Only tasks answered by this model (after a failover, the model that answered, not the one asked for).' }),
    finish_reason: z
      .enum(FINISH_REASONS, { error: `one of ${FINISH_REASONS.join(', ')}` })
      .optional()
      .meta({ description: 'Only answers that stopped for this reason (`length`: cut at the output limit).' }),
    has_notes: flag('`true`: only tasks whose parser or chain noted a correction; `false`: only tasks without notes.').optional(),
    tool_calls: flag('`true`: only chat answers that called tools; `false`: only tasks that did not.').optional(),
    since: z.iso
      .datetime({ offset: true })
      .transform((v) => new Date(v))
      .optional()
      .meta({ description: 'Only tasks created at or after this time (ISO 8601).' }),
  })
  .strict();
export type HistoryQueryParams = z.output<typeof historyQuerySchema>;

export const cleanupRequestSchema = z
  .object({
    older_than_minutes: z
      .number()
      .int()
      .min(0)
      .max(10 * 365 * 24 * 60)
      .optional()
      .meta({ description: 'Delete only error rows older than this; all error rows when absent.' }),
  })
  .strict();
