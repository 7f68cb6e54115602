/** The spine end to end: API → BullMQ → worker → Postgres, with the offline `local` provider. */
import request from 'supertest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { scriptedProvider } from '../helpers/fake-providers';

const ARTICLE = [
  'The city council approved a new budget for public transport on Monday.',
  'The budget adds twelve electric buses and extends night service on four lines.',
  'Officials said the buses will be delivered next spring.',
  'Some residents asked for more bike lanes, which the council will discuss in June.',
  'The transport budget passed with nine votes in favour and two against.',
].join(' ');

async function waitForFinal(gw: TestGateway, taskId: string) {
  for (let i = 0; i < 100; i += 1) {
    const res = await request(gw.url).get(`/ai/task/${taskId}`);
    if (res.body.status === 'success' || res.body.status === 'error') return res;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`task ${taskId} did not finish`);
}

describe('task lifecycle with the local provider', () => {
  let gw: TestGateway;
  const slow = scriptedProvider('slowpoke', [{ delayMs: 1_500, ok: 'finally' }]);

  beforeAll(async () => {
    gw = await startTestGateway({ providers: [slow] });
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('answers a sync summarize request with 200 from local, and persists one row', async () => {
    const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: ARTICLE });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'success', provider_used: 'local', model: 'local-extractive-v1' });
    expect(res.body.task_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof res.body.result).toBe('string');
    expect(res.body.result.length).toBeGreaterThan(0);
    expect(res.body.confidence).toBeLessThanOrEqual(0.6);
    expect(res.body.attempts).toEqual([expect.objectContaining({ provider: 'local', outcome: 'success' })]);
    expect(typeof res.body.latency_ms).toBe('number');

    const rows = await gw.db('ai_requests').where({ task_id: res.body.task_id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'success', provider_used: 'local', task: 'summarize', provider_requested: 'auto' });
    expect(rows[0].finished_at).toBeInstanceOf(Date);
  });

  it('accepts ?wait=false with 202, a Location header, and the task is pollable until success', async () => {
    const res = await request(gw.url).post('/ai/task?wait=false').send({ task: 'summarize', text: ARTICLE });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({ status: 'queued', status_url: `/ai/task/${res.body.task_id}` });
    expect(res.headers.location).toBe(`/ai/task/${res.body.task_id}`);
    const final = await waitForFinal(gw, res.body.task_id);
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({ task_id: res.body.task_id, status: 'success', provider_used: 'local' });
  });

  it('treats Prefer: respond-async like ?wait=false', async () => {
    const res = await request(gw.url).post('/ai/task').set('Prefer', 'respond-async').send({ task: 'summarize', text: ARTICLE });
    expect(res.status).toBe(202);
    await waitForFinal(gw, res.body.task_id);
  });

  it('answers 202 with a status URL when the sync wait runs out, and the task still finishes', async () => {
    const shortWait = await startTestGateway({ env: { SYNC_WAIT_MS: '300' }, providers: [slow] });
    try {
      const res = await request(shortWait.url).post('/ai/task').send({ task: 'summarize', text: ARTICLE, provider: 'slowpoke' });
      expect(res.status).toBe(202);
      expect(res.body).toMatchObject({ status: 'running', status_url: `/ai/task/${res.body.task_id}` });
      const final = await waitForFinal(shortWait, res.body.task_id);
      expect(final.body).toMatchObject({ status: 'success', provider_used: 'slowpoke', result: 'finally' });
    } finally {
      await shortWait.stop();
    }
  });

  it('reports a queued task as queued when no worker is running', async () => {
    const noWorker = await startTestGateway({ withWorker: false });
    try {
      const res = await request(noWorker.url).post('/ai/task?wait=false').send({ task: 'summarize', text: ARTICLE });
      const poll = await request(noWorker.url).get(`/ai/task/${res.body.task_id}`);
      expect(poll.status).toBe(200);
      expect(poll.body).toMatchObject({ task_id: res.body.task_id, status: 'queued', task: 'summarize' });
    } finally {
      await noWorker.stop();
    }
  });

  it('answers 404 for an unknown or malformed task id', async () => {
    const unknown = await request(gw.url).get('/ai/task/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('task_not_found');
    const malformed = await request(gw.url).get('/ai/task/not-a-uuid');
    expect(malformed.status).toBe(404);
    expect(malformed.body.error.code).toBe('task_not_found');
  });

  describe('Idempotency-Key', () => {
    it('returns the same task id for the same key and enqueues one job', async () => {
      const body = { task: 'summarize', text: ARTICLE };
      const before = await gw.api.queue.getJobCountByTypes('completed', 'waiting', 'active');
      const first = await request(gw.url).post('/ai/task').set('Idempotency-Key', 'order-42').send(body);
      const second = await request(gw.url).post('/ai/task').set('Idempotency-Key', 'order-42').send(body);
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      expect(second.body.task_id).toBe(first.body.task_id);
      expect(second.headers['idempotent-replayed']).toBe('true');
      const rows = await gw.db('ai_requests').where({ idempotency_key: 'order-42' });
      expect(rows).toHaveLength(1);
      const after = await gw.api.queue.getJobCountByTypes('completed', 'waiting', 'active');
      expect(after - before).toBe(1);
    });

    it('answers concurrent duplicates with one task id', async () => {
      const body = { task: 'summarize', text: ARTICLE };
      const results = await Promise.all(
        Array.from({ length: 5 }, () => request(gw.url).post('/ai/task?wait=false').set('Idempotency-Key', 'burst-1').send(body)),
      );
      const ids = new Set(results.map((r) => r.body.task_id));
      expect(ids.size).toBe(1);
      const [id] = [...ids];
      await waitForFinal(gw, id as string);
      expect(await gw.db('ai_requests').where({ task_id: id }).count({ n: '*' })).toEqual([{ n: '1' }]);
    });

    it('refuses a reused key with a different body (422)', async () => {
      await request(gw.url).post('/ai/task?wait=false').set('Idempotency-Key', 'k-9').send({ task: 'summarize', text: 'One. Two.' });
      const res = await request(gw.url).post('/ai/task?wait=false').set('Idempotency-Key', 'k-9').send({ task: 'summarize', text: 'Other.' });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('idempotency_key_reused');
    });
  });
});
