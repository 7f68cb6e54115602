/** The arithmetic both stores share (the Lua scripts do the same sums; their ARGV come from here). */
import type { CircuitState, DeploymentRef, HealthSettings, Scope } from './types';

/** The failure-rate window is kept as this many buckets, so old calls fall out in steps of a tenth of it. */
export const WINDOW_BUCKETS = 10;

/** A scope nobody has called for this long is forgotten (closed again). */
export const STATE_TTL_MS = 7 * 86_400_000;

/** Misconfiguration reasons are provider messages: bounded before they are stored. */
export const MAX_REASON_CHARS = 300;

export function bucketMs(settings: HealthSettings): number {
  return Math.max(1, Math.ceil(settings.windowMs / WINDOW_BUCKETS));
}

/** Open time of the n-th opening in a row: doubling from the reset timeout, capped. */
export function openTimeMs(settings: HealthSettings, opening: number): number {
  return Math.floor(Math.min(settings.resetTimeoutMs * 2 ** (opening - 1), settings.maxResetTimeoutMs));
}

/** A 429's cooldown: its Retry-After (else the default), never past the longest open time. */
export function cooldownMs(settings: HealthSettings, retryAfterMs: number | undefined): number {
  const wanted = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs >= 0 ? retryAfterMs : settings.defaultCooldownMs;
  return Math.floor(Math.min(wanted, settings.maxResetTimeoutMs));
}

/** A probe lease lasts as long as the call may (its hold), but never past the configured lease. */
export function leaseMs(settings: HealthSettings, holdMs: number): number {
  return Math.max(1, Math.floor(Math.min(holdMs, settings.probeLeaseMs)));
}

export function holdMsOf(holdMs: number): number {
  if (!Number.isFinite(holdMs) || holdMs <= 0) throw new RangeError(`holdMs must be a positive number of milliseconds, got ${holdMs}`);
  return Math.floor(holdMs);
}

export function misconfiguredReason(reason: string | undefined): string {
  const text = (reason ?? '').trim() || 'misconfigured';
  return text.slice(0, MAX_REASON_CHARS);
}

/**
 * The id of a deployment's circuit in each scope. Servers without a key share the credential id
 * 'none'; a 401 from one of them says nothing about another server, so their credential scope is
 * per base URL.
 */
export function scopeIdOf(deployment: DeploymentRef, scope: Scope): string {
  if (scope === 'deployment') return deployment.id;
  if (scope === 'base_url') return deployment.baseUrl.id;
  return deployment.credential.id === 'none' ? `none@${deployment.baseUrl.id}` : deployment.credential.id;
}

const SEVERITY: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

export function worstState(states: readonly CircuitState[]): CircuitState {
  return states.reduce<CircuitState>((worst, s) => (SEVERITY[s] > SEVERITY[worst] ? s : worst), 'closed');
}

/** The median (lower middle for an even count), or null without samples. */
export function p50(samples: readonly number[]): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

export function failureRate(calls: number, failures: number): number {
  return calls > 0 ? failures / calls : 0;
}
