/**
 * Deployment health shared through Redis by two workers: each store below has its own Redis
 * connection, exactly as two worker processes do, and the state lives only in Redis (under a
 * `{hash-tag}` prefix of this file's own). The shared decision table first, then what only a fleet
 * shows: contended probes, in-flight counts across workers, one round trip per call, and the
 * API's read-only status.
 */
import type { Redis } from 'ioredis';
import { createHealthRedis } from '../../shared/health/connection';
import { RedisHealthStore } from '../../shared/health/redis-store';
import { HealthStatusReader } from '../../shared/health/status-reader';
import type { HealthSettings } from '../../shared/health/types';
import { redisKeys } from '../../shared/redis-keys';
import { createRootLogger } from '../../shared/logger';
import { createRedis, waitForReady } from '../../shared/redis';
import { testRedisUrl, uniqueName } from '../helpers/env';
import { waitFor } from '../faults/helpers/wait';
import { HOLD_MS, KEY_1, KEY_2, OPENAI_URL, RULES, admit, call, deployment, transitionLog, type Fleet } from './helpers';
import { describeHealthRules } from './rules-table';

const logger = createRootLogger({ level: 'error', silent: true });
const prefix = `{${uniqueName('hl')}}`;
const connections: Redis[] = [];

async function fleet(settings: Partial<HealthSettings> = {}): Promise<Fleet & { redisA: Redis; keys: ReturnType<typeof redisKeys>; queueName: string }> {
  // Each fleet is a gateway of its own (its own queue name) so no test sees another's state.
  const queueName = uniqueName('q');
  const keys = redisKeys({ prefix, queueName });
  const log = transitionLog();
  const mine: Redis[] = [];
  const make = (name: string) => {
    const redis = createHealthRedis(testRedisUrl(), name);
    mine.push(redis);
    connections.push(redis);
    return new RedisHealthStore({ redis, keys, settings: { ...RULES, ...settings }, logger, onTransition: log.listener });
  };
  const a = make('health-a');
  const b = make('health-b');
  await waitFor('health connections', () => mine.every((c) => c.status === 'ready'));
  return { a, b, transitions: log.list, redisA: mine[0] as Redis, keys, queueName, close: async () => mine.forEach((c) => c.disconnect()) };
}

