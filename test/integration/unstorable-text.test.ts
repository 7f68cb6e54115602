/**
 * Text Postgres cannot store (NUL, unpaired surrogates): refused at the door with 400 naming the
 * field, on the gateway's routes and under /v1; and a provider answer holding NUL fails its task
 * at once with `unstorable_result` (one provider call, no retry, no delayed job).
 */
import request from 'supertest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { scriptedProvider } from '../helpers/fake-providers';

describe('text Postgres cannot store', () => {
  let gw: TestGateway;
  const nulBot = scriptedProvider('nulbot', [{ ok: 'a summary\u0000with a NUL in it' }]);

  beforeAll(async () => {
    gw = await startTestGateway({ providers: [nulBot], env: { SYNC_WAIT_MS: '20000' } });
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('refuses NUL in text with 400 unstorable_text naming the field', async () => {
    const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: 'One.\u0000Two.' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'unstorable_text',
      message: 'text: the text holds a NUL character (U+0000), which cannot be stored',
      details: [{ field: 'text' }],
    });
  });

  it('refuses an unpaired surrogate deep in options, naming its path', async () => {
    const body = '{"task":"classify","text":"x","options":{"labels":["ok","bad\\udc00"]}}';
    const res = await request(gw.url).post('/ai/task').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('unstorable_text');
    expect(res.body.error.details).toEqual([{ field: 'options.labels.1', message: expect.stringContaining('unpaired UTF-16 surrogate') }]);
  });

  it('refuses NUL in a key', async () => {
    const body = '{"task":"classify","text":"x","options":{"a\\u0000b":1}}';
    const res = await request(gw.url).post('/ai/task').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('options.a\\u0000b');
  });

  it('accepts a well-formed emoji pair and control characters other than NUL', async () => {
    const res = await request(gw.url).post('/ai/task?wait=false').set('Content-Type', 'application/json').send('{"task":"summarize","text":"🚌 \\ud83d\\ude8c bus \\u0007."}');
    expect(res.status).toBe(202);
  });

  it('refuses NUL under /v1 in OpenAI shape with param naming the field', async () => {
    const res = await request(gw.url)
      .post('/v1/chat/completions')
      .send({ model: 'auto', messages: [{ role: 'user', content: 'hi\u0000' }] });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: { message: expect.stringContaining('messages.0.content'), type: 'invalid_request_error', param: 'messages.0.content', code: 'unstorable_text' },
    });
  });

  it('fails a task whose answer holds NUL at once: one call, 500 unstorable_result, an error row, a completed job', async () => {
    const res = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: 'One. Two.', provider: 'nulbot' });
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('unstorable_result');
    const taskId = res.body.error.details.task_id as string;
    expect(nulBot.calls).toHaveLength(1);
    const row = await gw.db('ai_requests').where({ task_id: taskId }).first();
    expect(row).toMatchObject({ status: 'error', error_code: 'unstorable_result', result: null });
    const job = await gw.api.queue.getJob(taskId);
    expect(await job?.getState()).toBe('completed');
    expect(job?.attemptsMade).toBe(1);
  });
});
