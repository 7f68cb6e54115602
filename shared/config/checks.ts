/**
 * Checks across variables, run from the schema's `superRefine`. They run even when other
 * variables are bad (so one message names every bad variable), so each looks only at the fields
 * that parsed and leaves the others to their own messages.
 */
import { z } from 'zod';
import { parseTarget } from '../route-config';
import { extraProviderSchema } from './providers';

const parsedExtras = z.array(extraProviderSchema);

/** Extra servers must not take a reserved name; PROVIDER_ORDER may name the rows, `local` and the extra servers. */
export function checkProviderNames(env: { PROVIDER_ORDER?: unknown; OPENAI_COMPATIBLE_PROVIDERS?: unknown }, reserved: readonly string[], ctx: z.RefinementCtx): void {
  const extrasParsed = parsedExtras.safeParse(env.OPENAI_COMPATIBLE_PROVIDERS);
  const extras = extrasParsed.success ? extrasParsed.data.map((p) => p.name) : [];
  for (const name of extras) {
    if (reserved.includes(name)) {
      ctx.addIssue({ code: 'custom', path: ['OPENAI_COMPATIBLE_PROVIDERS'], message: `"${name}" is a built-in provider name; choose another` });
    }
  }
  const order = z.array(z.string()).safeParse(env.PROVIDER_ORDER);
  if (!order.success || !extrasParsed.success) return;
  const known = [...reserved, ...extras];
  const unknown = order.data.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['PROVIDER_ORDER'], message: `unknown provider ${unknown.join(', ')}: each name must be one of ${known.join(', ')}` });
  }
}

/** Every provider a route names must exist (a row or an extra OpenAI-compatible server). */
export function checkRouteProviders(env: { ROUTES?: unknown; OPENAI_COMPATIBLE_PROVIDERS?: unknown }, builtIns: readonly string[], ctx: z.RefinementCtx): void {
  const routes = z.record(z.string(), z.array(z.union([z.string(), z.array(z.string())]))).safeParse(env.ROUTES);
  const extras = z.array(z.object({ name: z.string() })).safeParse(env.OPENAI_COMPATIBLE_PROVIDERS);
  if (!routes.success || !extras.success) return;
  const known = new Set([...builtIns, ...extras.data.map((p) => p.name)]);
  for (const [name, targets] of Object.entries(routes.data)) {
    const unknown = targets.flat().map((t) => parseTarget(t)?.provider).filter((p): p is string => p !== undefined && !known.has(p));
    if (unknown.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['ROUTES'], message: `route "${name}" names unknown provider ${unknown.join(', ')}; known: ${[...known].join(', ')}` });
    }
  }
}

/** A Redis Cluster runs a multi-key script only when all its keys hash to one slot: the prefix's `{tag}` does that. */
export function checkClusterPrefix(env: { REDIS_CLUSTER?: unknown; QUEUE_PREFIX?: unknown }, ctx: z.RefinementCtx): void {
  if (env.REDIS_CLUSTER !== true || typeof env.QUEUE_PREFIX !== 'string') return;
  if (!/\{[^{}]+\}/.test(env.QUEUE_PREFIX)) {
    ctx.addIssue({
      code: 'custom',
      path: ['QUEUE_PREFIX'],
      message: `REDIS_CLUSTER=true needs a hash tag in the prefix, e.g. QUEUE_PREFIX={${env.QUEUE_PREFIX}}; "${env.QUEUE_PREFIX}" would spread one queue's keys over slots and BullMQ's scripts would fail`,
    });
  }
}

/** Every provider MODEL_PATTERNS names must exist (a row or an extra OpenAI-compatible server). */
export function checkPatternProviders(env: { MODEL_PATTERNS?: unknown; OPENAI_COMPATIBLE_PROVIDERS?: unknown }, builtIns: readonly string[], ctx: z.RefinementCtx): void {
  const patterns = z.record(z.string(), z.unknown()).safeParse(env.MODEL_PATTERNS);
  const extras = z.array(z.object({ name: z.string() })).safeParse(env.OPENAI_COMPATIBLE_PROVIDERS);
  if (!patterns.success || !extras.success) return;
  const known = new Set([...builtIns, ...extras.data.map((p) => p.name)]);
  const unknown = Object.keys(patterns.data).filter((p) => !known.has(p));
  if (unknown.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['MODEL_PATTERNS'], message: `names unknown provider ${unknown.join(', ')}; known: ${[...known].join(', ')}` });
  }
}
