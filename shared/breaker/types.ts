/** What the fallback chain needs from a circuit breaker, whatever keeps its state. */

export type CircuitState = 'closed' | 'open' | 'half_open';

/**
 * How a call went, as the breaker sees it:
 * - `success` resets the consecutive-fault count (and closes a half-open circuit when it was the probe);
 * - `fault` (5xx, 529, timeout, reset, malformed answer) counts toward opening;
 * - `neutral` (a caller error) neither counts nor resets;
 * - `rate_limited` (429) counts nothing but skips the provider for its Retry-After;
 * - `misconfigured` (401/403) counts nothing but marks the provider for `/provider/status`.
 */
export type CallOutcome = 'success' | 'fault' | 'neutral' | 'rate_limited' | 'misconfigured';

export interface RecordDetails {
  /** The probe lease `allow` handed out, when the call was a half-open probe. */
  lease?: string;
  /** A 429's Retry-After in ms; the configured cooldown applies when absent. */
  retryAfterMs?: number;
  /** Why the provider looks misconfigured (the auth error's message). */
  reason?: string;
}

export type Admission =
  | { allowed: true; /** Set when admitted as a half-open probe: hand it back to `record`. */ lease?: string }
  | { allowed: false; reason: 'circuit_open' | 'cooldown'; /** Until a call could be admitted. */ retryInMs: number };

export interface BreakerSnapshot {
  state: CircuitState;
  consecutiveFailures: number;
  /** Null when closed; otherwise ms until a probe would be admitted (0: the next call is one). */
  nextProbeInMs: number | null;
  /** Ms left of a 429 cooldown (0: none). */
  cooldownRemainingMs: number;
  window: { calls: number; failures: number };
  /** Set by an auth failure, cleared by the next success. */
  misconfigured: { reason: string; since: string } | null;
  /** Where the state came from: the fleet's shared state, or this process's own (Redis unreachable). */
  source: 'redis' | 'memory';
}

export interface CircuitBreaker {
  /** Refused when the circuit is open, every half-open probe slot is taken, or the provider is cooling down after a 429. */
  allow(provider: string): Promise<Admission>;
  record(provider: string, outcome: CallOutcome, details?: RecordDetails): Promise<void>;
  snapshot(providers: readonly string[]): Promise<Record<string, BreakerSnapshot>>;
  /** True while a shared breaker keeps per-process state because its store (Redis) is unreachable. */
  readonly fallbackActive?: boolean;
}

/** Told of every state change this process makes (each change happens in exactly one process). */
export type TransitionListener = (provider: string, from: CircuitState, to: CircuitState) => void;

/** The rules, shared by the Redis breaker and its per-process fallback. */
export interface BreakerSettings {
  /** Consecutive faults that open a closed circuit. */
  threshold: number;
  /** Over `windowMs`, more than this share of at least `minCalls` calls failing opens it too. */
  failureRate: number;
  minCalls: number;
  windowMs: number;
  /** Open time of a first opening; each re-open doubles it up to `maxResetTimeoutMs`. */
  resetTimeoutMs: number;
  maxResetTimeoutMs: number;
  /** Probes a half-open circuit admits at once (across the fleet, with Redis). */
  halfOpenProbes: number;
  /** A probe that never reports frees its slot after this long. */
  probeLeaseMs: number;
  /** Cooldown after a 429 without Retry-After; a Retry-After is followed up to `maxResetTimeoutMs`. */
  defaultCooldownMs: number;
}

/** The window is kept as this many buckets, so old calls fall out in steps of a tenth of it. */
export const WINDOW_BUCKETS = 10;

export function openTimeMs(settings: BreakerSettings, opening: number): number {
  return Math.floor(Math.min(settings.resetTimeoutMs * 2 ** (opening - 1), settings.maxResetTimeoutMs));
}

export function cooldownMs(settings: BreakerSettings, retryAfterMs: number | undefined): number {
  return Math.min(retryAfterMs ?? settings.defaultCooldownMs, settings.maxResetTimeoutMs);
}
