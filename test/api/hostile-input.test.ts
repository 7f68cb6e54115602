/**
 * Hostile input through the real HTTP stack: every case asserts the status and the error code
 * (null where the right answer is to accept the request), and that the one error shape carries
 * the request id and no stack trace.
 */
import request from 'supertest';
import { ApiKeyStore } from '../../shared/api-key-store';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { createKey, type TestKey } from './helpers';

interface Keys {
  tenantA: TestKey;
  tenantB: TestKey;
  historyOnly: TestKey;
  revoked: TestKey;
  burst: TestKey;
}

interface Case {
  name: string;
  send(gw: TestGateway, keys: Keys, taskOfA: string): Promise<request.Response>;
  status: number;
  code: string | null;
}

const VALID = { task: 'summarize', text: 'The council met. It approved the budget.' };
const SQL = "' OR 1=1; DROP TABLE ai_requests; --";

const as = (key: TestKey) => ({ 'X-API-Key': key.key });
const postTask = (gw: TestGateway, key: TestKey, body: string | object, type = 'application/json') =>
  request(gw.url)
    .post('/ai/task?wait=false')
    .set(as(key))
    .set('Content-Type', type)
    .send(typeof body === 'string' ? body : JSON.stringify(body));
const history = (gw: TestGateway, keys: Keys, query: string) => request(gw.url).get(`/history?${query}`).set(as(keys.tenantA));

