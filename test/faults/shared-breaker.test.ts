/**
 * Two workers sharing one circuit breaker through Redis: each breaker below has its own Redis
 * connection, exactly as two worker processes do, and the state lives only in Redis.
 */
import type { Redis } from 'ioredis';
import { createBreakerRedis } from '../../shared/breaker/connection';
import { RedisCircuitBreaker } from '../../shared/breaker/redis-breaker';
import { createRedis } from '../../shared/redis';
import type { BreakerSettings, CircuitState } from '../../shared/breaker/types';
import { redisKeys } from '../../shared/redis-keys';
import { createRootLogger } from '../../shared/logger';
import { testRedisUrl, uniqueName } from '../helpers/env';
import { sleep, sparePort, waitFor } from './helpers/wait';

const logger = createRootLogger({ level: 'error', silent: true });
const SETTINGS: BreakerSettings = {
  threshold: 3,
  failureRate: 0.5,
  minCalls: 10,
  windowMs: 60_000,
  resetTimeoutMs: 400,
  maxResetTimeoutMs: 5_000,
  halfOpenProbes: 2,
  probeLeaseMs: 5_000,
  defaultCooldownMs: 1_000,
};

interface Fleet {
  a: RedisCircuitBreaker;
  b: RedisCircuitBreaker;
  transitions: string[];
  close(): void;
}

async function fleet(settings: Partial<BreakerSettings> = {}): Promise<Fleet> {
  const keys = redisKeys({ prefix: 'aigw', queueName: uniqueName('cb') });
  const connections: Redis[] = [];
  const transitions: string[] = [];
  const make = (name: string) => {
    const redis = createBreakerRedis(testRedisUrl(), name);
    connections.push(redis);
    return new RedisCircuitBreaker({
      redis,
      keys,
      settings: { ...SETTINGS, ...settings },
      logger,
      onTransition: (p: string, from: CircuitState, to: CircuitState) => transitions.push(`${name}:${p}:${from}->${to}`),
    });
  };
  const a = make('a');
  const b = make('b');
  await waitFor('breaker connections', () => connections.every((c) => c.status === 'ready'));
  return { a, b, transitions, close: () => connections.forEach((c) => c.disconnect()) };
}

