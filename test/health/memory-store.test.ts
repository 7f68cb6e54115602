/**
 * The per-process health store (what a worker falls back to while Redis is away, and what the
 * chain's policy tests use): the shared decision table, then the rules that need time to pass, on
 * a clock the test moves. No Redis.
 */
import { MemoryHealthStore } from '../../shared/health/memory-store';
import type { HealthSettings } from '../../shared/health/types';
import { HOLD_MS, KEY_1, KEY_2, OPENAI_URL, RULES, admit, call, deployment, transitionLog } from './helpers';
import { describeHealthRules } from './rules-table';

describeHealthRules('per-process store', async () => {
  const log = transitionLog();
  const store = new MemoryHealthStore({ settings: RULES, onTransition: log.listener });
  return { a: store, b: store, transitions: log.list, close: async () => undefined };
});

const gpt4o = deployment('openai', 'gpt-4o', KEY_1, OPENAI_URL);
const mini = deployment('openai', 'gpt-4o-mini', KEY_1, OPENAI_URL);
const gpt4oKey2 = deployment('openai', 'gpt-4o', KEY_2, OPENAI_URL);

const TIMED: HealthSettings = { ...RULES, resetTimeoutMs: 1_000, maxResetTimeoutMs: 3_000, probeLeaseMs: 500, windowMs: 10_000, defaultCooldownMs: 2_000 };

function clocked(settings: Partial<HealthSettings> = {}) {
  let now = 1_700_000_000_000;
  const log = transitionLog();
  const store = new MemoryHealthStore({ settings: { ...TIMED, ...settings }, now: () => now, onTransition: log.listener });
  return { store, transitions: log.list, tick: (ms: number) => (now += ms), now: () => now };
}

async function open(store: MemoryHealthStore, d = gpt4o, scope: 'deployment' | 'credential' | 'base_url' = 'deployment') {
  for (let i = 0; i < TIMED.threshold; i += 1) await call(store, d, 'fault', scope);
}

