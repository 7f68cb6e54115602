/** The real adapters against the mock provider: the mock must be indistinguishable from the APIs it imitates. */
import { ADAPTER_NAMES, mockAdaptersPerSuite } from './helpers/mock-adapters';
import { REQUEST, rejection } from './helpers/error-cases';

describe('adapters against the mock provider', () => {
  const suite = mockAdaptersPerSuite();

  it.each(ADAPTER_NAMES)('%s answers with the mock text, model and usage', async (name) => {
    const result = await suite.adapters[name].complete(REQUEST, AbortSignal.timeout(5_000));
    // Gemini sends no request id header; its answer carries a responseId instead.
    const requestId = name === 'gemini' ? undefined : expect.stringMatching(/^req_mock/);
    expect(result).toMatchObject({ text: `mock answer: ${REQUEST.prompt.slice(0, 40)}`, model: 'mock-ok', finishReason: 'stop', ...(requestId ? { requestId } : {}) });
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
  });

  it('openai in JSON mode gets a JSON object', async () => {
    const result = await suite.adapters.openai.complete({ ...REQUEST, responseFormat: 'json' }, AbortSignal.timeout(5_000));
    expect(JSON.parse(result.text)).toMatchObject({ decision: 'PASS' });
  });

  it.each([
    ['openai', 'mock-status-429-retry-1', { kind: 'rate_limited', status: 429, retryAfterMs: 1_000, retryable: true }],
    ['openai', 'mock-status-503', { kind: 'overloaded', status: 503, retryable: true }],
    ['openai', 'mock-context-length', { kind: 'context_length', status: 400, retryable: false }],
    ['openai', 'mock-content-filter', { kind: 'content_filter', status: 400, retryable: false }],
    ['openai', 'mock-truncated', { kind: 'malformed_response', status: 200, retryable: true }],
    ['compatible', 'mock-invalid-json', { kind: 'malformed_response', status: 200, retryable: true }],
    ['compatible', 'mock-reset', { kind: 'network', retryable: true }],
    ['claude', 'mock-status-529', { kind: 'overloaded', status: 529, retryable: true }],
    ['claude', 'mock-context-length', { kind: 'context_length', status: 400 }],
    ['claude', 'mock-status-401', { kind: 'auth', status: 401, retryable: false }],
    ['gemini', 'mock-status-429-retry-2', { kind: 'rate_limited', status: 429, retryAfterMs: 2_000, retryable: true }],
    ['gemini', 'mock-status-503', { kind: 'overloaded', status: 503, retryable: true }],
    ['gemini', 'mock-context-length', { kind: 'context_length', status: 400, retryable: false }],
    ['gemini', 'mock-content-filter', { kind: 'content_filter', retryable: false }],
    ['gemini', 'mock-status-401', { kind: 'auth', status: 401, retryable: false }],
    ['mistral', 'mock-status-429', { kind: 'rate_limited', status: 429, retryable: true }],
  ] as const)('%s with %s', async (name, model, expected) => {
    const err = await rejection(suite.adapters[name], AbortSignal.timeout(5_000), { ...REQUEST, model });
    expect(err).toMatchObject(expected);
  });

  it('a hang ends in a timeout at the caller’s deadline', async () => {
    const err = await rejection(suite.adapters.claude, AbortSignal.timeout(200), { ...REQUEST, model: 'mock-hang' });
    expect(err.kind).toBe('timeout');
  });

  it('fail-first recovers: overloaded, then an answer', async () => {
    const request = { ...REQUEST, model: 'mock-fail-first-1' };
    expect((await rejection(suite.adapters.openai, AbortSignal.timeout(5_000), request)).kind).toBe('overloaded');
    await expect(suite.adapters.openai.complete(request, AbortSignal.timeout(5_000))).resolves.toMatchObject({ model: 'mock-fail-first-1' });
  });
});