describe('a circuit breaker shared by two workers through Redis', () => {
  let f: Fleet;
  afterEach(() => f.close());

  it('opens for worker B after worker A sees THRESHOLD consecutive faults, and logs the transition once', async () => {
    f = await fleet();
    await f.a.record('openai', 'fault');
    await f.b.record('openai', 'fault');
    expect(await f.b.allow('openai')).toEqual({ allowed: true });
    await f.a.record('openai', 'fault');
    const refused = await f.b.allow('openai');
    expect(refused).toMatchObject({ allowed: false, reason: 'circuit_open' });
    expect(f.transitions).toEqual(['a:openai:closed->open']);
    const snap = await f.b.snapshot(['openai', 'claude']);
    expect(snap.openai).toMatchObject({ state: 'open', consecutiveFailures: 3, source: 'redis' });
    expect(snap.openai?.nextProbeInMs).toBeGreaterThan(0);
    expect(snap.claude).toMatchObject({ state: 'closed', consecutiveFailures: 0, nextProbeInMs: null });
  });

  it('a success on either worker resets the consecutive count', async () => {
    f = await fleet();
    await f.a.record('mistral', 'fault');
    await f.a.record('mistral', 'fault');
    await f.b.record('mistral', 'success');
    await f.a.record('mistral', 'fault');
    expect(await f.a.allow('mistral')).toEqual({ allowed: true });
    expect((await f.a.snapshot(['mistral'])).mistral?.consecutiveFailures).toBe(1);
  });

  it('counts concurrent faults from both workers exactly, with no lost update', async () => {
    f = await fleet({ threshold: 1_000, minCalls: 1_000 });
    await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 ? f.a : f.b).record('gemini', 'fault')));
    const snap = (await f.a.snapshot(['gemini'])).gemini;
    expect(snap).toMatchObject({ state: 'closed', consecutiveFailures: 60, window: { calls: 60, failures: 60 } });
  });

  it('opens on the failure rate over the window even without a run of consecutive faults', async () => {
    f = await fleet({ threshold: 100, minCalls: 6, failureRate: 0.5 });
    for (const outcome of ['fault', 'fault', 'success', 'fault', 'fault', 'success'] as const) await f.a.record('claude', outcome);
    // 4 faults in 6 calls is over the rate, but the rule is checked when a fault arrives.
    expect((await f.b.snapshot(['claude'])).claude?.state).toBe('closed');
    await f.b.record('claude', 'fault');
    expect(await f.a.allow('claude')).toMatchObject({ allowed: false, reason: 'circuit_open' });
  });

  it('half-open admits exactly HALF_OPEN_PROBES probes across the fleet, however many ask at once', async () => {
    f = await fleet();
    for (let i = 0; i < 3; i += 1) await f.a.record('openai', 'fault');
    await sleep(SETTINGS.resetTimeoutMs + 50);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? f.a : f.b).allow('openai')));
    const probes = answers.filter((a) => a.allowed);
    expect(probes).toHaveLength(SETTINGS.halfOpenProbes);
    expect(probes.every((p) => p.allowed && typeof p.lease === 'string')).toBe(true);
    expect(f.transitions.filter((t) => t.endsWith('open->half_open'))).toHaveLength(1);
  });

  it("a probe's success closes the circuit for everyone; a non-probe's late success does not", async () => {
    f = await fleet({ halfOpenProbes: 1 });
    for (let i = 0; i < 3; i += 1) await f.a.record('openai', 'fault');
    await sleep(SETTINGS.resetTimeoutMs + 50);
    const probe = await f.a.allow('openai');
    await f.b.record('openai', 'success'); // a call admitted before the circuit opened, answering late
    expect(await f.b.allow('openai')).toMatchObject({ allowed: false });
    await f.a.record('openai', 'success', { lease: probe.allowed ? probe.lease : undefined });
    expect(await f.b.allow('openai')).toEqual({ allowed: true });
    expect(f.transitions).toEqual(['a:openai:closed->open', 'a:openai:open->half_open', 'a:openai:half_open->closed']);
  });

  it("a probe's fault re-opens the circuit for longer each time, up to the cap", async () => {
    f = await fleet({ halfOpenProbes: 1, resetTimeoutMs: 300, maxResetTimeoutMs: 1_000 });
    for (let i = 0; i < 3; i += 1) await f.a.record('openai', 'fault');
    const openTimes: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const wait = (await f.a.snapshot(['openai'])).openai?.nextProbeInMs ?? 0;
      await sleep(wait + 30);
      const probe = await f.b.allow('openai');
      expect(probe.allowed).toBe(true);
      await f.b.record('openai', 'fault', { lease: probe.allowed ? probe.lease : undefined });
      openTimes.push((await f.a.snapshot(['openai'])).openai?.nextProbeInMs ?? 0);
    }
    // 600 ms, then 1 000 (1 200 capped), then 1 000 again: each re-open waits longer, never past the cap.
    expect(openTimes[0]).toBeGreaterThan(300);
    expect(openTimes[1]).toBeGreaterThan(openTimes[0] as number);
    expect(Math.max(...openTimes)).toBeLessThanOrEqual(1_000);
  });

  it('a probe that never reports frees its slot when its lease expires', async () => {
    f = await fleet({ halfOpenProbes: 1, probeLeaseMs: 300 });
    for (let i = 0; i < 3; i += 1) await f.a.record('openai', 'fault');
    await sleep(SETTINGS.resetTimeoutMs + 50);
    expect((await f.a.allow('openai')).allowed).toBe(true); // this probe hangs forever
    expect(await f.b.allow('openai')).toMatchObject({ allowed: false, reason: 'circuit_open' });
    await sleep(350);
    expect((await f.b.allow('openai')).allowed).toBe(true);
  });

  it('a 429 makes every worker skip the provider for its Retry-After without counting a fault', async () => {
    f = await fleet();
    await f.a.record('mistral', 'rate_limited', { retryAfterMs: 500 });
    expect(await f.b.allow('mistral')).toMatchObject({ allowed: false, reason: 'cooldown' });
    const snap = (await f.b.snapshot(['mistral'])).mistral;
    expect(snap).toMatchObject({ state: 'closed', consecutiveFailures: 0 });
    expect(snap?.cooldownRemainingMs).toBeGreaterThan(0);
    await sleep(550);
    expect(await f.b.allow('mistral')).toEqual({ allowed: true });
  });

  it('neutral outcomes (caller errors) neither count nor reset; an auth failure marks the provider misconfigured until a success', async () => {
    f = await fleet();
    await f.a.record('claude', 'fault');
    await f.a.record('claude', 'neutral');
    await f.b.record('claude', 'misconfigured', { reason: 'claude: HTTP 401: invalid x-api-key' });
    let snap = (await f.a.snapshot(['claude'])).claude;
    expect(snap).toMatchObject({ state: 'closed', consecutiveFailures: 1, misconfigured: { reason: 'claude: HTTP 401: invalid x-api-key' } });
    await f.a.record('claude', 'success');
    snap = (await f.a.snapshot(['claude'])).claude;
    expect(snap?.misconfigured).toBeNull();
  });
});

describe('a shared breaker whose Redis is unreachable', () => {
  it('falls back to per-process state with the same rules without waiting on Redis, and reports the fallback once', async () => {
    const redis = createRedis(`redis://127.0.0.1:${await sparePort()}`, 'request', 'unreachable');
    const changes: boolean[] = [];
    const breaker = new RedisCircuitBreaker({
      redis,
      keys: redisKeys({ prefix: 'aigw', queueName: uniqueName('cb') }),
      settings: SETTINGS,
      logger,
      onFallbackChange: (active) => changes.push(active),
    });
    try {
      // At start-up a breaker waits briefly (a second) for its connection; after that, no call waits.
      expect(await breaker.allow('claude')).toEqual({ allowed: true });
      const started = Date.now();
      for (let i = 0; i < 3; i += 1) {
        expect(await breaker.allow('openai')).toEqual({ allowed: true });
        await breaker.record('openai', 'fault');
      }
      expect(await breaker.allow('openai')).toMatchObject({ allowed: false, reason: 'circuit_open' });
      // Seven breaker calls with Redis gone: none waits on a timeout. The bound is generous because
      // a loaded 2-core CI machine measured ~1 s here; a call waiting on Redis would take far longer.
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(breaker.fallbackActive).toBe(true);
      expect(changes).toEqual([true]);
      expect((await breaker.snapshot(['openai'])).openai).toMatchObject({ state: 'open', source: 'memory' });
    } finally {
      redis.disconnect();
    }
  });
});
