/** The health rules from the config: the same for the workers and the API's status view. */
import type { Config } from '../config';
import type { HealthSettings } from './types';

/** p50 is taken over this many of a deployment's latest successful calls. */
export const LATENCY_SAMPLES = 100;

export function healthSettings(config: Config): HealthSettings {
  const timeoutMs = config.TIMEOUT_SECONDS * 1000;
  return {
    threshold: config.CIRCUIT_BREAKER_THRESHOLD,
    failureRate: config.CIRCUIT_BREAKER_FAILURE_RATE,
    minCalls: config.CIRCUIT_BREAKER_MIN_CALLS,
    windowMs: config.CIRCUIT_BREAKER_WINDOW_SECONDS * 1000,
    resetTimeoutMs: config.CIRCUIT_BREAKER_RESET_TIMEOUT * 1000,
    maxResetTimeoutMs: Math.max(config.CIRCUIT_BREAKER_MAX_RESET_TIMEOUT, config.CIRCUIT_BREAKER_RESET_TIMEOUT) * 1000,
    halfOpenProbes: config.CIRCUIT_BREAKER_HALF_OPEN_PROBES,
    // A probe is one attempt, which may include one repair call, each streamed: its first token may take
    // FIRST_TOKEN_TIMEOUT_SECONDS. A call's own hold (acquire) shortens the lease.
    probeLeaseMs: 2 * Math.max(timeoutMs, config.FIRST_TOKEN_TIMEOUT_SECONDS * 1000) + 1_000,
    defaultCooldownMs: config.RATE_LIMIT_COOLDOWN_MS,
    latencySamples: LATENCY_SAMPLES,
  };
}
