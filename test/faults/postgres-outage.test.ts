/**
 * Postgres unreachable, then back: the gateway reaches Postgres through a TCP proxy the test cuts
 * (every connection dropped, new ones refused), which is what a crashed or partitioned database
 * looks like from the gateway.
 */
import request from 'supertest';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { freshDatabase, type TestDatabase } from '../helpers/env';
import type { TestGateway } from '../helpers/gateway';
import { startMockGateway, TEXT } from './helpers/mock-gateway';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy';
import { sleep, waitFor } from './helpers/wait';

describe('Postgres unreachable, then back', () => {
  let mock: MockProvider;
  let proxy: TcpProxy;
  let database: TestDatabase;
  let gw: TestGateway;

  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
    database = freshDatabase();
    const target = new URL(database.url);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(database.url);
    viaProxy.port = String(proxy.port);
    gw = await startMockGateway(mock, { steady: 'mock-latency-1500' }, { DATABASE_URL: viaProxy.toString(), SYNC_WAIT_MS: '3000', PERSIST_RETRY_MAX_MS: '1000' });
  });
  afterAll(async () => {
    await gw.stop();
    await proxy.close();
    await mock.close();
    await database.drop();
  });

  it('refuses new tasks with 503 database_unavailable while Postgres is away (a 202 is a promise it cannot record), and frees their Idempotency-Key', async () => {
    await proxy.cut();
    try {
      const ready = await request(gw.url).get('/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.error.details).toEqual({ redis: 'up', postgres: 'down' });
      const refused = await request(gw.url).post('/ai/task?wait=false').set('Idempotency-Key', 'pg-outage-1').send({ task: 'summarize', text: TEXT });
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.body.error.code).toBe('database_unavailable');
      expect(refused.body.error.message).toMatch(/cannot be recorded \(Postgres is unreachable\), so it was not accepted/);
      expect(await gw.api.queue.getJobCountByTypes('waiting', 'active', 'delayed')).toBe(0);
    } finally {
      await proxy.restore();
    }
    const retried = await waitFor('the same key to be accepted once Postgres is back', async () => {
      const res = await request(gw.url).post('/ai/task?wait=false').set('Idempotency-Key', 'pg-outage-1').send({ task: 'summarize', text: TEXT });
      return res.status === 202 ? res : undefined;
    }, 20_000);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    await waitFor('the retried task to finish', async () => gw.db('ai_requests').where({ task_id: retried.body.task_id, status: 'success' }).first(), 20_000);
  });

  it('keeps a finished outcome on its job while Postgres is away, shows it, and writes it once Postgres returns', async () => {
    const before = mock.counts.byModel['mock-latency-1500'] ?? 0;
    const submitted = await request(gw.url).post('/ai/task?wait=false').send({ task: 'summarize', text: TEXT });
    expect(submitted.status).toBe(202); // recorded in Postgres first, then queued
    const taskId: string = submitted.body.task_id;
    // Postgres goes away while the provider is answering: the outcome has nowhere to go.
    await waitFor('the provider call to start', () => (mock.counts.byModel['mock-latency-1500'] ?? 0) > before);
    await proxy.cut();
    const kept = await waitFor('the outcome to be kept on the job', async () => {
      const job = await gw.api.queue.getJob(taskId);
      return (job?.data.persistTries ?? 0) >= 2 ? job : undefined;
    });
    expect(await kept.getState()).toBe('delayed');
    expect(kept.attemptsMade).toBe(0);
    const polled = await request(gw.url).get(`/ai/task/${taskId}`);
    expect(polled.status).toBe(200);
    expect(polled.body).toMatchObject({ task_id: taskId, status: 'success', provider_used: 'steady' });

    await sleep(500);
    await proxy.restore();
    const row = await waitFor('the kept outcome to be written', async () => gw.db('ai_requests').where({ task_id: taskId, status: 'success' }).first(), 20_000);
    expect(row).toMatchObject({ provider_used: 'steady', model: 'mock-latency-1500' });
    expect(mock.counts.byModel['mock-latency-1500']).toBe(before + 1); // written from the kept outcome, not by asking the provider again
    await waitFor('the job to complete', async () => (await (await gw.api.queue.getJob(taskId))?.getState()) === 'completed');
    expect((await request(gw.url).get('/ready')).status).toBe(200);
  });
});
