import { createClaudeAdapter } from '../../../worker/providers/claude';
import { describeErrorCases, REQUEST, type ErrorCase } from '../../providers/helpers/error-cases';
import { fixture, startFake, type FakeServer } from '../../providers/helpers/fake-http';

const KEY = 'sk-ant-api03-test-secret-0123456789abcdef';
const make = (origin: string) => createClaudeAdapter({ credential: KEY, baseUrl: `${origin}/v1`, model: 'claude-sonnet-4-5' });

describe('claude adapter (Anthropic Messages API)', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('sends x-api-key, anthropic-version and a Messages body, and parses a recorded answer', async () => {
    fake.reply({ status: 200, body: fixture('claude', 'message'), headers: { 'request-id': 'req_011CSHoEeqs5C35K2UUqR7Fy' } });
    const result = await make(fake.url).complete({ ...REQUEST, maxOutputTokens: 512 }, AbortSignal.timeout(5_000));

    const req = fake.last();
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/messages');
    expect(req.headers['x-api-key']).toBe(KEY);
    expect(req.headers['anthropic-version']).toBe('2023-06-01');
    expect(req.headers.authorization).toBeUndefined();
    expect(req.body).toMatchObject({
      model: 'claude-sonnet-4-5',
      max_tokens: 512,
      system: [{ type: 'text', text: REQUEST.system }],
      messages: [{ role: 'user', content: [{ type: 'text', text: REQUEST.prompt }] }],
    });

    expect(result).toEqual({
      text: 'The invoice totals $1,250.00 and is due on 2024-03-31.',
      model: 'claude-sonnet-4-5-20250929',
      finishReason: 'stop',
      usage: { inputTokens: 2095, outputTokens: 503 },
      latencyMs: expect.any(Number),
      requestId: 'req_011CSHoEeqs5C35K2UUqR7Fy',
    });
  });

  it('sends a JSON-mode request unchanged (the Messages API has no schema-less JSON mode)', async () => {
    fake.reply({ status: 200, body: fixture('claude', 'message') });
    await make(fake.url).complete({ ...REQUEST, responseFormat: 'json' }, AbortSignal.timeout(5_000));
    expect(fake.last().body).toMatchObject({ max_tokens: 4096 });
    expect(fake.last().body).not.toHaveProperty('output_format');
    expect(fake.last().body).not.toHaveProperty('tools');
  });
});

const json = (status: number, name: string, headers?: Record<string, string>) => ({ status, body: fixture('claude', name), headers });

const anthropicCases: ErrorCase[] = [
  { name: '400 prompt is too long', reply: json(400, 'error-context-length'), kind: 'context_length', retryable: false, status: 400, code: 'invalid_request_error' },
  { name: '413 request too large', reply: { status: 413, body: { type: 'error', error: { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' } } }, kind: 'context_length', retryable: false, status: 413 },
  { name: '400 content filter', reply: json(400, 'error-content-filter'), kind: 'content_filter', retryable: false, status: 400 },
  { name: '401', reply: json(401, 'error-401'), kind: 'auth', retryable: false, status: 401, code: 'authentication_error' },
  { name: '404 model', reply: json(404, 'error-404-model'), kind: 'model_not_found', retryable: false, status: 404, code: 'not_found_error' },
  { name: '429 with Retry-After', reply: json(429, 'error-429', { 'retry-after': '7' }), kind: 'rate_limited', retryable: true, status: 429, retryAfterMs: 7_000 },
  { name: '429 without Retry-After', reply: json(429, 'error-429'), kind: 'rate_limited', retryable: true, status: 429 },
  { name: '500', reply: json(500, 'error-500'), kind: 'server_error', retryable: true, status: 500, code: 'api_error' },
  { name: '503', reply: json(503, 'error-503'), kind: 'overloaded', retryable: true, status: 503 },
  { name: '529 overloaded', reply: json(529, 'error-529'), kind: 'overloaded', retryable: true, status: 529, code: 'overloaded_error' },
  { name: '200 with a body that is not JSON', reply: { status: 200, raw: '{"id":"msg_01","type":"mess' }, kind: 'malformed_response', retryable: true, status: 200 },
  { name: '200 refusal with no text', reply: json(200, 'message-refusal'), kind: 'content_filter', retryable: false, status: 200, code: 'refusal' },
  { name: 'connection reset before headers', reply: { reset: true }, kind: 'network', retryable: true },
  { name: 'connection refused', reply: 'refused', kind: 'connection', retryable: false, code: 'ECONNREFUSED' },
  { name: 'a hang past the deadline', reply: { hang: true }, kind: 'timeout', retryable: false, timeoutMs: 200 },
];

describeErrorCases('claude adapter errors (anthropic format)', { key: KEY, makeAdapter: make }, anthropicCases);