describe('per-process store: rules over time', () => {
  it('an open scope refuses for its open time, then admits exactly HALF_OPEN_PROBES probes, each holding a lease', async () => {
    const { store, tick, transitions } = clocked();
    await open(store);
    expect(await store.acquire(gpt4o, HOLD_MS)).toEqual({ allowed: false, scope: 'deployment', reason: 'circuit_open', retryInMs: 1_000 });
    tick(999);
    expect((await store.acquire(gpt4o, HOLD_MS)).allowed).toBe(false);
    tick(1);
    const answers = [await store.acquire(gpt4o, HOLD_MS), await store.acquire(gpt4o, HOLD_MS), await store.acquire(gpt4o, HOLD_MS)];
    expect(answers.map((a) => (a.allowed ? a.probes : a.reason))).toEqual([['deployment'], ['deployment'], 'circuit_open']);
    // The full half-open scope names the end of its first lease as the wait.
    expect(answers[2]).toMatchObject({ retryInMs: TIMED.probeLeaseMs });
    expect(transitions.map((t) => `${t.from}->${t.to}`)).toEqual(['closed->open', 'open->half_open']);
  });

  it("a probe's success closes the scope and clears its counts; a late success from a call admitted earlier does not", async () => {
    const { store, tick, transitions } = clocked({ halfOpenProbes: 1 });
    const early = await admit(store, gpt4o);
    await open(store);
    tick(1_000);
    const probe = await admit(store, gpt4o);
    await store.record(gpt4o, early, { outcome: 'success', scope: 'deployment', latencyMs: 10 });
    expect((await store.status([gpt4o]))[0]?.state).toBe('half_open');
    expect((await store.acquire(gpt4o, HOLD_MS)).allowed).toBe(false);
    await store.record(gpt4o, probe, { outcome: 'success', scope: 'deployment', latencyMs: 10 });
    expect((await store.acquire(gpt4o, HOLD_MS)).allowed).toBe(true);
    expect((await store.status([gpt4o]))[0]?.scopes.deployment).toMatchObject({ state: 'closed', consecutiveFailures: 0, window: { calls: 0, failures: 0 }, nextProbeInMs: null });
    expect(transitions.map((t) => `${t.from}->${t.to}`)).toEqual(['closed->open', 'open->half_open', 'half_open->closed']);
  });

  it("a probe's fault re-opens the scope for twice as long each time, capped at the longest open time", async () => {
    const { store, tick, transitions } = clocked({ halfOpenProbes: 1 });
    await open(store);
    for (let i = 0; i < 3; i += 1) {
      tick(10_000);
      const probe = await admit(store, gpt4o);
      await store.record(gpt4o, probe, { outcome: 'fault', scope: 'deployment', latencyMs: 10 });
    }
    expect(transitions.filter((t) => t.to === 'open').map((t) => [t.why, t.openMs])).toEqual([
      ['consecutive', 1_000],
      ['probe_failed', 2_000],
      ['probe_failed', 3_000],
      ['probe_failed', 3_000],
    ]);
  });

  it('a probe that never reports frees its slot when its lease ends; a lease is never longer than the call is held', async () => {
    const { store, tick } = clocked({ halfOpenProbes: 1 });
    await open(store);
    tick(1_000);
    await admit(store, gpt4o, 200); // held 200 ms: its lease is 200 ms, not PROBE_LEASE (500)
    expect(await store.acquire(gpt4o, HOLD_MS)).toMatchObject({ allowed: false, reason: 'circuit_open', retryInMs: 200 });
    tick(200);
    const next = await admit(store, gpt4o); // held long: the lease stops at PROBE_LEASE
    expect(next.probes).toEqual(['deployment']);
    tick(499);
    expect((await store.acquire(gpt4o, HOLD_MS)).allowed).toBe(false);
    tick(1);
    expect((await store.acquire(gpt4o, HOLD_MS)).allowed).toBe(true);
  });

  it('a misconfigured scope is probed after its open time; a successful probe closes it and clears the reason', async () => {
    const { store, tick } = clocked({ halfOpenProbes: 1 });
    const first = await admit(store, gpt4o);
    await store.record(gpt4o, first, { outcome: 'misconfigured', scope: 'credential', reason: '401 revoked', latencyMs: 1 });
    expect(await store.acquire(mini, HOLD_MS)).toMatchObject({ allowed: false, scope: 'credential', reason: 'misconfigured', misconfigured: '401 revoked', retryInMs: 1_000 });
    tick(1_000);
    const probe = await admit(store, mini);
    expect(probe.probes).toEqual(['credential']);
    // While the probe runs, the other deployments on that key wait for it.
    expect(await store.acquire(gpt4o, HOLD_MS)).toMatchObject({ allowed: false, scope: 'credential', reason: 'misconfigured' });
    await store.record(mini, probe, { outcome: 'success', scope: 'deployment', latencyMs: 1 });
    const [status] = await store.status([gpt4o]);
    expect(status?.scopes.credential).toMatchObject({ state: 'closed', misconfigured: null });
    expect((await store.acquire(gpt4o, HOLD_MS)).allowed).toBe(true);
  });

  it('a call probing one scope and failing in another re-opens only the failing one; the other lease is given back uncounted', async () => {
    const { store, tick } = clocked({ halfOpenProbes: 1 });
    await open(store, gpt4o, 'deployment');
    await open(store, gpt4oKey2, 'base_url');
    tick(1_000);
    const probe = await admit(store, gpt4o);
    expect(probe.probes).toEqual(['deployment', 'base_url']);
    await store.record(gpt4o, probe, { outcome: 'fault', scope: 'deployment', latencyMs: 1 });
    const [status] = await store.status([gpt4o]);
    expect(status?.scopes.deployment).toMatchObject({ state: 'open', consecutiveFailures: 4 });
    expect(status?.scopes.base_url).toMatchObject({ state: 'half_open', consecutiveFailures: 3, nextProbeInMs: 0 });
    // The base URL's slot is free again for a deployment that is not itself open.
    expect((await admit(store, mini)).probes).toEqual(['base_url']);
  });

  it('a deployment refused by one scope takes no probe and moves no other scope to half-open', async () => {
    const { store, tick, transitions } = clocked({ halfOpenProbes: 1, resetTimeoutMs: 1_000, maxResetTimeoutMs: 60_000 });
    const cooling = await admit(store, mini);
    await store.record(mini, cooling, { outcome: 'rate_limited', scope: 'deployment', retryAfterMs: 30_000, latencyMs: 1 });
    await open(store, gpt4o, 'base_url');
    tick(5_000); // the base URL is due for a probe...
    // ...but mini still cools down: refused, and the base URL stays open for a deployment that can use the probe.
    expect(await store.acquire(mini, HOLD_MS)).toMatchObject({ allowed: false, scope: 'deployment', reason: 'cooldown', retryInMs: 25_000 });
    await store.view([gpt4o, mini]);
    expect((await store.status([gpt4o]))[0]?.scopes.base_url).toMatchObject({ state: 'open', nextProbeInMs: 0 });
    expect(transitions.map((t) => `${t.scope}:${t.from}->${t.to}`)).toEqual(['base_url:closed->open']);
    expect((await admit(store, gpt4o)).probes).toEqual(['base_url']);
  });

  it('a cooldown ends after its Retry-After', async () => {
    const { store, tick } = clocked();
    const admission = await admit(store, gpt4o);
    await store.record(gpt4o, admission, { outcome: 'rate_limited', scope: 'deployment', retryAfterMs: 1_500, latencyMs: 1 });
    expect((await store.view([gpt4o]))[0]?.refusal).toEqual({ scope: 'deployment', reason: 'cooldown', retryInMs: 1_500 });
    expect((await store.status([gpt4o]))[0]?.scopes.deployment.cooldownUntil).toBeGreaterThan(0);
    tick(1_500);
    expect((await store.view([gpt4o]))[0]?.refusal).toBeNull();
    expect((await store.status([gpt4o]))[0]?.scopes.deployment.cooldownUntil).toBeNull();
  });

  it('forgets calls older than the failure-rate window', async () => {
    const { store, tick } = clocked({ threshold: 100 });
    for (const o of ['fault', 'success', 'fault', 'success', 'fault'] as const) await call(store, gpt4o, o);
    tick(20_000);
    for (const o of ['success', 'success', 'success', 'fault', 'success', 'fault', 'fault', 'fault'] as const) await call(store, gpt4o, o);
    // 4 of 8 is not over half (with the old calls, 7 of 13 would have opened it).
    expect((await store.status([gpt4o]))[0]?.scopes.deployment).toMatchObject({ state: 'closed', window: { calls: 8, failures: 4 } });
    await call(store, gpt4o, 'fault');
    expect((await store.status([gpt4o]))[0]?.state).toBe('open');
  });

  it('a call never recorded (its worker died) stops counting as in flight when its hold ends', async () => {
    const { store, tick } = clocked();
    await admit(store, gpt4o, 5_000);
    await admit(store, gpt4o, 60_000);
    expect((await store.view([gpt4o]))[0]?.inFlight).toBe(2);
    tick(5_000);
    expect((await store.view([gpt4o]))[0]?.inFlight).toBe(1);
    expect((await store.status([gpt4o]))[0]?.inFlight).toBe(1);
  });

  it('refuses a hold that is not a positive number of milliseconds', async () => {
    const { store } = clocked();
    await expect(store.acquire(gpt4o, 0)).rejects.toThrow('holdMs must be a positive number of milliseconds, got 0');
    await expect(store.acquire(gpt4o, Number.NaN)).rejects.toThrow(RangeError);
  });
});
