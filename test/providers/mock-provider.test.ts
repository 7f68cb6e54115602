import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { parseBehaviour } from '../../tools/mock-provider/behaviour';

type Json = Record<string, unknown>;

const USER_TEXT = 'Summarise the quarterly invoice for ACME Corporation please';

async function chat(mock: MockProvider, model: string, extra: Json = {}, init: { path?: string; signal?: AbortSignal } = {}) {
  const started = Date.now();
  const res = await fetch(`${mock.url}${init.path ?? '/v1/chat/completions'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk-anything' },
    body: JSON.stringify({ model, messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: USER_TEXT }], ...extra }),
    signal: init.signal ?? AbortSignal.timeout(5_000),
  });
  const text = await res.text();
  return { res, text, elapsed: Date.now() - started };
}

async function messages(mock: MockProvider, model: string, path = '/v1/messages', system?: string) {
  const res = await fetch(`${mock.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': 'sk-ant-anything', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({ model, max_tokens: 100, ...(system ? { system } : {}), messages: [{ role: 'user', content: [{ type: 'text', text: 'Hello from the test' }] }] }),
  });
  return { res, body: (await res.json()) as Json };
}

describe('mock provider', () => {
  let mock: MockProvider;
  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
  });
  afterAll(async () => {
    await mock.close();
  });
  beforeEach(() => mock.reset());

  it('answers OpenAI Chat Completions with an echo, usage, model and a request id', async () => {
    const { res, text } = await chat(mock, 'mock-ok');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/^req_mock/);
    const body = JSON.parse(text) as Json;
    expect(body).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-mock/),
      object: 'chat.completion',
      model: 'mock-ok',
      choices: [{ index: 0, message: { role: 'assistant', content: `mock answer: ${USER_TEXT.slice(0, 40)}` }, finish_reason: 'stop' }],
      usage: { prompt_tokens: expect.any(Number), completion_tokens: expect.any(Number), total_tokens: expect.any(Number) },
    });
  });

  it('treats any model not starting with mock- as healthy, and serves /chat/completions too', async () => {
    const { res, text } = await chat(mock, 'gpt-4o-mini', {}, { path: '/chat/completions' });
    expect(res.status).toBe(200);
    expect(JSON.parse(text)).toMatchObject({ model: 'gpt-4o-mini' });
  });

  it('answers a JSON object in JSON mode', async () => {
    const { text } = await chat(mock, 'mock-ok', { response_format: { type: 'json_object' } });
    const content = ((JSON.parse(text) as { choices: { message: { content: string } }[] }).choices[0]?.message.content) ?? '';
    expect(JSON.parse(content)).toEqual({ decision: 'PASS', reasons: ['mock'], evidence: [] });
  });

  it('answers Anthropic Messages on /v1/messages and /anthropic/v1/messages', async () => {
    for (const path of ['/v1/messages', '/anthropic/v1/messages']) {
      const { res, body } = await messages(mock, 'mock-ok', path);
      expect(res.status).toBe(200);
      expect(res.headers.get('request-id')).toMatch(/^req_mock/);
      expect(body).toMatchObject({
        type: 'message',
        role: 'assistant',
        model: 'mock-ok',
        content: [{ type: 'text', text: 'mock answer: Hello from the test' }],
        stop_reason: 'end_turn',
        usage: { input_tokens: expect.any(Number), output_tokens: expect.any(Number) },
      });
    }
    const json = await messages(mock, 'mock-ok', '/v1/messages', 'Answer only with JSON.');
    expect(json.body).toMatchObject({ content: [{ type: 'text', text: '{"decision":"PASS","reasons":["mock"],"evidence":[]}' }] });
  });

  it('waits a fixed latency', async () => {
    const { res, elapsed } = await chat(mock, 'mock-latency-200');
    expect(res.status).toBe(200);
    expect(elapsed).toBeGreaterThanOrEqual(190);
  });

  it('answers any status, with Retry-After or retry-after-ms when asked, in each format', async () => {
    const plain = await chat(mock, 'mock-status-503');
    expect(plain.res.status).toBe(503);
    expect(plain.res.headers.get('retry-after')).toBeNull();
    expect(JSON.parse(plain.text)).toMatchObject({ error: { type: 'server_error' } });

    const limited = await chat(mock, 'mock-status-429-retry-2');
    expect(limited.res.status).toBe(429);
    expect(limited.res.headers.get('retry-after')).toBe('2');
    expect(JSON.parse(limited.text)).toMatchObject({ error: { code: 'rate_limit_exceeded' } });

    const ms = await chat(mock, 'mock-status-429-retry-ms-150');
    expect(ms.res.headers.get('retry-after-ms')).toBe('150');

    const overloaded = await messages(mock, 'mock-status-529');
    expect(overloaded.res.status).toBe(529);
    expect(overloaded.body).toEqual({ type: 'error', error: { type: 'overloaded_error', message: expect.any(String) } });
  });

  it('answers context-length and content-filter rejections', async () => {
    const long = await chat(mock, 'mock-context-length');
    expect(long.res.status).toBe(400);
    expect(JSON.parse(long.text)).toMatchObject({ error: { code: 'context_length_exceeded' } });
    const filtered = await messages(mock, 'mock-content-filter');
    expect(filtered.res.status).toBe(400);
    expect(filtered.body).toMatchObject({ error: { message: 'Output blocked by content filtering policy' } });
  });

  it('hangs until the client gives up', async () => {
    const started = Date.now();
    await expect(chat(mock, 'mock-hang', {}, { signal: AbortSignal.timeout(200) })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('resets the connection before any header', async () => {
    await expect(chat(mock, 'mock-reset')).rejects.toThrow(/fetch failed/);
  });

  it('sends a truncated JSON body and an invalid JSON body with status 200', async () => {
    const truncated = await chat(mock, 'mock-truncated');
    expect(truncated.res.status).toBe(200);
    expect(truncated.text.startsWith('{"id":"chatcmpl-mock')).toBe(true);
    expect(() => JSON.parse(truncated.text)).toThrow();
    const invalid = await chat(mock, 'mock-invalid-json');
    expect(invalid.res.status).toBe(200);
    expect(() => JSON.parse(invalid.text)).toThrow();
  });

  it('fails the first N calls per model name, then is healthy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await chat(mock, 'mock-fail-first-3')).res.status);
    expect(statuses).toEqual([503, 503, 503, 200, 200]);
    expect((await chat(mock, 'mock-fail-first-1+status-500')).res.status).toBe(500);
    await expect(chat(mock, 'mock-fail-first-1+reset', {}, {})).rejects.toThrow(/fetch failed/);
    expect((await chat(mock, 'mock-fail-first-1+reset')).res.status).toBe(200);
  });

  it('combines latency and failure with +', async () => {
    const { res, elapsed } = await chat(mock, 'mock-latency-100+fail-rate-1');
    expect(res.status).toBe(503);
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect((await chat(mock, 'mock-fail-rate-0')).res.status).toBe(200);
  });

  it('rejects an unknown directive with a 400 naming it', async () => {
    const { res, text } = await chat(mock, 'mock-explode');
    expect(res.status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ error: { message: expect.stringContaining('unknown mock directive "explode"') } });
  });

  it('lists models, streams when asked, and counts per model and per path until reset', async () => {
    const models = (await (await fetch(`${mock.url}/v1/models`)).json()) as { object: string; data: { id: string }[] };
    expect(models.object).toBe('list');
    expect(models.data.map((m) => m.id)).toContain('mock-ok');

    const stream = await chat(mock, 'mock-ok', { stream: true });
    expect(stream.res.headers.get('content-type')).toBe('text/event-stream');
    expect(stream.text).toContain('"object":"chat.completion.chunk"');
    expect(stream.text.trim().endsWith('data: [DONE]')).toBe(true);

    await chat(mock, 'mock-ok');
    await messages(mock, 'mock-latency-1');
    const counts = (await (await fetch(`${mock.url}/__mock/counts`)).json()) as Json;
    expect(counts).toEqual({
      total: 4,
      byModel: { 'mock-ok': 2, 'mock-latency-1': 1 },
      byPath: { '/v1/models': 1, '/v1/chat/completions': 2, '/v1/messages': 1 },
    });
    expect(mock.counts.total).toBe(4);

    expect((await fetch(`${mock.url}/__mock/reset`, { method: 'POST' })).status).toBe(200);
    expect(mock.counts).toEqual({ total: 0, byModel: {}, byPath: {} });
  });
});

