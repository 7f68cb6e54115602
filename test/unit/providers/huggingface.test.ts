import { createHuggingFaceAdapter } from '../../../worker/providers/huggingface';
import { describeErrorCases, REQUEST, type ErrorCase } from '../../providers/helpers/error-cases';
import { fixture, startFake, type FakeServer } from '../../providers/helpers/fake-http';

const KEY = 'hf_testSecretToken0123456789abcdef';
const make = (origin: string) => createHuggingFaceAdapter({ credential: KEY, baseUrl: `${origin}/v1`, model: 'meta-llama/Llama-3.1-8B-Instruct' });

describe('huggingface adapter (Inference Providers router, OpenAI-compatible)', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('posts to /v1/chat/completions with the HF token and parses a recorded answer', async () => {
    fake.reply({ status: 200, body: fixture('huggingface', 'chat-completion'), headers: { 'x-request-id': 'Root=1-67cf0a1b-1234567890abcdef' } });
    const result = await make(fake.url).complete(REQUEST, AbortSignal.timeout(5_000));

    const req = fake.last();
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(req.body).toMatchObject({
      model: 'meta-llama/Llama-3.1-8B-Instruct',
      messages: [
        { role: 'system', content: REQUEST.system },
        { role: 'user', content: REQUEST.prompt },
      ],
    });
    expect(result).toEqual({
      text: 'The invoice totals $1,250.00 and is due on 2024-03-31.',
      model: 'meta-llama/llama-3.1-8b-instruct',
      finishReason: 'stop',
      usage: { inputTokens: 1130, outputTokens: 22 },
      latencyMs: expect.any(Number),
      requestId: 'Root=1-67cf0a1b-1234567890abcdef',
    });
  });

  it('defaults to the public router', () => {
    expect(createHuggingFaceAdapter({ credential: KEY, model: 'm' }).name).toBe('huggingface');
  });
});

const hfCases: ErrorCase[] = [
  { name: '400 context length (TGI message)', reply: { status: 400, body: { error: 'Input validation error: `inputs` tokens + `max_new_tokens` must be <= 8192. Given: 9000 `inputs` tokens and 256 `max_new_tokens`', error_type: 'validation' } }, kind: 'context_length', retryable: false, status: 400 },
  { name: '400 maximum context length (vLLM message)', reply: { status: 400, body: { object: 'error', message: "This model's maximum context length is 8192 tokens. However, you requested 9256 tokens.", type: 'BadRequestError', param: null, code: 400 } }, kind: 'context_length', retryable: false, status: 400 },
  { name: '401', reply: { status: 401, body: { error: 'Invalid credentials in Authorization header' } }, kind: 'auth', retryable: false, status: 401 },
  { name: '404 model', reply: { status: 404, body: { error: 'Model not-a/model does not exist' } }, kind: 'model_not_found', retryable: false, status: 404 },
  { name: '503 model loading', reply: { status: 503, body: { error: 'Model meta-llama/Llama-3.1-8B-Instruct is currently loading', estimated_time: 20 } }, kind: 'overloaded', retryable: true, status: 503 },
  { name: 'connection refused', reply: 'refused', kind: 'connection', retryable: false, code: 'ECONNREFUSED' },
];

describeErrorCases('huggingface adapter errors (openai-style format, HF bodies)', { key: KEY, makeAdapter: make }, hfCases);
