/**
 * The per-process breaker a worker falls back to while Redis is unreachable: the same rules as
 * the shared one, on a clock the test moves.
 */
import { MemoryCircuitBreaker } from '../../../shared/breaker/memory-breaker';
import type { BreakerSettings } from '../../../shared/breaker/types';

const SETTINGS: BreakerSettings = {
  threshold: 3,
  failureRate: 0.5,
  minCalls: 6,
  windowMs: 10_000,
  resetTimeoutMs: 1_000,
  maxResetTimeoutMs: 3_000,
  halfOpenProbes: 2,
  probeLeaseMs: 500,
  defaultCooldownMs: 2_000,
};

function breaker(settings: Partial<BreakerSettings> = {}) {
  let now = 1_000_000;
  const transitions: string[] = [];
  const b = new MemoryCircuitBreaker({ settings: { ...SETTINGS, ...settings }, now: () => now, onTransition: (p, from, to) => transitions.push(`${p}:${from}->${to}`) });
  return { b, transitions, tick: (ms: number) => (now += ms) };
}

describe('the per-process fallback breaker', () => {
  it('opens after THRESHOLD consecutive faults and admits probes after the reset timeout', async () => {
    const { b, transitions, tick } = breaker();
    for (let i = 0; i < 3; i += 1) await b.record('p', 'fault');
    expect(await b.allow('p')).toEqual({ allowed: false, reason: 'circuit_open', retryInMs: 1_000 });
    tick(1_000);
    const probes = await Promise.all([b.allow('p'), b.allow('p'), b.allow('p')]);
    expect(probes.filter((p) => p.allowed)).toHaveLength(2);
    expect(transitions).toEqual(['p:closed->open', 'p:open->half_open']);
  });

  it('opens on the failure rate over the window, and forgets calls older than the window', async () => {
    const { b, tick } = breaker({ threshold: 100 });
    for (const o of ['fault', 'success', 'fault', 'success', 'fault'] as const) await b.record('p', o);
    tick(20_000); // everything above falls out of the window
    for (const o of ['success', 'success', 'success', 'fault', 'success', 'fault'] as const) await b.record('p', o);
    await b.record('p', 'fault');
    await b.record('p', 'fault');
    // 4 faults in 8 calls is not over half (had the old calls counted, 7 in 13 would have opened it).
    expect((await b.allow('p')).allowed).toBe(true);
    await b.record('p', 'fault'); // 5 in 9
    expect(await b.allow('p')).toMatchObject({ allowed: false, reason: 'circuit_open' });
  });

  it('a failed probe re-opens for twice as long, capped; a successful probe closes and resets', async () => {
    const { b, tick, transitions } = breaker({ halfOpenProbes: 1 });
    for (let i = 0; i < 3; i += 1) await b.record('p', 'fault');
    const waits: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      tick(10_000);
      const probe = await b.allow('p');
      await b.record('p', 'fault', { lease: probe.allowed ? probe.lease : undefined });
      const refused = await b.allow('p');
      waits.push(refused.allowed ? -1 : refused.retryInMs);
    }
    expect(waits).toEqual([2_000, 3_000, 3_000]);
    tick(10_000);
    const probe = await b.allow('p');
    await b.record('p', 'success', { lease: probe.allowed ? probe.lease : undefined });
    expect(await b.allow('p')).toEqual({ allowed: true });
    expect((await b.snapshot(['p'])).p).toMatchObject({ state: 'closed', consecutiveFailures: 0, nextProbeInMs: null });
    expect(transitions.at(-1)).toBe('p:half_open->closed');
    // Closed again, a new opening starts from the base reset timeout.
    for (let i = 0; i < 3; i += 1) await b.record('p', 'fault');
    expect(await b.allow('p')).toMatchObject({ retryInMs: 1_000 });
  });

  it('a hung probe frees its slot when its lease expires', async () => {
    const { b, tick } = breaker({ halfOpenProbes: 1 });
    for (let i = 0; i < 3; i += 1) await b.record('p', 'fault');
    tick(1_000);
    expect((await b.allow('p')).allowed).toBe(true);
    expect((await b.allow('p')).allowed).toBe(false);
    tick(500);
    expect((await b.allow('p')).allowed).toBe(true);
  });

  it('a 429 cools the provider down without counting, for its Retry-After or the default, capped', async () => {
    const { b, tick } = breaker();
    await b.record('p', 'rate_limited');
    expect(await b.allow('p')).toEqual({ allowed: false, reason: 'cooldown', retryInMs: 2_000 });
    tick(2_000);
    await b.record('p', 'rate_limited', { retryAfterMs: 60_000 });
    expect(await b.allow('p')).toEqual({ allowed: false, reason: 'cooldown', retryInMs: 3_000 });
    expect((await b.snapshot(['p'])).p).toMatchObject({ state: 'closed', consecutiveFailures: 0, cooldownRemainingMs: 3_000 });
  });
});
