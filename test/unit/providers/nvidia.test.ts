import { createNvidiaAdapter } from '../../../worker/providers/nvidia';
import { describeErrorCases, REQUEST, type ErrorCase } from '../../providers/helpers/error-cases';
import { fixture, startFake, type FakeServer } from '../../providers/helpers/fake-http';

const KEY = 'nvapi-test-secret-0123456789abcdefABCDEF';
const make = (origin: string) => createNvidiaAdapter({ credential: KEY, baseUrl: `${origin}/v1`, model: 'meta/llama-3.1-8b-instruct' });

describe('nvidia adapter (NIM, OpenAI-compatible)', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('posts to /v1/chat/completions with the nvapi- key and parses a recorded answer', async () => {
    fake.reply({ status: 200, body: fixture('nvidia', 'chat-completion'), headers: { 'nvcf-reqid': '5f1c2d3e-aaaa-bbbb-cccc-0123456789ab', 'nvcf-status': 'fulfilled' } });
    const result = await make(fake.url).complete({ ...REQUEST, responseFormat: 'json', maxOutputTokens: 128 }, AbortSignal.timeout(5_000));

    const req = fake.last();
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.body).toMatchObject({
      model: 'meta/llama-3.1-8b-instruct',
      max_tokens: 128,
      response_format: { type: 'json_object' },
      messages: [
        { role: 'system', content: REQUEST.system },
        { role: 'user', content: REQUEST.prompt },
      ],
    });
    expect(result).toEqual({
      text: 'The invoice totals $1,250.00 and is due on 2024-03-31.',
      model: 'meta/llama-3.1-8b-instruct',
      finishReason: 'stop',
      usage: { inputTokens: 1121, outputTokens: 25 },
      latencyMs: expect.any(Number),
      requestId: '5f1c2d3e-aaaa-bbbb-cccc-0123456789ab',
    });
  });
});

const json = (status: number, name: string, headers?: Record<string, string>) => ({ status, body: fixture('nvidia', name), headers });

const nvidiaCases: ErrorCase[] = [
  { name: '404 function not found (problem+json)', reply: json(404, 'error-404-model'), kind: 'model_not_found', retryable: false, status: 404 },
  { name: '401 (problem+json)', reply: json(401, 'error-401'), kind: 'auth', retryable: false, status: 401 },
  { name: '429 with Retry-After', reply: json(429, 'error-429', { 'retry-after': '5' }), kind: 'rate_limited', retryable: true, status: 429, retryAfterMs: 5_000 },
  { name: '500 empty body', reply: { status: 500, raw: '' }, kind: 'server_error', retryable: true, status: 500 },
  { name: 'a hang past the deadline', reply: { hang: true }, kind: 'timeout', retryable: false, timeoutMs: 200 },
];

describeErrorCases('nvidia adapter errors (openai-style format, NVIDIA bodies)', { key: KEY, makeAdapter: make }, nvidiaCases);
