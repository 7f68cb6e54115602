/** The health rules come from the existing circuit-breaker settings, the same for workers and the API. */
import { parseConfig } from '../../shared/config';
import { healthSettings } from '../../shared/health/settings';

describe('healthSettings', () => {
  it('reads the circuit-breaker variables, in milliseconds', () => {
    const settings = healthSettings(
      parseConfig({
        CIRCUIT_BREAKER_THRESHOLD: '4',
        CIRCUIT_BREAKER_FAILURE_RATE: '0.25',
        CIRCUIT_BREAKER_MIN_CALLS: '8',
        CIRCUIT_BREAKER_WINDOW_SECONDS: '30',
        CIRCUIT_BREAKER_RESET_TIMEOUT: '20',
        CIRCUIT_BREAKER_MAX_RESET_TIMEOUT: '300',
        CIRCUIT_BREAKER_HALF_OPEN_PROBES: '2',
        RATE_LIMIT_COOLDOWN_MS: '7000',
        TIMEOUT_SECONDS: '30',
      }),
    );
    expect(settings).toEqual({
      threshold: 4,
      failureRate: 0.25,
      minCalls: 8,
      windowMs: 30_000,
      resetTimeoutMs: 20_000,
      maxResetTimeoutMs: 300_000,
      halfOpenProbes: 2,
      probeLeaseMs: 61_000,
      defaultCooldownMs: 7_000,
      latencySamples: 100,
    });
  });

  it('never lets the longest open time be shorter than the first', () => {
    const settings = healthSettings(parseConfig({ CIRCUIT_BREAKER_RESET_TIMEOUT: '120', CIRCUIT_BREAKER_MAX_RESET_TIMEOUT: '60' }));
    expect(settings.maxResetTimeoutMs).toBe(120_000);
  });
});
