/**
 * Deployment health: what the fallback chain and /provider/status need, whatever keeps the state
 * (Redis for the fleet, a Map for one process). A deployment is provider + model + credential +
 * base URL; each failure is charged to one of its three scopes, and each scope is one circuit.
 */

export interface DeploymentRef {
  /** `${provider}/${model}#${credential.label}`: readable, never a key's characters. */
  id: string;
  provider: string;
  model: string;
  /** `id`: first 16 hex of sha256(the key), or 'none'; `label`: where the key came from (OPENAI_API_KEYS[2]). */
  credential: { id: string; label: string };
  /** `id`: first 16 hex of sha256(origin + path); `host`: for display. */
  baseUrl: { id: string; host: string };
}

/**
 * Where a failure is charged: the deployment alone (5xx, timeout, unknown model), every deployment
 * using the same key (401/403), or every deployment on the same base URL (connection refused, DNS).
 */
export type Scope = 'deployment' | 'credential' | 'base_url';
/** The order scopes are passed to the Lua scripts in, and reported in. */
export const SCOPES: readonly Scope[] = ['deployment', 'credential', 'base_url'];

export type CircuitState = 'closed' | 'half_open' | 'open';

/**
 * How a call went, as health sees it:
 * - `success`: every scope of the deployment answered; resets consecutive faults, closes a half-open scope whose probe this was;
 * - `fault`: counts toward opening the failing scope (consecutive threshold, failure rate over the window);
 * - `neutral`: a request-scoped error (context length, content filter, bad request): counts nothing;
 * - `rate_limited`: a 429: the failing scope cools down for Retry-After (else the default), capped;
 * - `misconfigured`: a revoked key (credential scope) or an unknown model (deployment scope): opens the scope at once, with the reason.
 */
export type CallOutcome = 'success' | 'fault' | 'neutral' | 'rate_limited' | 'misconfigured';

export type RefusalReason = 'circuit_open' | 'cooldown' | 'misconfigured';

export interface Refusal {
  /** The scope with the longest wait, when several refuse. */
  scope: Scope;
  reason: RefusalReason;
  /** Until a call could be admitted (for a full half-open scope: until its first probe lease ends). */
  retryInMs: number;
  /** Why the scope was marked misconfigured, when that is the reason. */
  misconfigured?: string;
}

export type Admission =
  | {
      allowed: true;
      /** Names the call in the deployment's in-flight set and in the probe leases it holds: hand the admission back to `record`. */
      callId: string;
      /** The scopes that were half-open: this call is their probe. */
      probes: Scope[];
      /** Where the admission was decided: the fleet's shared state, or this process's own (Redis unreachable). */
      source: HealthSource;
    }
  | ({ allowed: false } & Refusal);

export type Admitted = Extract<Admission, { allowed: true }>;

export type HealthSource = 'redis' | 'memory';

export interface CallResult {
  outcome: CallOutcome;
  /** The scope the outcome is charged to (fault, rate_limited, misconfigured); success applies to all three. */
  scope: Scope;
  /** A 429's Retry-After in ms; the default cooldown applies when absent. Capped at the longest open time. */
  retryAfterMs?: number;
  /** Why the scope is misconfigured (the provider's error message). */
  reason?: string;
  /** How long the call took; a success's latency is kept for p50. */
  latencyMs: number;
}

/** What the chain needs to pick among candidates; reading it changes nothing. */
export interface DeploymentView {
  deploymentId: string;
  /** Null when `acquire` would admit a call now (it may still lose a probe slot to another worker). */
  refusal: Refusal | null;
  /** Calls in flight on this deployment across the fleet (expired ones from dead workers excluded). */
  inFlight: number;
}

export interface ScopeStatus {
  /** The scope's own id: the deployment id, the credential id, or the base URL id. */
  scopeId: string;
  /** As stored: an open scope whose open time is over stays `open` until a call takes the probe (nextProbeInMs 0). */
  state: CircuitState;
  consecutiveFailures: number;
  window: { calls: number; failures: number };
  /** failures / calls over the window; 0 without calls. */
  failureRate: number;
  /** Null when closed; else ms until a probe would be admitted (0: the next call is one). */
  nextProbeInMs: number | null;
  /** Epoch ms a 429 cooldown ends, or null when none is running. */
  cooldownUntil: number | null;
  misconfigured: { reason: string; since: string } | null;
}

export interface DeploymentStatus {
  deployment: DeploymentRef;
  /** The worst of its scopes (closed < half_open < open). */
  state: CircuitState;
  scopes: Record<Scope, ScopeStatus>;
  inFlight: number;
  /** Median of the latest successful calls' latencies; null without samples. */
  p50LatencyMs: number | null;
  source: HealthSource;
}

export interface HealthStore {
  /** Admissibility (and why not, with the wait) and calls in flight per candidate, in one round trip, changing nothing. */
  view(deployments: readonly DeploymentRef[]): Promise<DeploymentView[]>;
  /** Atomically over the three scopes: refused if any refuses; else takes probe leases and registers the call in flight for `holdMs`. */
  acquire(deployment: DeploymentRef, holdMs: number): Promise<Admission>;
  /** Charges the outcome, releases leases and the in-flight entry, keeps a success's latency. */
  record(deployment: DeploymentRef, admission: Admitted, result: CallResult): Promise<void>;
  status(deployments: readonly DeploymentRef[]): Promise<DeploymentStatus[]>;
  /** True while a shared store keeps per-process state because Redis is unreachable. */
  readonly fallbackActive: boolean;
}

export type OpenCause = 'consecutive' | 'failure_rate' | 'probe_failed' | 'misconfigured';

export interface TransitionDetails {
  /** Set when the scope opened: why, for how long, after how many consecutive failures. */
  why?: OpenCause;
  openMs?: number;
  consecutiveFailures?: number;
  source: HealthSource;
}

/** Told of every state change this process makes (each change happens in exactly one process). */
export type TransitionListener = (
  scope: Scope,
  scopeId: string,
  from: CircuitState,
  to: CircuitState,
  deployment: DeploymentRef,
  details: TransitionDetails,
) => void;

/** The rules, the same for Redis and for the per-process store. */
export interface HealthSettings {
  /** Consecutive faults that open a closed scope. */
  threshold: number;
  /** Over `windowMs`, more than this share of at least `minCalls` calls failing opens it too. */
  failureRate: number;
  minCalls: number;
  windowMs: number;
  /** Open time of a first opening; each re-open doubles it up to `maxResetTimeoutMs`. */
  resetTimeoutMs: number;
  maxResetTimeoutMs: number;
  /** Probes a half-open scope admits at once, fleet-wide. */
  halfOpenProbes: number;
  /** The longest a probe lease lasts (a probe that never reports frees its slot then); shorter when the call's hold is. */
  probeLeaseMs: number;
  /** Cooldown after a 429 without Retry-After. */
  defaultCooldownMs: number;
  /** Latency samples kept per deployment for p50. */
  latencySamples: number;
}
