/**
 * Redis Cluster: a script may only touch keys in one slot. On a one-node cluster of this test's
 * own (every slot on one node), a gateway whose prefix is a `{hash-tag}` keeps every health key in
 * one slot, so each script runs on the shared state; without the tag the keys spread over slots
 * and Redis refuses the scripts (CROSSSLOT), which the store survives by falling back.
 */
import { createHealthRedis } from '../../shared/health/connection';
import { RedisHealthStore } from '../../shared/health/redis-store';
import { redisKeys } from '../../shared/redis-keys';
import { createRootLogger } from '../../shared/logger';
import { startRedisServer, type TestRedisServer } from '../faults/helpers/redis-server';
import { waitFor } from '../faults/helpers/wait';
import { HOLD_MS, KEY_1, OPENAI_URL, RULES, deployment } from './helpers';

const logger = createRootLogger({ level: 'error', silent: true });
const gpt4o = deployment('openai', 'gpt-4o', KEY_1, OPENAI_URL);

describe('deployment health on Redis Cluster', () => {
  let server: TestRedisServer;
  beforeAll(async () => {
    server = await startRedisServer(['--cluster-enabled', 'yes']);
    // ADDSLOTS rather than ADDSLOTSRANGE: the CI's redis-server may predate 7.0.
    await server.command('CLUSTER', 'ADDSLOTS', ...Array.from({ length: 16384 }, (_, slot) => slot));
    await waitFor('the one-node cluster', async () => String(await server.command('CLUSTER', 'INFO')).includes('cluster_state:ok'));
  });
  afterAll(async () => {
    await server.destroy();
  });

  async function storeWithPrefix(prefix: string) {
    const redis = createHealthRedis(server.url, 'health-cluster');
    await waitFor('connection', () => redis.status === 'ready');
    return { store: new RedisHealthStore({ redis, keys: redisKeys({ prefix, queueName: 'q' }), settings: RULES, logger }), close: () => redis.disconnect() };
  }

  it('with a {hash-tag} prefix every script runs on the shared state', async () => {
    const { store, close } = await storeWithPrefix('{aigw}');
    try {
      const admission = await store.acquire(gpt4o, HOLD_MS);
      expect(admission).toMatchObject({ allowed: true, source: 'redis' });
      expect((await store.view([gpt4o]))[0]?.inFlight).toBe(1);
      if (admission.allowed) await store.record(gpt4o, admission, { outcome: 'fault', scope: 'credential', latencyMs: 1 });
      expect((await store.status([gpt4o]))[0]).toMatchObject({ source: 'redis', scopes: { credential: { consecutiveFailures: 1 } } });
      expect(store.fallbackActive).toBe(false);
    } finally {
      close();
    }
  });

  it('without one the keys spread over slots: Redis refuses the script and the store falls back', async () => {
    const { store, close } = await storeWithPrefix('aigw');
    try {
      expect(await store.acquire(gpt4o, HOLD_MS)).toMatchObject({ allowed: true, source: 'memory' });
      expect(store.fallbackActive).toBe(true);
    } finally {
      close();
    }
  });
});
