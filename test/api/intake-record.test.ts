/**
 * A 202 is a promise: /ai/task (async and sync) and /v1 chat completions record the task in
 * Postgres, with what it takes to queue it again and no credential, before answering or waiting;
 * GET /ai/task/:id reads that record when the job is gone from Redis. No worker runs here, so every
 * task stays queued.
 */
import request from 'supertest';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { mockProviderEnv, QUESTION } from '../openai/helpers';
import { waitFor } from '../faults/helpers/wait';

const GATEWAY_KEY = 'gw-secret-key-1234567890';
const TASK = { task: 'summarize', text: 'The council met on Monday. It approved the budget.', options: { max_words: 30 } };

describe('tasks are recorded in Postgres before the gateway answers', () => {
  let mock: MockProvider;
  let gw: TestGateway;
  const post = (path: string) => request(gw.url).post(path).set('Authorization', `Bearer ${GATEWAY_KEY}`);
  const rowOf = (taskId: string) => gw.db('ai_requests').where({ task_id: taskId }).first();

  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
    gw = await startTestGateway({ withWorker: false, env: mockProviderEnv(mock, { API_KEY: GATEWAY_KEY, SYNC_WAIT_MS: '200', TASK_DEADLINE_SECONDS: '2' }) });
  });
  afterAll(async () => {
    await gw.stop();
    await mock.close();
  });

  it('an async task is queued in Postgres with its job payload (task, input, options, key id, idempotency key) and no credential', async () => {
    const res = await post('/ai/task?wait=false').set('Idempotency-Key', 'order-7').send(TASK);
    expect(res.status).toBe(202);
    const row = await rowOf(res.body.task_id);
    expect(row).toMatchObject({ status: 'queued', task: 'summarize', provider_requested: 'auto', caller: 'api-key', idempotency_key: 'order-7', requeue_count: 0 });
    expect(row.job_payload).toMatchObject({ taskId: res.body.task_id, text: TASK.text, options: TASK.options, caller: 'api-key', idempotencyKey: 'order-7' });
    const stored = JSON.stringify(row);
    for (const secret of [GATEWAY_KEY, 'sk-test-openai', 'sk-ant-test']) expect(stored).not.toContain(secret);
  });

  it('a sync task is recorded before the wait (answered 202 here, as no worker runs)', async () => {
    const res = await post('/ai/task').send(TASK);
    expect(res.status).toBe(202);
    expect(await rowOf(res.body.task_id)).toMatchObject({ status: 'queued', job_payload: expect.objectContaining({ text: TASK.text }) });
  });

  it('GET /ai/task/:id shows a task whose job vanished from Redis from its Postgres record, not as a 404', async () => {
    const res = await post('/ai/task?wait=false').send(TASK);
    const taskId: string = res.body.task_id;
    await gw.api.queue.remove(taskId);
    expect(await gw.api.queue.getJob(taskId)).toBeUndefined();
    const found = await request(gw.url).get(`/ai/task/${taskId}`).set('Authorization', `Bearer ${GATEWAY_KEY}`);
    expect(found.status).toBe(200);
    expect(found.body).toEqual({ task_id: taskId, status: 'queued', task: 'summarize', provider_requested: 'auto', created_at: expect.any(String) });
  });

  it('a /v1 chat completion is recorded with its conversation and tiers while the client waits', async () => {
    const abort = new AbortController();
    const pending = fetch(`${gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${GATEWAY_KEY}` },
      body: JSON.stringify({ model: 'openai/mock-ok', messages: [{ role: 'user', content: QUESTION }] }),
      signal: abort.signal,
    }).catch(() => undefined);
    try {
      const row = await waitFor('the chat completion to be recorded', async () => gw.db('ai_requests').where({ task: 'chat_completion', caller: 'api-key' }).first());
      expect(row).toMatchObject({ status: 'queued', provider_requested: 'openai/mock-ok' });
      expect(row.job_payload.chat).toMatchObject({ messages: [{ role: 'user', content: QUESTION }], tiers: [[{ provider: 'openai', model: 'mock-ok' }], [{ provider: 'claude', model: 'mock-ok' }]], stream: false });
      expect(JSON.stringify(row)).not.toContain('sk-test-openai');
    } finally {
      abort.abort();
      await pending;
    }
  });

  // The door's one rule (docs/security.md): text Postgres cannot store, a lone surrogate or a NUL,
  // is refused before anything is recorded or queued; intake's own 400 for a data error stays as a backstop.
  it('a lone surrogate (valid JSON, refused by jsonb) is refused at the door with 400 unstorable_text, and nothing is queued or recorded', async () => {
    const queued = () => gw.api.queue.getJobCountByTypes('waiting', 'prioritized', 'active', 'delayed');
    const before = await queued();
    const res = await post('/ai/task?wait=false').set('content-type', 'application/json').send('{"task":"summarize","text":"Bus \\ud800 ok. \\ud83d\\ude8c"}');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('unstorable_text');
    expect(await queued()).toBe(before);
  });

  it('a NUL is refused at the door with 400 unstorable_text naming the field, and nothing is queued', async () => {
    const queued = () => gw.api.queue.getJobCountByTypes('waiting', 'prioritized', 'active', 'delayed');
    const before = await queued();
    const res = await post('/ai/task?wait=false').send({ ...TASK, text: 'before\u0000after' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('unstorable_text');
    expect(JSON.stringify(res.body.error)).toContain('text');
    expect(await queued()).toBe(before);
  });
});