const CASES: Case[] = [
  // Malformed and wrong-shaped bodies
  { name: 'malformed JSON', send: (gw, k) => postTask(gw, k.tenantA, '{"task": "summarize", '), status: 400, code: 'invalid_json' },
  { name: 'JSON with a trailing comma', send: (gw, k) => postTask(gw, k.tenantA, '{"task":"summarize","text":"x",}'), status: 400, code: 'invalid_json' },
  { name: 'a bare JSON string', send: (gw, k) => postTask(gw, k.tenantA, '"summarize"'), status: 400, code: 'invalid_json' },
  { name: 'a JSON array', send: (gw, k) => postTask(gw, k.tenantA, [VALID]), status: 400, code: 'invalid_request' },
  { name: 'task as a number', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, task: 42 }), status: 400, code: 'invalid_request' },
  { name: 'text as an object', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, text: { $gt: '' } }), status: 400, code: 'invalid_request' },
  { name: 'options as a string', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, options: 'all' }), status: 400, code: 'invalid_request' },
  { name: 'an extra field', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, admin: true }), status: 400, code: 'invalid_request' },
  {
    name: 'a __proto__ key (prototype pollution attempt)',
    send: (gw, k) => postTask(gw, k.tenantA, '{"task":"summarize","text":"x","__proto__":{"admin":true}}'),
    status: 400,
    code: 'invalid_request',
  },
  { name: 'an empty text', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, text: '' }), status: 400, code: 'invalid_request' },
  { name: 'an empty task', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, task: '' }), status: 400, code: 'invalid_request' },
  { name: 'an empty body', send: (gw, k) => postTask(gw, k.tenantA, '{}'), status: 400, code: 'invalid_request' },
  { name: 'text over MAX_TEXT_CHARS', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, text: 'é'.repeat(501) }), status: 400, code: 'invalid_request' },
  { name: 'a body over MAX_BODY_BYTES (1 MB)', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, text: 'a'.repeat(1_100_000) }), status: 413, code: 'payload_too_large' },
  { name: '400,000 nested arrays as text', send: (gw, k) => postTask(gw, k.tenantA, `{"task":"summarize","text":${'['.repeat(400_000)}${']'.repeat(400_000)}}`), status: 400, code: 'invalid_request' },
  { name: '150,000 nested objects as options', send: (gw, k) => postTask(gw, k.tenantA, `{"task":"summarize","text":"x","options":${'{"a":'.repeat(150_000)}1${'}'.repeat(150_000)}}`), status: 400, code: 'invalid_options' },
  { name: '50,000 fields', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, ...Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`f${i}`, i])) }), status: 400, code: 'invalid_request' },
  // Unicode and control characters
  { name: 'a task name with a right-to-left override', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, task: 'summarize\u202e' }), status: 400, code: 'unknown_task' },
  { name: 'a provider name with a NUL byte', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, provider: 'local\u0000' }), status: 400, code: 'unstorable_text' },
  { name: 'text of emoji and control characters (accepted)', send: (gw, k) => postTask(gw, k.tenantA, '{"task":"summarize","text":"🚌 Bus \\u0007\\u001b[31m \\ud83d\\ude8c ok."}'), status: 202, code: null },
  // Text Postgres cannot store: one rule, refused at the door (docs/security.md)
  { name: 'a NUL in text', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, text: 'One.\u0000Two.' }), status: 400, code: 'unstorable_text' },
  { name: 'a lone surrogate in text', send: (gw, k) => postTask(gw, k.tenantA, '{"task":"summarize","text":"Bus \\ud800 ok."}'), status: 400, code: 'unstorable_text' },
  { name: 'a NUL in an option key', send: (gw, k) => postTask(gw, k.tenantA, '{"task":"summarize","text":"x","options":{"max\\u0000sentences":2}}'), status: 400, code: 'unstorable_text' },
  // Bodies and URLs that cannot be decoded
  { name: 'a corrupt gzip body', send: (gw, k) => postTask(gw, k.tenantA, 'this is not gzip').set('Content-Encoding', 'gzip'), status: 400, code: 'undecodable_body' },
  { name: 'an unsupported Content-Encoding', send: (gw, k) => postTask(gw, k.tenantA, VALID).set('Content-Encoding', 'x-custom'), status: 415, code: 'unsupported_content_encoding' },
  { name: 'bad %-encoding in a task id', send: (gw, k) => request(gw.url).get('/ai/task/%E0%A4%A').set(as(k.tenantA)), status: 400, code: 'invalid_path' },
  { name: 'bad %-encoding in a task name', send: (gw, k) => request(gw.url).get('/ai/tasks/%E0%A4%A').set(as(k.tenantA)), status: 400, code: 'invalid_path' },
  { name: 'a non-UTF-8 charset', send: (gw, k) => postTask(gw, k.tenantA, JSON.stringify(VALID), 'application/json; charset=latin1'), status: 415, code: 'unsupported_media_type' },
  { name: 'an Idempotency-Key with non-ASCII bytes', send: (gw, k) => request(gw.url).post('/ai/task').set(as(k.tenantA)).set('Idempotency-Key', 'clé-1').send(VALID), status: 400, code: 'invalid_idempotency_key' },
  // SQL-like strings in every history filter
  { name: 'SQL in the status filter', send: (gw, k) => history(gw, k, `status=${encodeURIComponent(SQL)}`), status: 400, code: 'invalid_query' },
  { name: 'SQL in the provider filter', send: (gw, k) => history(gw, k, `provider=${encodeURIComponent(SQL)}`), status: 400, code: 'invalid_query' },
  { name: 'SQL in the task filter', send: (gw, k) => history(gw, k, `task=${encodeURIComponent(SQL)}`), status: 400, code: 'invalid_query' },
  { name: 'SQL in the model filter', send: (gw, k) => history(gw, k, `model=${encodeURIComponent(SQL)}`), status: 400, code: 'invalid_query' },
  { name: 'SQL in the finish_reason filter', send: (gw, k) => history(gw, k, `finish_reason=${encodeURIComponent(SQL)}`), status: 400, code: 'invalid_query' },
  { name: 'SQL in the has_notes filter', send: (gw, k) => history(gw, k, `has_notes=${encodeURIComponent(SQL)}`), status: 400, code: 'invalid_query' },
  { name: 'SQL in the tool_calls filter', send: (gw, k) => history(gw, k, `tool_calls=${encodeURIComponent(SQL)}`), status: 400, code: 'invalid_query' },
  { name: 'SQL in the since filter', send: (gw, k) => history(gw, k, `since=${encodeURIComponent(`2026-01-01T00:00:00Z${SQL}`)}`), status: 400, code: 'invalid_query' },
  { name: 'SQL in the cursor', send: (gw, k) => history(gw, k, `cursor=${encodeURIComponent(SQL)}`), status: 400, code: 'invalid_query' },
  { name: 'SQL in the limit', send: (gw, k) => history(gw, k, `limit=${encodeURIComponent(`1; ${SQL}`)}`), status: 400, code: 'invalid_query' },
  { name: 'a repeated filter (parameter pollution)', send: (gw, k) => history(gw, k, 'status=error&status=success'), status: 400, code: 'invalid_query' },
  { name: 'an unknown history parameter', send: (gw, k) => history(gw, k, 'caller=someone-else'), status: 400, code: 'invalid_query' },
  // Unknown task and provider
  { name: 'an unknown task', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, task: 'launch_missiles' }), status: 400, code: 'unknown_task' },
  { name: 'an unknown provider', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, provider: 'skynet' }), status: 400, code: 'unknown_provider' },
  { name: 'a provider without a key', send: (gw, k) => postTask(gw, k.tenantA, { ...VALID, provider: 'openai' }), status: 400, code: 'provider_not_configured' },
  // Keys and scopes
  { name: 'no key', send: (gw) => request(gw.url).post('/ai/task').send(VALID), status: 401, code: 'missing_api_key' },
  { name: 'a wrong key', send: (gw) => request(gw.url).post('/ai/task').set('X-API-Key', 'aigw_guess').send(VALID), status: 401, code: 'invalid_api_key' },
  { name: 'a revoked key', send: (gw, k) => postTask(gw, k.revoked, VALID), status: 401, code: 'invalid_api_key' },
  { name: 'a wrong Bearer token', send: (gw) => request(gw.url).get('/history').set('Authorization', 'Bearer aigw_guess'), status: 401, code: 'invalid_api_key' },
  { name: 'Basic auth instead of a key', send: (gw) => request(gw.url).get('/history').set('Authorization', 'Basic YWRtaW46YWRtaW4='), status: 401, code: 'missing_api_key' },
  { name: 'an 8 KB key', send: (gw) => request(gw.url).get('/history').set('X-API-Key', 'k'.repeat(8192)), status: 401, code: 'invalid_api_key' },
  { name: 'a key without the tasks scope', send: (gw, k) => postTask(gw, k.historyOnly, VALID), status: 403, code: 'insufficient_scope' },
  { name: 'a key without the history scope', send: (gw, k) => request(gw.url).get('/history').set(as(k.tenantB)), status: 403, code: 'insufficient_scope' },
  { name: 'cleanup without the history scope', send: (gw, k) => request(gw.url).post('/history/cleanup').set(as(k.tenantB)), status: 403, code: 'insufficient_scope' },
  { name: "another tenant's task id", send: (gw, k, taskOfA) => request(gw.url).get(`/ai/task/${taskOfA}`).set(as(k.tenantB)), status: 404, code: 'task_not_found' },
  { name: 'SQL as a task id', send: (gw, k) => request(gw.url).get(`/ai/task/${encodeURIComponent(SQL)}`).set(as(k.tenantA)), status: 404, code: 'task_not_found' },
  // Over-limit bursts
  {
    name: 'a burst over the per-key limit',
    send: async (gw, k) => {
      for (let i = 0; i < 3; i += 1) expect((await postTask(gw, k.burst, VALID)).status).toBe(202);
      return postTask(gw, k.burst, VALID);
    },
    status: 429,
    code: 'rate_limited',
  },
  // Wrong methods, content types and paths
  { name: 'GET on POST /ai/task', send: (gw, k) => request(gw.url).get('/ai/task').set(as(k.tenantA)), status: 405, code: 'method_not_allowed' },
  { name: 'DELETE on a task', send: (gw, k, taskOfA) => request(gw.url).delete(`/ai/task/${taskOfA}`).set(as(k.tenantA)), status: 405, code: 'method_not_allowed' },
  { name: 'PUT on /history', send: (gw, k) => request(gw.url).put('/history').set(as(k.tenantA)).send({}), status: 405, code: 'method_not_allowed' },
  { name: 'a form-encoded body', send: (gw, k) => postTask(gw, k.tenantA, 'task=summarize&text=x', 'application/x-www-form-urlencoded'), status: 415, code: 'unsupported_media_type' },
  { name: 'a text/plain body', send: (gw, k) => postTask(gw, k.tenantA, JSON.stringify(VALID), 'text/plain'), status: 415, code: 'unsupported_media_type' },
  { name: 'a multipart body', send: (gw, k) => postTask(gw, k.tenantA, '--x\r\n\r\n--x--', 'multipart/form-data; boundary=x'), status: 415, code: 'unsupported_media_type' },
  { name: 'an unknown path', send: (gw, k) => request(gw.url).get('/ai/taskz').set(as(k.tenantA)), status: 404, code: 'not_found' },
  { name: 'a path traversal under /docs', send: (gw, k) => request(gw.url).get('/docs/..%2f..%2fpackage.json').set(as(k.tenantA)), status: 404, code: 'not_found' },
  { name: 'an unknown path without a key', send: (gw) => request(gw.url).get('/etc/passwd'), status: 401, code: 'missing_api_key' },
];

