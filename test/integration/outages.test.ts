/** Redis or Postgres unreachable: the API answers at once with 503 instead of hanging. */
import { createServer } from 'node:net';
import request from 'supertest';
import { createApiRuntime } from '../../api/runtime';
import { parseConfig } from '../../shared/config';
import { createDb } from '../../shared/db';
import { createRootLogger } from '../../shared/logger';
import { startTestGateway } from '../helpers/gateway';
import { testRedisUrl, uniqueName } from '../helpers/env';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('dependency outages', () => {
  it('answers 503 queue_unavailable within a second when Redis is unreachable, and /ready names redis', async () => {
    const port = await closedPort();
    const config = parseConfig({
      REDIS_URL: `redis://127.0.0.1:${port}`,
      DATABASE_URL: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      QUEUE_NAME: uniqueName('q'),
    });
    const logger = createRootLogger({ level: 'error', silent: true });
    const db = createDb(config.DATABASE_URL, 2);
    const api = await createApiRuntime(config, db, logger);
    try {
      const started = Date.now();
      const res = await request(api.app).post('/ai/task').send({ task: 'summarize', text: 'Hello. World.' });
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('queue_unavailable');
      expect(res.headers['retry-after']).toBe('1');
      expect(Date.now() - started).toBeLessThan(5_000);

      const ready = await request(api.app).get('/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.error).toMatchObject({ code: 'not_ready', message: 'redis is unreachable', details: { redis: 'down', postgres: 'up' } });
    } finally {
      await api.close();
      await db.destroy();
    }
  });

  it('/ready names postgres when Postgres is unreachable, while tasks are still accepted', async () => {
    const port = await closedPort();
    const config = parseConfig({
      REDIS_URL: testRedisUrl(),
      DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/nowhere`,
      QUEUE_NAME: uniqueName('q'),
    });
    const logger = createRootLogger({ level: 'error', silent: true });
    const db = createDb(config.DATABASE_URL, 2);
    const api = await createApiRuntime(config, db, logger);
    try {
      const ready = await request(api.app).get('/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.error.message).toBe('postgres is unreachable');
      const accepted = await request(api.app).post('/ai/task?wait=false').send({ task: 'summarize', text: 'Hello. World.' });
      expect(accepted.status).toBe(202);
      const poll = await request(api.app).get(`/ai/task/${accepted.body.task_id}`);
      expect(poll.status).toBe(200);
      expect(poll.body.status).toBe('queued');
    } finally {
      await api.close();
      await db.destroy();
    }
  });

  it('keeps a finished outcome when Postgres is away and writes it once Postgres answers', async () => {
    const gw = await startTestGateway({ env: { PERSIST_ATTEMPTS: '10' } });
    try {
      // Make every write fail as if Postgres were away, then let it come back.
      await gw.db.raw('ALTER TABLE ai_requests RENAME TO ai_requests_away');
      const res = await request(gw.url).post('/ai/task?wait=false').send({ task: 'summarize', text: 'Alpha. Beta. Gamma.' });
      // Back only once a write has failed and the outcome is kept on the job (by ordering, not a fixed pause).
      for (let i = 0; i < 240; i += 1) {
        if (((await gw.api.queue.getJob(res.body.task_id))?.data.persistTries ?? 0) >= 1) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      await gw.db.raw('ALTER TABLE ai_requests_away RENAME TO ai_requests');
      let row;
      for (let i = 0; i < 60 && !row; i += 1) {
        row = await gw.db('ai_requests').where({ task_id: res.body.task_id, status: 'success' }).first();
        if (!row) await new Promise((r) => setTimeout(r, 250));
      }
      expect(row).toMatchObject({ status: 'success', provider_used: 'local' });
      const job = await gw.api.queue.getJob(res.body.task_id);
      // The kept outcome was written on a later try (the job was parked, not failed).
      expect(job?.data.persistTries).toBeGreaterThanOrEqual(1);
    } finally {
      await gw.stop();
    }
  });
});
