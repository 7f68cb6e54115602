/**
 * POST /v1/chat/completions and GET /v1/models through the whole gateway (API → queue → worker →
 * real adapters → mock provider), with the official OpenAI SDK as the client.
 */
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { ANSWER, readStream, startOpenAIHarness, userMessage, type OpenAIHarness, type WithFallbacks } from './helpers';

type Row = { task: string; status: string; result: string | null; provider_used: string | null; model: string | null; input_tokens: number | null; output_tokens: number | null; provider_requested: string };

describe('the OpenAI-compatible endpoint', () => {
  let h: OpenAIHarness;
  /**
   * The task's row once it is final. A stream's last byte can reach the client before the worker
   * has written the outcome (the row exists from intake on, as `queued` then `running`), so wait.
   */
  const row = async (id: string): Promise<Row | undefined> => {
    const read = (): Promise<Row | undefined> => h.gw.db('ai_requests').where({ task_id: id.replace(/^chatcmpl-/, '') }).first();
    for (let i = 0; i < 100; i += 1) {
      const found = await read();
      if (found && found.status !== 'queued' && found.status !== 'running') return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    return read();
  };
  const create = (params: WithFallbacks<ChatCompletionCreateParamsNonStreaming>) => h.client.chat.completions.create(params);
  const stream = (params: WithFallbacks<ChatCompletionCreateParamsStreaming>) => h.client.chat.completions.create(params);

  beforeAll(async () => {
    h = await startOpenAIHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('answers a plain request with one choice, no tool calls, the answering model and its usage, and keeps it in the history', async () => {
    const completion = await create({ model: 'auto', messages: [{ role: 'system', content: 'Be brief.' }, ...userMessage()] });
    expect(completion).toMatchObject({ object: 'chat.completion', model: 'openai/mock-ok', id: expect.stringMatching(/^chatcmpl-/) });
    expect(completion.choices).toHaveLength(1);
    expect(completion.choices[0]).toMatchObject({ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: ANSWER } });
    expect(completion.choices[0]?.message.tool_calls).toBeUndefined();
    const usage = completion.usage;
    expect(usage?.prompt_tokens).toBeGreaterThan(0);
    expect(usage?.completion_tokens).toBeGreaterThan(0);
    expect(usage?.total_tokens).toBe((usage?.prompt_tokens ?? 0) + (usage?.completion_tokens ?? 0));
    expect(await row(completion.id)).toMatchObject({ task: 'chat_completion', status: 'success', result: ANSWER, provider_used: 'openai', model: 'mock-ok', provider_requested: 'auto' });
  });

  it('streams the answer in chunks that end with the finish reason, a usage chunk and [DONE], and keeps the full text and usage', async () => {
    const { chunks, text, error } = await readStream(await stream({ model: 'auto', messages: userMessage(), stream: true, stream_options: { include_usage: true } }));
    expect(error).toBeUndefined();
    expect(text).toBe(ANSWER);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(chunks.length).toBeGreaterThan(4);
    const [finish, usage] = chunks.slice(-2);
    expect(finish?.choices[0]?.finish_reason).toBe('stop');
    expect(usage?.choices).toEqual([]);
    expect(usage?.usage?.completion_tokens).toBeGreaterThan(0);
    expect(chunks.every((c) => c.model === 'openai/mock-ok' && c.object === 'chat.completion.chunk')).toBe(true);
    const saved = await row(chunks[0]?.id ?? '');
    expect(saved).toMatchObject({ status: 'success', result: ANSWER, input_tokens: usage?.usage?.prompt_tokens, output_tokens: usage?.usage?.completion_tokens });
  });

  it('leaves usage out of a stream unless stream_options.include_usage asks for it', async () => {
    const { chunks, text, error } = await readStream(await stream({ model: 'auto', messages: userMessage(), stream: true }));
    expect(error).toBeUndefined();
    expect(text).toBe(ANSWER);
    expect(chunks.some((c) => c.usage !== undefined)).toBe(false);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
  });

  it('routes provider/model, a bare provider name, a configured route and an OpenAI-compatible server', async () => {
    expect((await create({ model: 'claude/mock-latency-10', messages: userMessage() })).model).toBe('claude/mock-latency-10');
    expect((await create({ model: 'claude', messages: userMessage() })).model).toBe('claude/mock-ok');
    expect((await create({ model: 'compat/mock-ok', messages: userMessage() })).model).toBe('compat/mock-ok');
    expect((await create({ model: 'fast', messages: userMessage() })).model).toBe('openai/mock-ok');
  });

  it('falls back along the chain for provider/model, or exactly along `fallbacks`, and reports only the answering call', async () => {
    expect((await create({ model: 'openai/mock-status-503', messages: userMessage() })).model).toBe('openai/mock-ok');
    const direct = await create({ model: 'claude/mock-ok', messages: userMessage() });
    const fellBack = await create({ model: 'openai/mock-status-503', fallbacks: ['claude/mock-ok'], messages: userMessage() });
    expect(fellBack.model).toBe('claude/mock-ok');
    expect(fellBack.usage).toEqual(direct.usage);
    await expect(create({ model: 'openai/mock-status-503', fallbacks: [], messages: userMessage() })).rejects.toBeInstanceOf(OpenAI.InternalServerError);
  });

  it('fails over before the first byte of a stream without the client seeing it', async () => {
    const { chunks, text, error } = await readStream(await stream({ model: 'openai/mock-status-503', fallbacks: ['claude/mock-ok'], messages: userMessage(), stream: true }));
    expect(error).toBeUndefined();
    expect(text).toBe(ANSWER);
    expect(new Set(chunks.map((c) => c.model))).toEqual(new Set(['claude/mock-ok']));
  });

  it('lists auto, the configured routes and every configured provider/model, and finds one by id', async () => {
    const ids = [];
    for await (const model of h.client.models.list()) ids.push(model.id);
    expect(ids).toEqual(expect.arrayContaining(['auto', 'fast', 'openai/mock-ok', 'claude/mock-ok', 'compat/mock-ok']));
    expect(ids.some((id) => id.startsWith('local') || id.startsWith('gemini'))).toBe(false);
    expect(await h.client.models.retrieve('openai/mock-ok')).toMatchObject({ id: 'openai/mock-ok', object: 'model', owned_by: 'openai' });
    await expect(h.client.models.retrieve('nope/nothing')).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  describe('errors raised as the SDK exception classes', () => {
    it('an unknown model is a NotFoundError with code model_not_found', async () => {
      // No model-pattern rule knows it (`gpt-imaginary` would now go to openai, as a bare OpenAI name).
      const err = await create({ model: 'imaginary-model', messages: userMessage() }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.NotFoundError);
      expect(err).toMatchObject({ status: 404, code: 'model_not_found', param: 'model', type: 'invalid_request_error' });
    });

    it.each([
      ['empty messages', { messages: [] }],
      ['n above 1', { n: 2 }],
      ['a tool message answering no call', { messages: [{ role: 'tool', content: 'x', tool_call_id: 'a' }] }],
    ])('%s is a BadRequestError', async (_name, extra) => {
      const params = { model: 'auto', messages: userMessage(), ...extra } as ChatCompletionCreateParamsNonStreaming;
      const err = await create(params).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.BadRequestError);
      expect((err as InstanceType<typeof OpenAI.BadRequestError>).error).toMatchObject({ type: 'invalid_request_error' });
    });

    it('every route failing is an InternalServerError (503), streamed or not, and a failed stream sends no chunk', async () => {
      const plain = await create({ model: 'only-broken', messages: userMessage() }).catch((e: unknown) => e);
      expect(plain).toBeInstanceOf(OpenAI.InternalServerError);
      expect(plain).toMatchObject({ status: 503, code: 'all_providers_failed' });
      const streamed = await stream({ model: 'only-broken', messages: userMessage(), stream: true }).catch((e: unknown) => e);
      expect(streamed).toBeInstanceOf(OpenAI.InternalServerError);
      expect(streamed).toMatchObject({ status: 503, code: 'all_providers_failed' });
    });

    it('an unknown path under /v1 is a NotFoundError in the OpenAI shape', async () => {
      // /v1/embeddings exists now; moderations do not.
      const err = await h.client.moderations.create({ input: 'x' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.NotFoundError);
      expect((err as InstanceType<typeof OpenAI.NotFoundError>).error).toMatchObject({ type: 'invalid_request_error', param: null });
    });
  });
});
