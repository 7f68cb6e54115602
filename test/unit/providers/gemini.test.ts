import { createGeminiAdapter } from '../../../worker/providers/gemini';
import { describeErrorCases, REQUEST, type ErrorCase } from '../../providers/helpers/error-cases';
import { fixture, startFake, type FakeServer } from '../../providers/helpers/fake-http';

const KEY = 'AIzaSyTest-gemini-secret-0123456789abcdef';
const make = (origin: string) => createGeminiAdapter({ credential: KEY, baseUrl: `${origin}/v1beta`, model: 'gemini-2.5-flash' });

describe('gemini adapter (generateContent)', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('posts to models/{model}:generateContent with x-goog-api-key and parses a recorded answer', async () => {
    fake.reply({ status: 200, body: fixture('gemini', 'generate-content') });
    const result = await make(fake.url).complete({ ...REQUEST, maxOutputTokens: 256, temperature: 0 }, AbortSignal.timeout(5_000));

    const req = fake.last();
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1beta/models/gemini-2.5-flash:generateContent');
    expect(req.headers['x-goog-api-key']).toBe(KEY);
    expect(req.path).not.toContain(KEY);
    expect(req.body).toMatchObject({
      systemInstruction: { parts: [{ text: REQUEST.system }] },
      contents: [{ role: 'user', parts: [{ text: REQUEST.prompt }] }],
      generationConfig: { maxOutputTokens: 256, temperature: 0 },
    });

    expect(result).toEqual({
      text: 'The invoice totals $1,250.00 and is due on 2024-03-31.',
      model: 'gemini-2.5-flash-preview-05-20',
      finishReason: 'stop',
      usage: { inputTokens: 1204, outputTokens: expect.any(Number) },
      latencyMs: expect.any(Number),
    });
    // Thinking tokens are billed as output; the SDK counts them in.
    expect(result.usage.outputTokens).toBeGreaterThanOrEqual(19);
  });

  it('asks for JSON mode with responseMimeType application/json', async () => {
    fake.reply({ status: 200, body: fixture('gemini', 'generate-content-json') });
    const result = await make(fake.url).complete({ ...REQUEST, responseFormat: 'json' }, AbortSignal.timeout(5_000));
    expect(fake.last().body).toMatchObject({ generationConfig: { responseMimeType: 'application/json' } });
    expect(JSON.parse(result.text)).toMatchObject({ decision: 'PASS' });
    expect(result.model).toBe('gemini-2.5-flash');
  });
});

const json = (status: number, name: string, headers?: Record<string, string>) => ({ status, body: fixture('gemini', name), headers });

const geminiCases: ErrorCase[] = [
  { name: '400 input token count too large', reply: json(400, 'error-context-length'), kind: 'context_length', retryable: false, status: 400, code: 'INVALID_ARGUMENT' },
  { name: '400 prohibited content', reply: json(400, 'error-content-filter'), kind: 'content_filter', retryable: false, status: 400 },
  { name: '200 prompt blocked for safety', reply: json(200, 'prompt-blocked'), kind: 'content_filter', retryable: false, status: 200 },
  { name: '400 API key not valid', reply: json(400, 'error-api-key-invalid'), kind: 'auth', retryable: false, status: 400 },
  { name: '401', reply: json(401, 'error-401'), kind: 'auth', retryable: false, status: 401, code: 'UNAUTHENTICATED' },
  { name: '404 model', reply: json(404, 'error-404-model'), kind: 'model_not_found', retryable: false, status: 404, code: 'NOT_FOUND' },
  { name: '429 with RetryInfo in the body', reply: json(429, 'error-429'), kind: 'rate_limited', retryable: true, status: 429, retryAfterMs: 38_000 },
  { name: '429 with Retry-After', reply: json(429, 'error-429-no-retry-info', { 'retry-after': '3' }), kind: 'rate_limited', retryable: true, status: 429, retryAfterMs: 3_000 },
  { name: '429 without Retry-After', reply: json(429, 'error-429-no-retry-info'), kind: 'rate_limited', retryable: true, status: 429 },
  { name: '500', reply: json(500, 'error-500'), kind: 'server_error', retryable: true, status: 500, code: 'INTERNAL' },
  { name: '503', reply: json(503, 'error-503'), kind: 'overloaded', retryable: true, status: 503, code: 'UNAVAILABLE' },
  { name: '200 with a body that is not JSON', reply: { status: 200, raw: '{"candidates":[{"content":' }, kind: 'malformed_response', retryable: true, status: 200 },
  { name: 'connection reset before headers', reply: { reset: true }, kind: 'network', retryable: true },
  { name: 'connection refused', reply: 'refused', kind: 'connection', retryable: false, code: 'ECONNREFUSED' },
  { name: 'a hang past the deadline', reply: { hang: true }, kind: 'timeout', retryable: false, timeoutMs: 200 },
];

describeErrorCases('gemini adapter errors (gemini format)', { key: KEY, makeAdapter: make }, geminiCases);
