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