describe('mock provider: embeddings, request log, liveness', () => {
  let mock: MockProvider;
  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
  });
  afterAll(async () => {
    await mock.close();
  });
  beforeEach(() => mock.reset());

  const embeddings = async (body: Json) => {
    const res = await fetch(`${mock.url}/v1/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as Json & { data: { object: string; index: number; embedding: number[] | string }[]; usage: Json } };
  };

  it('answers OpenAI embeddings: a unit vector per input, dimensions, usage, float or little-endian float32 base64', async () => {
    const floats = await embeddings({ model: 'mock-ok', input: ['alpha', 'beta'], dimensions: 6 });
    expect(floats.status).toBe(200);
    expect(floats.body).toMatchObject({ object: 'list', model: 'mock-ok', usage: { prompt_tokens: expect.any(Number), total_tokens: expect.any(Number) } });
    expect(floats.body.data.map((d) => [d.object, d.index, (d.embedding as number[]).length])).toEqual([['embedding', 0, 6], ['embedding', 1, 6]]);
    const alpha = floats.body.data[0]?.embedding as number[];
    expect(Math.hypot(...alpha)).toBeCloseTo(1, 5);
    const single = await embeddings({ model: 'mock-ok', input: 'alpha', dimensions: 6, encoding_format: 'base64' });
    const bytes = Buffer.from(single.body.data[0]?.embedding as string, 'base64');
    expect(Array.from({ length: 6 }, (_, i) => bytes.readFloatLE(i * 4))).toEqual(alpha);
    expect(((await embeddings({ model: 'mock-ok', input: 'alpha' })).body.data[0]?.embedding as number[]).length).toBe(1536);
  });

  it.each([
    ['no input', { model: 'mock-ok' }, 'input'],
    ['an empty input list', { model: 'mock-ok', input: [] }, 'input'],
    ['an empty string', { model: 'mock-ok', input: ['ok', ''] }, 'input'],
    ['dimensions 0', { model: 'mock-ok', input: 'x', dimensions: 0 }, 'dimensions'],
    ['an unknown encoding', { model: 'mock-ok', input: 'x', encoding_format: 'int8' }, 'encoding_format'],
  ])('refuses embeddings with %s: a 400 naming the field', async (_name, body, param) => {
    const { status, body: answer } = await embeddings(body);
    expect(status).toBe(400);
    expect(answer).toEqual({ error: { message: expect.any(String), type: 'invalid_request_error', param, code: 'invalid_value' } });
  });

  it('applies fault directives to embeddings and counts them per model and path', async () => {
    expect((await embeddings({ model: 'mock-status-503', input: 'x' })).status).toBe(503);
    expect((await embeddings({ model: 'mock-fail-first-1', input: 'x' })).status).toBe(503);
    expect((await embeddings({ model: 'mock-fail-first-1', input: 'x' })).status).toBe(200);
    expect(mock.counts).toEqual({ total: 3, byModel: { 'mock-status-503': 1, 'mock-fail-first-1': 2 }, byPath: { '/v1/embeddings': 3 } });
  });

  it('logs the last requests with their bodies and credentials redacted, until reset', async () => {
    const headers = { 'content-type': 'application/json', authorization: 'Bearer sk-secret-1', 'x-api-key': 'sk-ant-secret-2', 'x-goog-api-key': 'AIza-secret-3', 'x-trace': 'kept' };
    await fetch(`${mock.url}/v1/chat/completions`, { method: 'POST', headers, body: JSON.stringify({ model: 'mock-ok', messages: [{ role: 'user', content: 'first' }] }) });
    await fetch(`${mock.url}/v1beta/models/mock-ok:generateContent?alt=json`, { method: 'POST', headers, body: JSON.stringify({ contents: [{ parts: [{ text: 'second' }] }] }) });
    await fetch(`${mock.url}/v1/messages`, { method: 'POST', headers, body: 'not json' });
    const log = (await (await fetch(`${mock.url}/__mock/requests?limit=2`)).json()) as { requests: Json[] };
    expect(log.requests).toEqual([
      expect.objectContaining({ seq: 2, method: 'POST', path: '/v1beta/models/mock-ok:generateContent', query: { alt: 'json' }, body: { contents: [{ parts: [{ text: 'second' }] }] } }),
      expect.objectContaining({ seq: 3, path: '/v1/messages', body: 'not json' }),
    ]);
    const logged = JSON.stringify(mock.requests());
    expect(logged).not.toMatch(/secret/);
    expect(log.requests[0]?.headers).toMatchObject({ authorization: '[redacted]', 'x-api-key': '[redacted]', 'x-goog-api-key': '[redacted]', 'x-trace': 'kept' });
    expect(mock.requests()).toHaveLength(3);
    expect((await fetch(`${mock.url}/__mock/requests?limit=many`)).status).toBe(400);
    await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
    expect(((await (await fetch(`${mock.url}/__mock/requests`)).json()) as { requests: Json[] }).requests).toEqual([]);
  });

  it('a provider that accepts a call and never answers: hang, stall-after and stall-at-end, streamed or not', async () => {
    for (const model of ['mock-hang', 'mock-stall-after-1', 'mock-stall-at-end']) {
      await expect(chat(mock, model, {}, { signal: AbortSignal.timeout(300) })).rejects.toMatchObject({ name: 'TimeoutError' });
    }
    // Streamed, a hang sends no header at all; a stall sends the headers and some chunks, then nothing.
    await expect(chat(mock, 'mock-hang', { stream: true }, { signal: AbortSignal.timeout(300) })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(mock.requests().map((r) => (r.body as Json).model)).toEqual(['mock-hang', 'mock-stall-after-1', 'mock-stall-at-end', 'mock-hang']);
  });

  it('a non-streamed answer takes as long as the stream would: first-token, then chunk-delay per word', async () => {
    const late = await chat(mock, 'mock-first-token-300');
    expect(late.res.status).toBe(200);
    expect(late.elapsed).toBeGreaterThanOrEqual(290);
    const paced = await chat(mock, 'mock-words-4+chunk-delay-100');
    expect(JSON.parse(paced.text)).toMatchObject({ choices: [{ message: { content: 'mock answer: Summarise the' } }] });
    expect(paced.elapsed).toBeGreaterThanOrEqual(290); // three pauses between four words
  });
});

describe('mock provider randomness', () => {
  it('draws random latency in the range and fails at the given rate', async () => {
    const draws = [0.5, 0.1, 0.9, 0.2, 0.5];
    const mock = await startMockProvider({ port: 0, random: () => draws.shift() ?? 0.99 });
    try {
      const { elapsed } = await chat(mock, 'mock-latency-50-300');
      expect(elapsed).toBeGreaterThanOrEqual(170); // 50 + 0.5 × 250
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await chat(mock, 'mock-fail-rate-0.3')).res.status);
      expect(statuses).toEqual([503, 200, 503, 200]);
    } finally {
      await mock.close();
    }
  });

  it('parses the grammar', () => {
    expect(parseBehaviour('mock-latency-50-300+fail-rate-0.3+status-429-retry-2')).toEqual({
      ok: true,
      behaviour: { latency: { min: 50, max: 300 }, failRate: 0.3, failure: { kind: 'status', status: 429, retryAfterSeconds: 2 } },
    });
    expect(parseBehaviour('llama3.2')).toEqual({ ok: true, behaviour: {} });
    expect(parseBehaviour('mock-status-200')).toMatchObject({ ok: false });
    expect(parseBehaviour('mock-fail-rate-1.5')).toMatchObject({ ok: false });
    expect(parseBehaviour('mock-latency-300-50')).toMatchObject({ ok: false });
  });
});