describe('hostile input', () => {
  let gw: TestGateway;
  let keys: Keys;
  let taskOfA: string;

  beforeAll(async () => {
    gw = await startTestGateway({
      env: { MAX_TEXT_CHARS: '500', AUTH_CACHE_SECONDS: '0' },
      withWorker: false,
    });
    keys = {
      tenantA: await createKey(gw.db, 'tenant-a', ['tasks', 'history']),
      tenantB: await createKey(gw.db, 'tenant-b', ['tasks']),
      historyOnly: await createKey(gw.db, 'auditor', ['history']),
      revoked: await createKey(gw.db, 'former', ['tasks']),
      burst: await createKey(gw.db, 'bursty', ['tasks'], 3),
    };
    await new ApiKeyStore(gw.db).revoke('former');
    taskOfA = (await postTask(gw, keys.tenantA, VALID)).body.task_id;
  });
  afterAll(async () => {
    await gw.stop();
  });

  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const res = await c.send(gw, keys, taskOfA);
    expect({ status: res.status, code: res.body?.error?.code ?? null }).toEqual({ status: c.status, code: c.code });
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
    if (c.code) {
      expect(res.body.error).toMatchObject({ message: expect.any(String), request_id: res.headers['x-request-id'] });
      expect(JSON.stringify(res.body)).not.toMatch(/\bat .+\.(ts|js):\d+/);
    }
  });
});
