/** Rate limits live in Redis: they hold across API replicas, per key or per IP, and fail closed. */
import { createServer } from 'node:net';
import request from 'supertest';
import { createApiRuntime } from '../../api/runtime';
import { parseConfig } from '../../shared/config';
import { createDb } from '../../shared/db';
import { createRootLogger } from '../../shared/logger';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { uniqueName } from '../helpers/env';
import { createKey } from './helpers';

const TASK = { task: 'summarize', text: 'One sentence. Another sentence.' };

describe('rate limits across two API instances sharing Redis', () => {
  let a: TestGateway;
  let b: TestGateway;
  beforeAll(async () => {
    // Same queue name, so the same Redis key space; auth is off, so clients are counted per IP.
    const env = { QUEUE_NAME: uniqueName('q'), RATE_LIMIT_TASKS_PER_MINUTE: '4', RATE_LIMIT_CLEANUP_PER_MINUTE: '2' };
    a = await startTestGateway({ env, withWorker: false });
    b = await startTestGateway({ env, withWorker: false });
  });
  afterAll(async () => {
    await a.stop();
    await b.stop();
  });

  it('counts POST /ai/task on both instances together and answers 429 with RateLimit-* and Retry-After', async () => {
    const statuses: number[] = [];
    for (const gw of [a, b, a, b]) {
      const res = await request(gw.url).post('/ai/task?wait=false').send(TASK);
      statuses.push(res.status);
      expect(res.headers['ratelimit-limit']).toBe('4');
    }
    expect(statuses).toEqual([202, 202, 202, 202]);
    const over = await request(b.url).post('/ai/task?wait=false').send(TASK);
    expect(over.status).toBe(429);
    expect(over.body.error).toMatchObject({ code: 'rate_limited', details: { limit: 4, window_seconds: 60 }, request_id: expect.any(String) });
    expect(over.headers['ratelimit-remaining']).toBe('0');
    expect(over.headers['ratelimit-policy']).toBe('4;w=60');
    expect(Number(over.headers['ratelimit-reset'])).toBeGreaterThan(0);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(over.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect((await request(a.url).post('/ai/task?wait=false').send(TASK)).status).toBe(429);
  });

  it('limits POST /history/cleanup separately, and leaves unlimited routes alone', async () => {
    expect((await request(a.url).post('/history/cleanup')).status).toBe(200);
    expect((await request(b.url).post('/history/cleanup')).status).toBe(200);
    const over = await request(a.url).post('/history/cleanup');
    expect(over.status).toBe(429);
    expect(over.headers['ratelimit-limit']).toBe('2');
    for (let i = 0; i < 5; i += 1) expect((await request(a.url).get('/history')).status).toBe(200);
  });
});

describe('rate limits per key', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { RATE_LIMIT_TASKS_PER_MINUTE: '3', AUTH_CACHE_SECONDS: '0' }, withWorker: false });
  });
  afterAll(async () => {
    await gw.stop();
  });

  const burst = async (key: string, n: number) => {
    const statuses: number[] = [];
    for (let i = 0; i < n; i += 1) statuses.push((await request(gw.url).post('/ai/task?wait=false').set('X-API-Key', key).send(TASK)).status);
    return statuses;
  };

  it('gives each key its own budget, and honours a key’s own limit', async () => {
    const plain = await createKey(gw.db, 'plain', ['tasks']);
    const other = await createKey(gw.db, 'other', ['tasks']);
    const big = await createKey(gw.db, 'big', ['tasks'], 6);
    expect(await burst(plain.key, 4)).toEqual([202, 202, 202, 429]);
    expect(await burst(other.key, 3)).toEqual([202, 202, 202]);
    const bigRun = await burst(big.key, 7);
    expect(bigRun).toEqual([202, 202, 202, 202, 202, 202, 429]);
  });

  it('counts a request the body check refuses too, so bad bodies cannot be sent without limit', async () => {
    const key = await createKey(gw.db, 'sloppy', ['tasks']);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await request(gw.url).post('/ai/task').set('X-API-Key', key.key).set('Content-Type', 'application/json').send('{oops')).status);
    }
    expect(statuses).toEqual([400, 400, 400, 429]);
  });
});

describe('rate limits when Redis is unreachable', () => {
  it('fails closed with 503 at once instead of letting requests through', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    await new Promise<void>((r) => server.close(() => r()));
    const config = parseConfig({
      REDIS_URL: `redis://127.0.0.1:${port}`,
      DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      QUEUE_NAME: uniqueName('q'),
    });
    const db = createDb(config.DATABASE_URL, 2);
    const api = await createApiRuntime(config, db, createRootLogger({ level: 'error', silent: true }));
    try {
      const started = Date.now();
      const cleanup = await request(api.app).post('/history/cleanup');
      expect(cleanup.status).toBe(503);
      expect(cleanup.body.error.code).toBe('rate_limit_unavailable');
      expect(cleanup.headers['retry-after']).toBe('1');
      const task = await request(api.app).post('/ai/task').send(TASK);
      expect(task.status).toBe(503);
      expect(task.body.error.code).toBe('queue_unavailable');
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await api.close();
      await db.destroy();
    }
  });
});
