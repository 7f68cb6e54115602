import { APICallError } from 'ai';
import { classify, redact } from '../../../worker/providers/errors/common';
import { anthropicFormat } from '../../../worker/providers/errors/anthropic';
import { openAIStyleFormat } from '../../../worker/providers/errors/openai-style';

const live = new AbortController().signal;
const ctx = { provider: 'openai', signal: live, secrets: ['my-secret-key-123'] };

function apiError(status: number | undefined, body: unknown, headers: Record<string, string> = {}): APICallError {
  return new APICallError({ message: 'failed', url: 'http://x/v1/chat/completions', requestBodyValues: {}, statusCode: status, responseHeaders: headers, responseBody: JSON.stringify(body) });
}

describe('error classification', () => {
  it('calls anything thrown after the caller aborted a timeout', () => {
    const controller = new AbortController();
    controller.abort();
    const err = classify(new Error('whatever the SDK said'), { ...ctx, signal: controller.signal }, openAIStyleFormat);
    expect(err).toMatchObject({ kind: 'timeout', retryable: false, countsAsProviderFault: true });
  });

  it('reads a network failure from a raw fetch TypeError and its cause code', () => {
    const cause = Object.assign(new Error('connect ECONNRESET 10.0.0.1:443'), { code: 'ECONNRESET' });
    const err = classify(new TypeError('fetch failed', { cause }), ctx, openAIStyleFormat);
    expect(err).toMatchObject({ kind: 'network', code: 'ECONNRESET', retryable: true });
  });

  it('keeps keys out of messages and headers, and drops set-cookie', () => {
    const err = classify(
      apiError(500, { error: { message: 'bad key my-secret-key-123 and also sk-proj-abcdefghijklmnop' } }, { 'set-cookie': 'a=b', 'x-echo': 'my-secret-key-123' }),
      ctx,
      openAIStyleFormat,
    );
    expect(err.kind).toBe('server_error');
    expect(err.message).toBe('openai: HTTP 500: bad key [redacted] and also [redacted]');
    expect(err.headers).toEqual({ 'x-echo': '[redacted]' });
    // A refused credential's reason is not repeated at all: it quotes the key, masked or not.
    const refused = classify(apiError(401, { error: { message: 'bad key my-secret-key-123' } }), ctx, openAIStyleFormat);
    expect(refused).toMatchObject({ kind: 'auth', message: 'openai: HTTP 401: the provider refused the credential' });
  });

  it('caps long provider messages', () => {
    expect(redact('x'.repeat(2_000), []).length).toBeLessThanOrEqual(501);
  });

  it('treats an SDK refusal to build the request as a bad request, not a provider fault', () => {
    const err = classify(Object.assign(new Error('invalid prompt'), { name: 'AI_InvalidPromptError' }), ctx, openAIStyleFormat);
    expect(err).toMatchObject({ kind: 'bad_request', retryable: false, countsAsProviderFault: false });
  });

  it('maps Anthropic error types over statuses', () => {
    expect(classify(apiError(400, { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }), ctx, anthropicFormat).kind).toBe('overloaded');
    expect(classify(apiError(500, { type: 'error', error: { type: 'api_error', message: 'Internal' } }), ctx, anthropicFormat).kind).toBe('server_error');
  });
});

describe('plain-text error bodies', () => {
  it('reads the text when a proxy answers without JSON', () => {
    const err = classify(
      new APICallError({ message: 'Bad Request', url: 'http://x', requestBodyValues: {}, statusCode: 400, responseBody: 'upstream: prompt is too long for this model' }),
      ctx,
      openAIStyleFormat,
    );
    expect(err).toMatchObject({ kind: 'context_length', message: 'openai: HTTP 400: upstream: prompt is too long for this model' });
  });
});
