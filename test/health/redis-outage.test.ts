/**
 * Redis killed under the health store, on a Redis server this test runs itself (a spare port,
 * append-only file fsynced on every write): each call falls back at once to per-process state,
 * says so once, and returns to the fleet's shared state when Redis is back.
 */
import { createHealthRedis } from '../../shared/health/connection';
import { RedisHealthStore } from '../../shared/health/redis-store';
import { HealthStatusReader } from '../../shared/health/status-reader';
import { redisKeys } from '../../shared/redis-keys';
import { createRedis } from '../../shared/redis';
import { uniqueName } from '../helpers/env';
import { startRedisServer, type TestRedisServer } from '../faults/helpers/redis-server';
import { waitFor } from '../faults/helpers/wait';
import { HOLD_MS, KEY_1, KEY_2, OPENAI_URL, RULES, admit, call, captureLogger, deployment, transitionLog } from './helpers';

const gpt4o = deployment('openai', 'gpt-4o', KEY_1, OPENAI_URL);
const other = deployment('openai', 'gpt-4o', KEY_2, OPENAI_URL);

describe('deployment health when Redis goes away and comes back', () => {
  let server: TestRedisServer;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await server.destroy();
  });

  it('falls back to per-process state at once, logs and notifies once each way, and uses the shared state again afterwards', async () => {
    const { logger, lines } = captureLogger();
    const fallbackChanges: boolean[] = [];
    const log = transitionLog();
    const keys = redisKeys({ prefix: '{aigw}', queueName: uniqueName('q') });
    const redis = createHealthRedis(server.url, 'health-outage');
    const apiRedis = createRedis(server.url, 'request', 'health-outage-api');
    const store = new RedisHealthStore({ redis, keys, settings: RULES, logger, onTransition: log.listener, onFallbackChange: (active) => fallbackChanges.push(active) });
    const reader = new HealthStatusReader({ redis: apiRedis, keys, settings: RULES });
    const messages = () => lines().map((l) => String(l.message));
    try {
      // Shared state before the outage: gpt4o opened by the fleet, and one call in flight.
      for (let i = 0; i < RULES.threshold; i += 1) await call(store, gpt4o, 'fault');
      expect(await store.acquire(gpt4o, HOLD_MS)).toMatchObject({ allowed: false, reason: 'circuit_open' });
      const before = await admit(store, other);
      expect(before.source).toBe('redis');
      expect(store.fallbackActive).toBe(false);

      await server.stop('SIGKILL');

      // Each process judges on its own: a fresh state, so gpt4o is admitted here.
      const during = await store.acquire(gpt4o, HOLD_MS);
      expect(during).toMatchObject({ allowed: true, source: 'memory' });
      expect(store.fallbackActive).toBe(true);
      expect(fallbackChanges).toEqual([true]);
      // A call admitted by Redis before the outage is recorded without an error.
      await store.record(other, before, { outcome: 'success', scope: 'deployment', latencyMs: 5 });
      // The same rules hold locally.
      for (let i = 0; i < RULES.threshold; i += 1) await call(store, other, 'fault');
      expect(await store.acquire(other, HOLD_MS)).toMatchObject({ allowed: false, scope: 'deployment', reason: 'circuit_open' });
      expect(log.list.at(-1)).toMatchObject({ deployment: other.id, scope: 'deployment', to: 'open' });
      expect((await store.view([gpt4o, other])).map((v) => [v.inFlight, v.refusal?.reason ?? null])).toEqual([[1, null], [0, 'circuit_open']]);
      expect((await store.status([other]))[0]).toMatchObject({ source: 'memory', state: 'open' });
      // The API never makes a state up.
      expect(await reader.status([gpt4o])).toMatchObject({ available: false, error: expect.any(String) });

      expect(messages().filter((m) => m.includes('unreachable'))).toHaveLength(1);
      const opened = lines().filter((l) => l.message === 'deployment circuit opened');
      expect(opened[0]).toMatchObject({ deployment: gpt4o.id, scope: 'deployment', source: 'redis', why: 'consecutive', open_ms: RULES.resetTimeoutMs });
      expect(opened[1]).toMatchObject({ deployment: other.id, scope: 'deployment', source: 'memory', why: 'consecutive' });
      expect(JSON.stringify(lines())).not.toContain(keys.health.scope('deployment', other.id).state);

      await server.start();
      const back = await waitFor('the shared state again', async () => {
        const a = await store.acquire(other, HOLD_MS);
        return a.allowed && a.source === 'redis' ? a : undefined;
      });
      await store.record(other, back, { outcome: 'success', scope: 'deployment', latencyMs: 5 });
      expect(store.fallbackActive).toBe(false);
      expect(fallbackChanges).toEqual([true, false]);
      expect(messages().filter((m) => m.includes('shared through Redis again'))).toHaveLength(1);
      // What the fleet knew before the outage is still there (append-only file); the local opening was this process's alone.
      expect(await store.acquire(gpt4o, HOLD_MS)).toMatchObject({ allowed: false, reason: 'circuit_open' });
      // The call recorded locally during the outage stays in Redis's in-flight set until its hold ends.
      expect((await store.view([other]))[0]?.inFlight).toBe(1);
      // A memory admission recorded after Redis returned goes to the per-process store, not to Redis.
      await store.record(gpt4o, { allowed: true, callId: 'mem:x', probes: [], source: 'memory' }, { outcome: 'fault', scope: 'deployment', latencyMs: 1 });
      await waitFor('the API connection', () => apiRedis.status === 'ready');
      const report = await reader.status([gpt4o]);
      expect(report).toMatchObject({ available: true, deployments: [{ state: 'open', source: 'redis' }] });
    } finally {
      redis.disconnect();
      apiRedis.disconnect();
    }
  });
});