afterAll(async () => {
  const admin = createRedis(testRedisUrl(), 'request', 'health-test-cleanup');
  try {
    await waitForReady(admin, 5_000);
    let cursor = '0';
    do {
      const [next, found] = await admin.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (found.length > 0) await admin.del(...found);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    admin.disconnect();
    connections.forEach((c) => c.disconnect());
  }
});

describeHealthRules('Redis, two workers', () => fleet());

const gpt4o = deployment('openai', 'gpt-4o', KEY_1, OPENAI_URL);
const gpt4oKey2 = deployment('openai', 'gpt-4o', KEY_2, OPENAI_URL);
const mini = deployment('openai', 'gpt-4o-mini', KEY_1, OPENAI_URL);

/** Settings whose open time ends within a test: states are awaited by polling, never by sleeping a fixed time. */
const SHORT_OPEN: Partial<HealthSettings> = { resetTimeoutMs: 150, maxResetTimeoutMs: 500, halfOpenProbes: 1 };

describe('deployment health shared by a fleet through Redis', () => {
  it('half-open admits exactly HALF_OPEN_PROBES probes across the fleet, however many ask at once', async () => {
    const f = await fleet({ ...SHORT_OPEN, halfOpenProbes: 2 });
    try {
      for (let i = 0; i < RULES.threshold; i += 1) await call(f.a, gpt4o, 'fault');
      await waitFor('the open time to end', async () => (await f.b.view([gpt4o]))[0]?.refusal === null);
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? f.a : f.b).acquire(gpt4o, HOLD_MS)));
      const probes = answers.filter((a) => a.allowed);
      expect(probes).toHaveLength(2);
      expect(probes.every((p) => p.allowed && p.probes.join() === 'deployment' && p.source === 'redis')).toBe(true);
      expect(answers.filter((a) => !a.allowed).every((a) => !a.allowed && a.scope === 'deployment' && a.reason === 'circuit_open')).toBe(true);
      expect(f.transitions.filter((t) => t.to === 'half_open')).toHaveLength(1);
      // Only the refused calls are not in flight.
      expect((await f.a.view([gpt4o]))[0]?.inFlight).toBe(2);
    } finally {
      await f.close();
    }
  });

  it("a probe's success on one worker closes the scope for the other; a late success from a call admitted before it opened does not", async () => {
    const f = await fleet(SHORT_OPEN);
    try {
      const early = await admit(f.b, gpt4o);
      for (let i = 0; i < RULES.threshold; i += 1) await call(f.a, gpt4o, 'fault');
      await waitFor('the open time to end', async () => (await f.b.view([gpt4o]))[0]?.refusal === null);
      const probe = await admit(f.a, gpt4o);
      await f.b.record(gpt4o, early, { outcome: 'success', scope: 'deployment', latencyMs: 10 });
      expect(await f.b.acquire(gpt4o, HOLD_MS)).toMatchObject({ allowed: false, reason: 'circuit_open' });
      await f.a.record(gpt4o, probe, { outcome: 'success', scope: 'deployment', latencyMs: 10 });
      expect((await f.b.acquire(gpt4o, HOLD_MS)).allowed).toBe(true);
      expect(f.transitions.map((t) => `${t.from}->${t.to}`)).toEqual(['closed->open', 'open->half_open', 'half_open->closed']);
    } finally {
      await f.close();
    }
  });

  it("a probe's fault re-opens the scope for twice as long each time, capped", async () => {
    const f = await fleet(SHORT_OPEN);
    try {
      for (let i = 0; i < RULES.threshold; i += 1) await call(f.a, gpt4o, 'fault');
      for (let round = 0; round < 3; round += 1) {
        const probe = await waitFor('a probe', async () => {
          const a = await f.b.acquire(gpt4o, HOLD_MS);
          return a.allowed ? a : undefined;
        });
        await f.b.record(gpt4o, probe, { outcome: 'fault', scope: 'deployment', latencyMs: 1 });
      }
      expect(f.transitions.filter((t) => t.to === 'open').map((t) => [t.why, t.openMs])).toEqual([
        ['consecutive', 150],
        ['probe_failed', 300],
        ['probe_failed', 500],
        ['probe_failed', 500],
      ]);
    } finally {
      await f.close();
    }
  });

  it('a call probing two scopes and failing in one re-opens that one only; its other lease is given back uncounted', async () => {
    const f = await fleet(SHORT_OPEN);
    try {
      for (let i = 0; i < RULES.threshold; i += 1) await call(f.a, gpt4o, 'fault');
      for (let i = 0; i < RULES.threshold; i += 1) await call(f.b, gpt4oKey2, 'fault', 'base_url');
      const probe = await waitFor('both open times to end', async () => {
        const a = await f.a.acquire(gpt4o, HOLD_MS);
        return a.allowed ? a : undefined;
      });
      expect(probe.probes).toEqual(['deployment', 'base_url']);
      await f.a.record(gpt4o, probe, { outcome: 'fault', scope: 'deployment', latencyMs: 1 });
      const [status] = await f.b.status([gpt4o]);
      expect(status?.scopes.deployment).toMatchObject({ state: 'open', consecutiveFailures: 4 });
      expect(status?.scopes.base_url).toMatchObject({ state: 'half_open', consecutiveFailures: 3, nextProbeInMs: 0 });
      expect((await admit(f.b, mini)).probes).toEqual(['base_url']);
    } finally {
      await f.close();
    }
  });

  it('a probe whose worker died frees the slot when its lease ends (at most its hold)', async () => {
    const f = await fleet({ ...SHORT_OPEN, probeLeaseMs: 60_000 });
    try {
      for (let i = 0; i < RULES.threshold; i += 1) await call(f.a, gpt4o, 'fault');
      await waitFor('the open time to end', async () => (await f.b.view([gpt4o]))[0]?.refusal === null);
      await admit(f.a, gpt4o, 3_000); // this worker "dies": the probe is never recorded
      const refused = await f.b.acquire(gpt4o, HOLD_MS);
      expect(refused).toMatchObject({ allowed: false, scope: 'deployment', reason: 'circuit_open' });
      expect(!refused.allowed && refused.retryInMs <= 3_000).toBe(true);
      const next = await waitFor('the lease to end', async () => {
        const a = await f.b.acquire(gpt4o, HOLD_MS);
        return a.allowed ? a : undefined;
      });
      expect(next.probes).toEqual(['deployment']);
      // The dead call's in-flight entry ended with its hold too.
      expect((await f.a.view([gpt4o]))[0]?.inFlight).toBe(1);
    } finally {
      await f.close();
    }
  });

  it('acquire, record and view are one round trip each', async () => {
    const f = await fleet();
    try {
      await call(f.a, gpt4o, 'success'); // loads the scripts on this connection
      await f.a.view([gpt4o]);
      const sent = jest.spyOn(f.redisA, 'sendCommand');
      const admission = await admit(f.a, gpt4o);
      expect(sent).toHaveBeenCalledTimes(1);
      await f.a.record(gpt4o, admission, { outcome: 'fault', scope: 'base_url', latencyMs: 1 });
      expect(sent).toHaveBeenCalledTimes(2);
      await f.a.view([gpt4o, gpt4oKey2, mini]);
      expect(sent).toHaveBeenCalledTimes(3);
      expect(sent.mock.calls.map(([command]) => command.name)).toEqual(['evalsha', 'evalsha', 'evalsha']);
      sent.mockRestore();
    } finally {
      await f.close();
    }
  });

  it("the API's read-only status reads the fleet's state, and every key lives under the gateway's prefix", async () => {
    const f = await fleet();
    const apiRedis = createRedis(testRedisUrl(), 'request', 'health-api');
    connections.push(apiRedis);
    try {
      await call(f.a, gpt4oKey2, 'success', 'deployment', 250);
      await admit(f.b, gpt4oKey2); // still running
      const cooling = await admit(f.a, gpt4oKey2);
      await f.a.record(gpt4oKey2, cooling, { outcome: 'rate_limited', scope: 'deployment', retryAfterMs: 30_000, latencyMs: 1 });
      await call(f.a, mini, 'fault', 'base_url', 1);
      const revoked = await admit(f.b, gpt4o);
      await f.b.record(gpt4o, revoked, { outcome: 'misconfigured', scope: 'credential', reason: '401 key revoked', latencyMs: 1 });

      const reader = new HealthStatusReader({ redis: apiRedis, keys: f.keys, settings: RULES });
      await waitFor('the API connection', () => apiRedis.status === 'ready');
      const report = await reader.status([gpt4o, gpt4oKey2, mini]);
      if (!report.available) throw new Error(report.error);
      const [a, b, c] = report.deployments;
      expect(a).toMatchObject({ state: 'open', source: 'redis', scopes: { credential: { state: 'open', misconfigured: { reason: '401 key revoked' } } } });
      expect(b).toMatchObject({ state: 'closed', inFlight: 1, p50LatencyMs: 250, scopes: { deployment: { cooldownUntil: expect.any(Number) } } });
      expect(c).toMatchObject({ state: 'open', scopes: { base_url: { consecutiveFailures: 1 }, credential: { state: 'open' } } });
      expect(b?.scopes.base_url.consecutiveFailures).toBe(1);

      const stored: string[] = [];
      let cursor = '0';
      do {
        const [next, found] = await apiRedis.scan(cursor, 'MATCH', `${prefix}:${f.queueName}:*`, 'COUNT', 1000);
        stored.push(...found);
        cursor = next;
      } while (cursor !== '0');
      expect(stored.length).toBeGreaterThan(5);
      expect(stored.every((k) => k.startsWith(`${prefix}:${f.queueName}:gw:hl:`))).toBe(true);
      // Key names hash their ids: no deployment id, label or host is in them.
      expect(stored.some((k) => /gpt|OPENAI|example/.test(k))).toBe(false);
    } finally {
      await f.close();
    }
  });
});
