/** The breaker's rules from the config, the same for the workers and the API's status view. */
import type { Config } from '../config';
import type { BreakerSettings } from './types';

export function breakerSettings(config: Config): BreakerSettings {
  const timeoutMs = config.TIMEOUT_SECONDS * 1000;
  return {
    threshold: config.CIRCUIT_BREAKER_THRESHOLD,
    failureRate: config.CIRCUIT_BREAKER_FAILURE_RATE,
    minCalls: config.CIRCUIT_BREAKER_MIN_CALLS,
    windowMs: config.CIRCUIT_BREAKER_WINDOW_SECONDS * 1000,
    resetTimeoutMs: config.CIRCUIT_BREAKER_RESET_TIMEOUT * 1000,
    maxResetTimeoutMs: Math.max(config.CIRCUIT_BREAKER_MAX_RESET_TIMEOUT, config.CIRCUIT_BREAKER_RESET_TIMEOUT) * 1000,
    halfOpenProbes: config.CIRCUIT_BREAKER_HALF_OPEN_PROBES,
    // A probe is one attempt, which may include one repair call to the same provider.
    probeLeaseMs: 2 * timeoutMs + 1_000,
    defaultCooldownMs: config.RATE_LIMIT_COOLDOWN_MS,
  };
}
