import { createOpenAIAdapter } from '../../../worker/providers/openai';
import { describeErrorCases, REQUEST, type ErrorCase } from '../../providers/helpers/error-cases';
import { fixture, startFake, type FakeServer } from '../../providers/helpers/fake-http';

const KEY = 'sk-test-openai-secret-0123456789abcdef';
const make = (origin: string) => createOpenAIAdapter({ credential: KEY, baseUrl: `${origin}/v1`, model: 'gpt-4o-mini' });

describe('openai adapter (Chat Completions)', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('sends the request the API reference specifies and parses a recorded answer', async () => {
    fake.reply({ status: 200, body: fixture('openai', 'chat-completion'), headers: { 'x-request-id': 'req_8d5e3a1f0c2b4e6a' } });
    const result = await make(fake.url).complete({ ...REQUEST, maxOutputTokens: 300, temperature: 0.2 }, AbortSignal.timeout(5_000));

    const req = fake.last();
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.headers['content-type']).toMatch(/application\/json/);
    expect(req.body).toMatchObject({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: REQUEST.system },
        { role: 'user', content: REQUEST.prompt },
      ],
      max_tokens: 300,
      temperature: 0.2,
    });
    expect(req.body).not.toHaveProperty('stream', true);
    expect(req.body).not.toHaveProperty('response_format');

    expect(result).toEqual({
      text: 'The invoice totals $1,250.00 and is due on 2024-03-31.',
      model: 'gpt-4o-mini-2024-07-18',
      finishReason: 'stop',
      usage: { inputTokens: 1117, outputTokens: 46 },
      latencyMs: expect.any(Number),
      requestId: 'req_8d5e3a1f0c2b4e6a',
    });
  });

  it('asks for JSON mode with response_format json_object and returns the text as sent', async () => {
    fake.reply({ status: 200, body: fixture('openai', 'chat-completion-json') });
    const result = await make(fake.url).complete({ ...REQUEST, responseFormat: 'json' }, AbortSignal.timeout(5_000));
    expect(fake.last().body).toMatchObject({ response_format: { type: 'json_object' } });
    expect(JSON.parse(result.text)).toMatchObject({ decision: 'PASS' });
    expect(result.requestId).toBeUndefined();
  });

  it('uses a per-request model override', async () => {
    fake.reply({ status: 200, body: fixture('openai', 'chat-completion') });
    await make(fake.url).complete({ ...REQUEST, model: 'gpt-4.1-nano' }, AbortSignal.timeout(5_000));
    expect(fake.last().body).toMatchObject({ model: 'gpt-4.1-nano' });
  });
});

const json = (status: number, name: string, headers?: Record<string, string>) => ({ status, body: fixture('openai', name), headers });

const openAIStyleCases: ErrorCase[] = [
  { name: '400 context length', reply: json(400, 'error-context-length'), kind: 'context_length', retryable: false, status: 400, code: 'context_length_exceeded' },
  { name: '400 content filter (flagged prompt)', reply: json(400, 'error-content-filter'), kind: 'content_filter', retryable: false, status: 400 },
  {
    name: '400 content filter (content_filter code)',
    reply: { status: 400, body: { error: { message: 'The response was filtered due to the prompt triggering content management policy.', type: null, param: 'prompt', code: 'content_filter' } } },
    kind: 'content_filter',
    retryable: false,
    status: 400,
  },
  { name: '401', reply: json(401, 'error-401'), kind: 'auth', retryable: false, status: 401, code: 'invalid_api_key' },
  {
    name: '401 echoing the key',
    reply: { status: 401, body: { error: { message: `Incorrect API key provided: ${KEY}.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' } } },
    kind: 'auth',
    retryable: false,
    status: 401,
  },
  { name: '404 model', reply: json(404, 'error-404-model'), kind: 'model_not_found', retryable: false, status: 404, code: 'model_not_found' },
  { name: '429 with Retry-After', reply: json(429, 'error-429', { 'retry-after': '2' }), kind: 'rate_limited', retryable: true, status: 429, retryAfterMs: 2_000 },
  { name: '429 with retry-after-ms', reply: json(429, 'error-429', { 'retry-after-ms': '150' }), kind: 'rate_limited', retryable: true, status: 429, retryAfterMs: 150 },
  { name: '429 without Retry-After', reply: json(429, 'error-429'), kind: 'rate_limited', retryable: true, status: 429 },
  { name: '429 insufficient quota', reply: json(429, 'error-429-quota'), kind: 'auth', retryable: false, status: 429 },
  { name: '500', reply: json(500, 'error-500'), kind: 'server_error', retryable: true, status: 500 },
  { name: '502 with an HTML body', reply: { status: 502, raw: '<html><body>502 Bad Gateway</body></html>' }, kind: 'server_error', retryable: true, status: 502 },
  { name: '503', reply: json(503, 'error-503'), kind: 'overloaded', retryable: true, status: 503 },
  { name: '200 with a body that is not JSON', reply: { status: 200, raw: '{"id":"chatcmpl-1","choices":[{"ind' }, kind: 'malformed_response', retryable: true, status: 200 },
  { name: '200 with JSON in the wrong shape', reply: { status: 200, body: { unexpected: true } }, kind: 'malformed_response', retryable: true, status: 200 },
  { name: '200 emptied by the content filter', reply: json(200, 'content-filtered'), kind: 'content_filter', retryable: false, status: 200 },
  { name: 'connection reset before headers', reply: { reset: true }, kind: 'network', retryable: true },
  { name: 'connection refused', reply: 'refused', kind: 'connection', retryable: false, code: 'ECONNREFUSED' },
  { name: 'a hang past the deadline', reply: { hang: true }, kind: 'timeout', retryable: false, timeoutMs: 200 },
];

describeErrorCases('openai adapter errors (openai-style format)', { key: KEY, makeAdapter: make }, openAIStyleCases);
