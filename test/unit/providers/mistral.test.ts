import { createMistralAdapter } from '../../../worker/providers/mistral';
import { describeErrorCases, REQUEST, type ErrorCase } from '../../providers/helpers/error-cases';
import { fixture, startFake, type FakeServer } from '../../providers/helpers/fake-http';

const KEY = 'mistral-test-secret-0123456789abcdef';
const make = (origin: string) => createMistralAdapter({ credential: KEY, baseUrl: `${origin}/v1`, model: 'mistral-small-latest' });

describe('mistral adapter (native chat completions)', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('posts to /v1/chat/completions with a Bearer key and parses a recorded answer', async () => {
    fake.reply({ status: 200, body: fixture('mistral', 'chat-completion'), headers: { 'x-request-id': 'b2c4d6e8f0a1' } });
    const result = await make(fake.url).complete({ ...REQUEST, maxOutputTokens: 200 }, AbortSignal.timeout(5_000));

    const req = fake.last();
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.body).toMatchObject({
      model: 'mistral-small-latest',
      max_tokens: 200,
      messages: [
        { role: 'system', content: REQUEST.system },
        // Mistral accepts content as a list of chunks; the SDK sends that form.
        { role: 'user', content: [{ type: 'text', text: REQUEST.prompt }] },
      ],
    });
    expect(result).toEqual({
      text: 'The invoice totals $1,250.00 and is due on 2024-03-31.',
      model: 'mistral-small-latest',
      finishReason: 'stop',
      usage: { inputTokens: 1098, outputTokens: 41 },
      latencyMs: expect.any(Number),
      requestId: 'b2c4d6e8f0a1',
    });
  });

  it('asks for JSON mode with response_format json_object', async () => {
    fake.reply({ status: 200, body: fixture('mistral', 'chat-completion') });
    await make(fake.url).complete({ ...REQUEST, responseFormat: 'json' }, AbortSignal.timeout(5_000));
    expect(fake.last().body).toMatchObject({ response_format: { type: 'json_object' } });
  });
});

const json = (status: number, name: string, headers?: Record<string, string>) => ({ status, body: fixture('mistral', name), headers });

const mistralCases: ErrorCase[] = [
  { name: '400 too large for the context length', reply: json(400, 'error-context-length'), kind: 'context_length', retryable: false, status: 400 },
  { name: '401', reply: json(401, 'error-401'), kind: 'auth', retryable: false, status: 401 },
  { name: '429 with Retry-After', reply: json(429, 'error-429', { 'retry-after': '1' }), kind: 'rate_limited', retryable: true, status: 429, retryAfterMs: 1_000 },
  { name: '503', reply: { status: 503, raw: 'upstream connect error or disconnect/reset before headers' }, kind: 'overloaded', retryable: true, status: 503 },
  { name: '200 with a body that is not JSON', reply: { status: 200, raw: 'not json' }, kind: 'malformed_response', retryable: true, status: 200 },
  { name: 'a hang past the deadline', reply: { hang: true }, kind: 'timeout', retryable: false, timeoutMs: 200 },
];

describeErrorCases('mistral adapter errors (openai-style format, Mistral bodies)', { key: KEY, makeAdapter: make }, mistralCases);
