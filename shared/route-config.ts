/**
 * `ROUTES`: named routes for the OpenAI-compatible endpoint, each an ordered list of tiers. An
 * entry is one `provider/model` target (a tier of one) or an array of equivalent targets balanced
 * among themselves, e.g.
 * `{"fast":[["openai/gpt-4o-mini","azure-eu/gpt-4o-mini"],"claude/claude-3-5-haiku-latest"]}`.
 * A client then sends `model: "fast"`; tiers are tried in order. A plain list keeps its meaning:
 * each target is tried in turn.
 */
import { z } from 'zod';
import { jsonEnv } from './config/json-env';

/** `provider/model`: the provider is the part before the first slash; the model may hold slashes. */
export const ROUTE_TARGET = /^([a-z][a-z0-9_-]{0,31})\/(\S{1,200})$/;
const ALIAS = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export interface RouteTarget {
  provider: string;
  model: string;
}

export function parseTarget(value: string): RouteTarget | undefined {
  const m = value.match(ROUTE_TARGET);
  return m ? { provider: m[1] as string, model: m[2] as string } : undefined;
}

const target = z.string().regex(ROUTE_TARGET, 'each target is "provider/model"');
const tier = z.union([target, z.array(target).min(1, 'a tier needs at least one target')]);

export const routesSchema = jsonEnv(
  z
    .record(z.string(), z.array(tier).min(1, 'a route needs at least one target'))
    // Names are checked here rather than as the record's key schema, which would only say "Invalid key".
    .superRefine((routes, ctx) => {
      for (const name of Object.keys(routes)) {
        if (name === 'auto') ctx.addIssue({ code: 'custom', path: [name], message: '"auto" is the configured chain and cannot be redefined' });
        else if (!ALIAS.test(name)) ctx.addIssue({ code: 'custom', path: [name], message: 'route names are letters, digits, . _ : - (no slash), up to 64 characters' });
      }
    }),
  'a JSON object of route name to a list of "provider/model" or of tiers (arrays of equivalent targets), e.g. {"fast":[["openai/gpt-4o-mini","azure-eu/gpt-4o-mini"],"claude/claude-3-5-haiku-latest"]}',
);
export type Routes = z.infer<typeof routesSchema>;
export type RouteEntry = Routes[string];

/** A route's tiers, in order, each a list of "provider/model" strings. */
export function routeTierStrings(entry: RouteEntry): string[][] {
  return entry.map((t) => (typeof t === 'string' ? [t] : t));
}

/** Every "provider/model" a route names, in order. */
export function routeTargetStrings(entry: RouteEntry): string[] {
  return routeTierStrings(entry).flat();
}
