/**
 * Redis dying and coming back under load, on a Redis server this test runs itself (a spare port,
 * append-only file fsynced on every write), with the API in the test process and a real worker
 * process; and a Redis that may evict keys, which the gateway refuses to start on.
 */
import request from 'supertest';
import { createApiRuntime } from '../../api/runtime';
import { parseConfig } from '../../shared/config';
import { createDb } from '../../shared/db';
import { createRootLogger } from '../../shared/logger';
import { uniqueName } from '../helpers/env';
import { startTestGateway } from '../helpers/gateway';
import { runNode, waitForOutput } from '../helpers/processes';
import { TEXT } from './helpers/mock-gateway';
import { ownRedisRig } from './helpers/own-redis-rig';
import { startRedisServer, type TestRedisServer } from './helpers/redis-server';
import { sleep, waitFor } from './helpers/wait';
import { finishedBy, startWorker, stopWorker, workerEnv } from './helpers/worker-process';

describe('Redis restarted mid-load', () => {
  const rig = ownRedisRig();

  it('the API answers 503 at once and /ready names Redis while it is down; API and worker recover by themselves and every accepted task finishes once', async () => {
    const env = rig.env();
    const gw = await rig.gateway(env);
    const worker = await startWorker(gw, { ...env, WORKER_CONCURRENCY: '4' });
    const accepted: string[] = [];
    const submit = async () => {
      const res = await request(gw.url).post('/ai/task?wait=false').send({ task: 'summarize', text: TEXT });
      if (res.status === 202) accepted.push(res.body.task_id);
      return res;
    };

    try {
      for (let i = 0; i < 12; i += 1) expect((await submit()).status).toBe(202);
      await waitFor('tasks in flight', () => (rig.mock.counts.byModel['mock-latency-300'] ?? 0) >= 2);
      await rig.redis.stop('SIGKILL');

      const started = Date.now();
      const refused = await submit();
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(refused.status).toBe(503);
      expect(refused.body.error.code).toBe('queue_unavailable');
      const ready = await request(gw.url).get('/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.error.details).toEqual({ redis: 'down', postgres: 'up' });
      const status = await request(gw.url).get('/provider/status');
      expect(status.status).toBe(200);
      expect(status.body.circuit_breakers).toBe('unavailable');
      await sleep(1_500); // the worker lives through the outage too

      await rig.redis.start();
      await waitFor('the API to accept tasks again', async () => (await submit()).status === 202, 20_000, 250);
      for (let i = 0; i < 4; i += 1) expect((await submit()).status).toBe(202);
      expect((await request(gw.url).get('/ready')).status).toBe(200);

      await waitFor(
        'every accepted task to be written',
        async () => (await gw.db('ai_requests').whereIn('task_id', accepted).where({ status: 'success' })).length === accepted.length,
        60_000,
        250,
      );
      const rows = await gw.db('ai_requests').whereIn('task_id', accepted).select('task_id');
      expect(rows).toHaveLength(accepted.length);
      // Rows are written before the worker logs each task finished.
      await waitFor('the worker to log every accepted task finished', () => accepted.every((id) => finishedBy(worker).includes(id)), 10_000, 100);
      expect(new Set(finishedBy(worker))).toEqual(new Set(accepted));
      expect(worker.child.exitCode).toBeNull();
      // Tasks in flight when Redis died were judged by per-process deployment health, said once, and once undone.
      const lines = worker.output().split('\n');
      expect(lines.filter((l) => l.includes('deployment health state in Redis is unreachable'))).toHaveLength(1);
      expect(lines.filter((l) => l.includes('deployment health state is shared through Redis again'))).toHaveLength(1);
      // A job whose completion could not be recorded while Redis was down is taken over by the
      // stalled-job check once it is back; its row was already written, and is written once more, in place.
      await waitFor('every job to be completed in Redis', async () => {
        const states = await Promise.all(accepted.map(async (id) => (await gw.api.queue.getJob(id))?.getState()));
        return states.every((state) => state === 'completed');
      }, 30_000, 250);
      expect(await gw.db('ai_requests').whereIn('task_id', accepted)).toHaveLength(accepted.length);
    } finally {
      await stopWorker(worker);
    }
  });
});

describe('a Redis that may evict keys', () => {
  let redis: TestRedisServer;
  beforeAll(async () => {
    redis = await startRedisServer(['--maxmemory-policy', 'allkeys-lru']);
  });
  afterAll(async () => {
    await redis.destroy();
  });

  it('a worker refuses to start, naming maxmemory-policy and how to fix it', async () => {
    const proc = runNode('worker/main.js', { REDIS_URL: redis.url, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none', WORKER_METRICS_PORT: '0' });
    expect((await proc.exited).code).toBe(1);
    expect(proc.output()).toMatch(/maxmemory-policy is "allkeys-lru".*noeviction.*REDIS_EVICTION_CHECK=warn/);
  });

  it('the API refuses to start the same way', async () => {
    const config = parseConfig({ REDIS_URL: redis.url, QUEUE_NAME: uniqueName('q') });
    const logger = createRootLogger({ level: 'error', silent: true });
    const db = createDb(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres', 1);
    try {
      await expect(createApiRuntime(config, db, logger)).rejects.toThrow(/maxmemory-policy is "allkeys-lru"/);
    } finally {
      await db.destroy();
    }
  });

  it('with REDIS_EVICTION_CHECK=warn a worker starts and logs an error saying tasks can be lost', async () => {
    const gw = await startTestGateway({ withWorker: false, env: { REDIS_URL: redis.url, REDIS_EVICTION_CHECK: 'warn' } });
    const proc = runNode('worker/main.js', { ...workerEnv(gw, {}), REDIS_EVICTION_CHECK: 'warn' });
    try {
      await waitForOutput(proc, /worker started/, 30_000);
      const line = proc.output().split('\n').find((l) => l.includes('maxmemory-policy'));
      expect(JSON.parse(line ?? '{}')).toMatchObject({ level: 'error', maxmemory_policy: 'allkeys-lru' });
    } finally {
      proc.child.kill('SIGKILL');
      await proc.exited;
      await gw.stop();
    }
  });
});
