/**
 * The health scripts' replies, checked: a reply of another shape is a bug in a script, reported
 * as such rather than read as a made-up state.
 */
import { z } from 'zod';
import { SCOPES, type CircuitState, type OpenCause, type Refusal, type Scope } from './types';

const scopeIndex = z.number().int().min(1).max(3).transform((i) => SCOPES[i - 1] as Scope);
const refusalReason = z.enum(['cooldown', 'circuit_open', 'misconfigured']);
const flags = z.string().regex(/^[01]{3}$/).transform((s) => SCOPES.filter((_, i) => s[i] === '1'));

export const acquireReply = z.union([
  z.tuple([z.literal('refused'), scopeIndex, refusalReason, z.number().int().nonnegative(), z.string()]),
  z.tuple([z.literal('admitted'), flags, flags]),
]);

const state = z.enum(['closed', 'half_open', 'open']);
const transition = z.tuple([z.union([state, z.literal('')]), z.union([state, z.literal('')]), z.number(), z.number(), z.string()]);

export interface ScopeChange {
  scope: Scope;
  from: CircuitState;
  to: CircuitState;
  why?: OpenCause;
  openMs?: number;
  consecutiveFailures?: number;
}

const OPEN_CAUSES: readonly string[] = ['consecutive', 'failure_rate', 'probe_failed', 'misconfigured'];

// Built once: zod builds a schema at some cost, and record runs after every provider call.
const recordReply = z.array(z.union([z.string(), z.number()])).length(15);

/** record.lua's fifteen values → the transitions it made. */
export function recordChanges(reply: unknown): ScopeChange[] {
  const values = recordReply.parse(reply);
  const changes: ScopeChange[] = [];
  SCOPES.forEach((scope, i) => {
    const [from, to, openMs, failures, why] = transition.parse(values.slice(i * 5, i * 5 + 5));
    if (!from || !to) return;
    const opened = to === 'open' && OPEN_CAUSES.includes(why);
    changes.push({ scope, from, to, ...(opened ? { why: why as OpenCause, openMs, consecutiveFailures: failures } : {}) });
  });
  return changes;
}

const viewEntry = z.tuple([z.number().int().min(0).max(3), z.union([refusalReason, z.literal('')]), z.number().int().nonnegative(), z.string(), z.number().int().nonnegative()]);

const viewReply = z.array(viewEntry);

export function viewEntries(reply: unknown, count: number): { refusal: Refusal | null; inFlight: number }[] {
  const entries = viewReply.parse(reply);
  if (entries.length !== count) throw new Error(`view.lua answered for ${entries.length} deployments, asked for ${count}`);
  return entries.map(([index, reason, wait, misconfigured, inFlight]) => {
    if (index === 0 || reason === '') return { refusal: null, inFlight };
    const refusal: Refusal = { scope: SCOPES[index - 1] as Scope, reason, retryInMs: wait, ...(reason === 'misconfigured' ? { misconfigured } : {}) };
    return { refusal, inFlight };
  });
}

const scopeEntry = z.tuple([state, z.number(), z.number(), z.number(), z.number(), z.number(), z.number(), z.string()]);
const statusEntry = z.tuple([scopeEntry, scopeEntry, scopeEntry, z.number(), z.array(z.string())]);

export type RawScopeStatus = z.infer<typeof scopeEntry>;

const statusReply = z.tuple([z.number()], statusEntry);

export function statusEntries(reply: unknown, count: number): { now: number; entries: z.infer<typeof statusEntry>[] } {
  const [now, ...entries] = statusReply.parse(reply);
  if (entries.length !== count) throw new Error(`status.lua answered for ${entries.length} deployments, asked for ${count}`);
  return { now, entries };
}
