/**
 * HTTP manners under /v1: a known path called with the wrong method answers 405 with `Allow` (in
 * OpenAI's error shape), and a stream that breaks off ends with an error event in the gateway's
 * own words and code, never a library's internal text.
 */
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { readStream, startOpenAIHarness, userMessage, type OpenAIHarness, type WithFallbacks } from './helpers';

describe('/v1 HTTP manners', () => {
  let h: OpenAIHarness;

  beforeAll(async () => {
    h = await startOpenAIHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  const call = (method: string, path: string) => fetch(`${h.gw.url}${path}`, { method, headers: { authorization: 'Bearer x' } });

  it.each([
    ['GET', '/v1/chat/completions', 'POST, OPTIONS'],
    ['PUT', '/v1/chat/completions', 'POST, OPTIONS'],
    ['DELETE', '/v1/models', 'GET, HEAD, OPTIONS'],
    ['POST', '/v1/models', 'GET, HEAD, OPTIONS'],
    ['POST', '/v1/models/openai/mock-ok', 'GET, HEAD, OPTIONS'],
    ['GET', '/v1/embeddings', 'POST, OPTIONS'],
    ['GET', '/v1/responses', 'POST, OPTIONS'],
    ['GET', '/v1/messages', 'POST, OPTIONS'],
    ['GET', '/v1/messages/count_tokens', 'POST, OPTIONS'],
  ])('%s %s answers 405 with Allow: %s', async (method, path, allow) => {
    const res = await call(method, path);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    const message = `${method} is not allowed on ${path}; use ${allow.split(', ')[0]}`;
    const body: unknown = await res.json();
    // Anthropic's API answers in Anthropic's error shape; the rest of /v1 in OpenAI's.
    if (path.startsWith('/v1/messages')) expect(body).toEqual({ type: 'error', error: { type: 'invalid_request_error', message } });
    else expect(body).toEqual({ error: { code: 'method_not_allowed', type: 'invalid_request_error', param: null, message } });
  });

  it('OPTIONS on a /v1 path answers with Allow', async () => {
    const res = await call('OPTIONS', '/v1/chat/completions');
    expect(res.ok).toBe(true);
    expect(res.headers.get('allow')).toMatch(/POST/);
  });

  it('an unknown /v1 path is still a 404', async () => {
    const res = await call('GET', '/v1/nothing-here');
    expect(res.status).toBe(404);
  });

  it('a stream cut by a reset connection that no route resumes ends with the gateway\'s own message and code', async () => {
    const params: WithFallbacks<ChatCompletionCreateParamsStreaming> = { model: 'openai/mock-reset-after-2', fallbacks: ['compat/mock-status-500'], messages: userMessage(), stream: true };
    const result = await readStream(await h.client.chat.completions.create(params));
    expect(result.error).toBeInstanceOf(OpenAI.APIError);
    const error = result.error as InstanceType<typeof OpenAI.APIError>;
    expect(error.code).toBe('stream_interrupted');
    expect(error.message).toMatch(
      /^the answer broke off after \d+ characters and no route could resume it; the last failure was compat: server_error \(HTTP 500\)$/,
    );
  });
});
