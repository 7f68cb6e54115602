/**
 * Whether Redis keeps its data across a restart, as /ready and start-up report it, on Redis servers
 * this test runs itself: AOF on, snapshots only, nothing, and a managed-style Redis that refuses
 * CONFIG (where INFO still says whether AOF is on).
 */
import request from 'supertest';
import type { Redis } from 'ioredis';
import { createRedis, waitForReady } from '../../shared/redis';
import { readRedisPersistence } from '../../shared/redis-persistence';
import { startTestGateway } from '../helpers/gateway';
import { runNode, waitForOutput } from '../helpers/processes';
import { startRedisServer, type TestRedisServer } from './helpers/redis-server';
import { workerEnv } from './helpers/worker-process';

const NO_CONFIG = ['--rename-command', 'CONFIG', ''];

async function persistenceOf(extraArgs: string[]) {
  const server = await startRedisServer(extraArgs);
  let client: Redis | undefined;
  try {
    client = createRedis(server.url, 'request', 'persistence-test');
    await waitForReady(client, 5_000);
    return await readRedisPersistence(client);
  } finally {
    client?.disconnect();
    await server.destroy();
  }
}

describe('Redis persistence', () => {
  it('reads each setting from CONFIG, and from INFO when CONFIG is refused', async () => {
    expect(await persistenceOf([])).toEqual({ mode: 'aof', appendfsync: 'always', save: '', source: 'config' });
    expect(await persistenceOf(['--appendonly', 'no', '--save', '60 1'])).toEqual({ mode: 'rdb', save: '60 1', source: 'config' });
    expect(await persistenceOf(['--appendonly', 'no'])).toEqual({ mode: 'off', save: '', source: 'config' });
    expect(await persistenceOf(NO_CONFIG)).toEqual({ mode: 'aof', source: 'info' });
    // INFO tells whether AOF is on, not whether snapshots are configured.
    expect(await persistenceOf([...NO_CONFIG, '--appendonly', 'no'])).toEqual({ mode: 'unknown', source: 'info' });
  });

  describe('without persistence', () => {
    let redis: TestRedisServer;
    beforeAll(async () => {
      redis = await startRedisServer(['--appendonly', 'no', ...NO_CONFIG]);
    });
    afterAll(async () => {
      await redis.destroy();
    });

    it('/ready stays 200 and says persistence is unknown; a worker warns at start-up that a restart loses queued jobs', async () => {
      const gw = await startTestGateway({ withWorker: false, env: { REDIS_URL: redis.url } });
      const proc = runNode('worker/main.js', workerEnv(gw, {}));
      try {
        const ready = await request(gw.url).get('/ready');
        expect(ready.status).toBe(200);
        expect(ready.body).toEqual({ status: 'ready', checks: { redis: 'up', postgres: 'up' }, redis_persistence: { mode: 'unknown', source: 'info' } });
        await waitForOutput(proc, /worker started/, 30_000);
        const line = proc.output().split('\n').find((l) => l.includes('could not read Redis persistence'));
        expect(JSON.parse(line ?? '{}')).toMatchObject({ level: 'warn', redis_persistence: 'unknown' });
        expect(line).toMatch(/a restart loses the jobs queued in it; accepted tasks are re-enqueued from Postgres by the reconciler/);
      } finally {
        proc.child.kill('SIGKILL');
        await proc.exited;
        await gw.stop();
      }
    });
  });
});
