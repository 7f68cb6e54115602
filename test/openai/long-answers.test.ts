/**
 * Liveness, not length: a long answer that keeps coming runs to its end, streamed and not, past
 * the /ai/task deadline and far past the idle limit; a provider that never answers is left after
 * the first-token limit; the client's own timeout (x-stainless-timeout) ends the work for it,
 * and when that cuts a producing answer the request ends task_deadline_exceeded instead of
 * silently answering from another model. Limits are scaled down (1 s idle and first token, a
 * 2 s task deadline) so "long" is a few seconds here, not 70.
 */
import request from 'supertest';
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { readStream, startOpenAIHarness, userMessage, type OpenAIHarness, type WithFallbacks } from './helpers';

/** 8 words, one every 400 ms: about 3.2 s, longer than the task deadline and than three idle limits. */
const LONG = 'openai/mock-words-8+chunk-delay-400';

describe('long and hung answers on /v1', () => {
  let h: OpenAIHarness;

  beforeAll(async () => {
    h = await startOpenAIHarness({ env: { TASK_DEADLINE_SECONDS: '2', FIRST_TOKEN_TIMEOUT_SECONDS: '1', STREAM_IDLE_TIMEOUT_SECONDS: '1' } });
  });
  afterAll(async () => {
    await h.stop();
  });
  beforeEach(() => h.mock.reset());
  const calls = (model: string) => h.mock.counts.byModel[model] ?? 0;

  it('a long answer that keeps producing succeeds not streamed, answered by the model asked for', async () => {
    const params: WithFallbacks<ChatCompletionCreateParamsNonStreaming> = { model: LONG, fallbacks: ['claude/mock-ok'], messages: userMessage() };
    const completion = await h.client.chat.completions.create(params);
    expect(completion.model).toBe(LONG);
    expect(completion.choices[0]?.message.content?.trim().split(/\s+/)).toHaveLength(8);
    expect(calls('mock-ok')).toBe(0);
  });

  it('a long answer that keeps producing succeeds streamed, every chunk from the model asked for', async () => {
    const params: WithFallbacks<ChatCompletionCreateParamsStreaming> = { model: LONG, fallbacks: ['claude/mock-ok'], messages: userMessage(), stream: true };
    const result = await readStream(await h.client.chat.completions.create(params));
    expect(result.error).toBeUndefined();
    expect(result.text.trim().split(/\s+/)).toHaveLength(8);
    expect(new Set(result.chunks.map((c) => c.model))).toEqual(new Set([LONG]));
    expect(calls('mock-ok')).toBe(0);
  });

  it('a provider that accepts the request and never answers is failed over after the first-token limit', async () => {
    const params: WithFallbacks<ChatCompletionCreateParamsNonStreaming> = { model: 'openai/mock-hang', fallbacks: ['claude/mock-ok'], messages: userMessage() };
    const completion = await h.client.chat.completions.create(params);
    expect(completion.model).toBe('claude/mock-ok');
    expect(calls('mock-hang')).toBe(1);
  });

  it("the client's x-stainless-timeout ends the work for it: a producing answer cut by it is task_deadline_exceeded, not another model's answer", async () => {
    const res = await request(h.gw.url)
      .post('/v1/chat/completions')
      .set('x-stainless-timeout', '1')
      .send({ model: 'openai/mock-words-20+chunk-delay-300', fallbacks: ['claude/mock-ok'], messages: userMessage() });
    expect(res.status).toBe(504);
    expect(res.body.error).toMatchObject({ code: 'task_deadline_exceeded', message: expect.stringMatching(/ran out of time/) });
    expect(calls('mock-ok')).toBe(0);
    const task = await request(h.gw.url).get(`/ai/task/${String(res.headers['x-task-id'])}`);
    expect(task.body.attempts.map((a: { provider: string; outcome: string }) => `${a.provider}:${a.outcome}`)).toEqual(['openai:error']);
  });
});
