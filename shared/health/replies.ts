/**
 * The health scripts' replies, checked: a reply of another shape is a bug in a script, reported
 * as such rather than read as a made-up state.
 *
 * acquire and record run around every provider call, so their replies are checked by hand: parsed
 * with zod they were about 4% of everything a busy worker allocated (heap profile of 2026-12-06,
 * docs/performance.md). The rarer view and status replies keep their schemas.
 */
import { z } from 'zod';
import { SCOPES, type CircuitState, type OpenCause, type Refusal, type RefusalReason, type Scope } from './types';

const refusalReason = z.enum(['cooldown', 'circuit_open', 'misconfigured']);
const REFUSAL_REASONS: readonly string[] = refusalReason.options;
const state = z.enum(['closed', 'half_open', 'open']);
const STATES: readonly string[] = state.options;

function malformed(script: string, reply: unknown): TypeError {
  return new TypeError(`${script} answered in another shape than its own: ${JSON.stringify(reply)?.slice(0, 300)}`);
}

const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
/** A circuit state, or '' for a scope record.lua did not change. */
const stateOrNone = (v: unknown): boolean => v === '' || STATES.includes(v as string);

/** "101" → the scopes whose flag is set, in SCOPES order; undefined for anything else. */
function scopesFlagged(flags: unknown): Scope[] | undefined {
  if (typeof flags !== 'string' || !/^[01]{3}$/.test(flags)) return undefined;
  return SCOPES.filter((_, i) => flags[i] === '1');
}

export type AcquireReply = ['refused', Scope, RefusalReason, number, string] | ['admitted', Scope[], Scope[]];

/** acquire.lua's reply: a refusal (the scope that refused, why, for how long) or the admission's probe and half-opened flags. */
export function acquireReply(reply: unknown): AcquireReply {
  if (Array.isArray(reply)) {
    const [verdict, a, b, c, d] = reply as unknown[];
    if (verdict === 'refused' && reply.length === 5 && Number.isInteger(a) && (a as number) >= 1 && (a as number) <= 3) {
      if (typeof b === 'string' && REFUSAL_REASONS.includes(b) && isCount(c) && typeof d === 'string') {
        return ['refused', SCOPES[(a as number) - 1] as Scope, b as RefusalReason, c, d];
      }
    }
    if (verdict === 'admitted' && reply.length === 3) {
      const probes = scopesFlagged(a);
      const halfOpened = scopesFlagged(b);
      if (probes && halfOpened) return ['admitted', probes, halfOpened];
    }
  }
  throw malformed('acquire.lua', reply);
}

export interface ScopeChange {
  scope: Scope;
  from: CircuitState;
  to: CircuitState;
  why?: OpenCause;
  openMs?: number;
  consecutiveFailures?: number;
}

const OPEN_CAUSES: readonly string[] = ['consecutive', 'failure_rate', 'probe_failed', 'misconfigured'];

/** record.lua's fifteen values, five per scope (from, to, open ms, failures, why) → the transitions it made. */
export function recordChanges(reply: unknown): ScopeChange[] {
  if (!Array.isArray(reply) || reply.length !== 15) throw malformed('record.lua', reply);
  const changes: ScopeChange[] = [];
  for (let i = 0; i < SCOPES.length; i += 1) {
    const [from, to, openMs, failures, why] = reply.slice(i * 5, i * 5 + 5) as unknown[];
    if (!stateOrNone(from) || !stateOrNone(to) || typeof openMs !== 'number' || typeof failures !== 'number' || typeof why !== 'string') {
      throw malformed('record.lua', reply);
    }
    if (!from || !to) continue;
    const opened = to === 'open' && OPEN_CAUSES.includes(why);
    changes.push({ scope: SCOPES[i] as Scope, from: from as CircuitState, to: to as CircuitState, ...(opened ? { why: why as OpenCause, openMs, consecutiveFailures: failures } : {}) });
  }
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
