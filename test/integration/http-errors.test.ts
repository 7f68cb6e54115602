/** Every bad input gets the one error shape, a named code and a clear status. */
import request from 'supertest';
import { startTestGateway, type TestGateway } from '../helpers/gateway';

describe('request errors', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { MAX_BODY_BYTES: '2048', MAX_TEXT_CHARS: '500' } });
  });
  afterAll(async () => {
    await gw.stop();
  });

  const post = (body: string, type = 'application/json') => request(gw.url).post('/ai/task').set('Content-Type', type).send(body);

  it('400 invalid_json for malformed JSON', async () => {
    const res = await post('{"task": "summarize", ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'invalid_json', message: 'the body is not valid JSON', request_id: expect.any(String) } });
  });

  it('400 invalid_request listing each bad field', async () => {
    const res = await post(JSON.stringify({ task: 5, text: '', options: 'x', extra: true }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    const fields = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['task', 'text', 'options', '(body)']));
  });

  it('400 for a JSON body that is not an object', async () => {
    const res = await post('[1,2,3]');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
  });

  it('400 when text is longer than MAX_TEXT_CHARS', async () => {
    const res = await post(JSON.stringify({ task: 'summarize', text: 'a'.repeat(501) }));
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]).toMatchObject({ field: 'text', message: 'text is longer than 500 characters' });
  });

  it('400 unknown_task listing the known tasks', async () => {
    const res = await post(JSON.stringify({ task: 'poetry', text: 'x' }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('unknown_task');
    expect(res.body.error.details.known_tasks).toEqual(expect.arrayContaining(['summarize', 'invoice_check', 'document_review']));
  });

  it('400 invalid_options naming the bad option', async () => {
    const res = await post(JSON.stringify({ task: 'summarize', text: 'x', options: { max_sentences: 'three' } }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_options');
    expect(res.body.error.details[0].field).toBe('max_sentences');
  });

  it('400 unknown_provider listing the known providers', async () => {
    const res = await post(JSON.stringify({ task: 'summarize', text: 'x', provider: 'skynet' }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('unknown_provider');
    expect(res.body.error.details.known_providers).toEqual(expect.arrayContaining(['auto', 'local', 'openai']));
  });

  it('400 provider_not_configured for a known provider without a key', async () => {
    const res = await post(JSON.stringify({ task: 'summarize', text: 'x', provider: 'openai' }));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('provider_not_configured');
  });

  it('415 for a non-JSON content type', async () => {
    const res = await post('task=summarize', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('413 past the body limit', async () => {
    const res = await post(JSON.stringify({ task: 'summarize', text: 'a'.repeat(4096) }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('404 not_found for an unknown route', async () => {
    const res = await request(gw.url).get('/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('400 for an unusable Idempotency-Key', async () => {
    const res = await request(gw.url).post('/ai/task').set('Idempotency-Key', 'x'.repeat(300)).send({ task: 'summarize', text: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_idempotency_key');
  });

  it('echoes a caller X-Request-Id and generates one otherwise', async () => {
    const given = await request(gw.url).get('/health').set('X-Request-Id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
    const generated = await request(gw.url).get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('/health and /ready answer 200 when Redis and Postgres are up', async () => {
    expect((await request(gw.url).get('/health')).body).toEqual({ status: 'ok' });
    const ready = await request(gw.url).get('/ready');
    expect(ready.status).toBe(200);
    // Persistence is reported (the shared test Redis's own settings), never a reason to fail.
    expect(ready.body).toEqual({ status: 'ready', checks: { redis: 'up', postgres: 'up' }, redis_persistence: expect.objectContaining({ mode: expect.stringMatching(/^(aof|rdb|off|unknown)$/) }) });
  });
});

describe('API_KEY', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ env: { API_KEY: 'secret-key-123' } });
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('401 missing_api_key without a key, 401 invalid_api_key with a wrong one', async () => {
    const missing = await request(gw.url).post('/ai/task').send({ task: 'summarize', text: 'x' });
    expect(missing.status).toBe(401);
    expect(missing.body.error.code).toBe('missing_api_key');
    const wrong = await request(gw.url).post('/ai/task').set('X-API-Key', 'nope').send({ task: 'summarize', text: 'x' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_api_key');
  });

  it('accepts the key in X-API-Key or as a Bearer token', async () => {
    const viaHeader = await request(gw.url).post('/ai/task?wait=false').set('X-API-Key', 'secret-key-123').send({ task: 'summarize', text: 'Hello there.' });
    expect(viaHeader.status).toBe(202);
    const viaBearer = await request(gw.url).get(`/ai/task/${viaHeader.body.task_id}`).set('Authorization', 'Bearer secret-key-123');
    expect(viaBearer.status).toBe(200);
  });

  it('keeps /health open', async () => {
    expect((await request(gw.url).get('/health')).status).toBe(200);
  });
});
