/**
 * The gateway's own API key is the OpenAI SDK's `apiKey` (sent as a Bearer token), and the task
 * behind a completion is the caller's, readable at GET /ai/task/{id} like any task.
 */
import OpenAI from 'openai';
import request from 'supertest';
import { ANSWER, startOpenAIHarness, userMessage, type OpenAIHarness } from './helpers';

describe('the OpenAI-compatible endpoint with authentication on', () => {
  let h: OpenAIHarness;
  beforeAll(async () => {
    h = await startOpenAIHarness({ env: { API_KEY: 'gateway-secret' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('a wrong or missing key is an AuthenticationError in the OpenAI shape', async () => {
    const wrong = new OpenAI({ baseURL: `${h.gw.url}/v1`, apiKey: 'not-the-key', maxRetries: 0 });
    const err = await wrong.chat.completions.create({ model: 'auto', messages: userMessage() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((err as InstanceType<typeof OpenAI.AuthenticationError>).error).toMatchObject({ type: 'authentication_error', code: 'invalid_api_key' });
    const missing = await request(h.gw.url).get('/v1/models');
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ error: { message: expect.any(String), type: 'authentication_error', param: null, code: 'missing_api_key' } });
  });

  it('the right key answers, and the task behind the completion is readable by the same key', async () => {
    const client = new OpenAI({ baseURL: `${h.gw.url}/v1`, apiKey: 'gateway-secret', maxRetries: 0 });
    const { data: completion, response } = await client.chat.completions.create({ model: 'auto', messages: userMessage() }).withResponse();
    expect(completion.choices[0]?.message.content).toBe(ANSWER);
    const taskId = response.headers.get('x-task-id');
    expect(completion.id).toBe(`chatcmpl-${taskId}`);
    const task = await request(h.gw.url).get(`/ai/task/${taskId}`).set('Authorization', 'Bearer gateway-secret');
    expect(task.body).toMatchObject({ status: 'success', task: 'chat_completion', result: ANSWER, provider_used: 'openai' });
  });
});

describe('the OpenAI-compatible endpoint shares /ai/task scope and rate limit', () => {
  let h: OpenAIHarness;
  beforeAll(async () => {
    h = await startOpenAIHarness({ env: { API_KEY: 'gateway-secret', RATE_LIMIT_TASKS_PER_MINUTE: '2' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('past the per-minute limit the SDK raises RateLimitError, with Retry-After', async () => {
    const client = new OpenAI({ baseURL: `${h.gw.url}/v1`, apiKey: 'gateway-secret', maxRetries: 0 });
    for (let i = 0; i < 2; i += 1) await client.chat.completions.create({ model: 'auto', messages: userMessage() });
    const err = await client.chat.completions.create({ model: 'auto', messages: userMessage() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    const rateLimited = err as InstanceType<typeof OpenAI.RateLimitError>;
    expect(rateLimited.error).toMatchObject({ type: 'rate_limit_error' });
    expect(rateLimited.headers?.get('retry-after')).toMatch(/^\d+$/);
    // GET /v1/models is not a task submission and is not limited.
    expect((await request(h.gw.url).get('/v1/models').set('Authorization', 'Bearer gateway-secret')).status).toBe(200);
  });
});
