/**
 * The thin OpenAI Chat Completions reader (worker/providers/openai/thin-stream.ts) against the path
 * it replaces, @ai-sdk/openai's chat doStream read by model-parts.ts's `fromDoStream`: every case is
 * read both ways from the same fake server speaking OpenAI's SSE format, and must send the same
 * request and give the same parts, or fail with the same error.
 */
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { createOpenAI } from '@ai-sdk/openai';
import { APICallError, JSONParseError, TypeValidationError } from 'ai';
import { callSettings, type SettingsContext } from '../../worker/providers/chat-prompt';
import { providerFetch } from '../../worker/providers/closed-connection-fetch';
import { DEFAULT_IMAGE_FETCH } from '../../worker/providers/image-download';
import { fromDoStream, textOnlyPrompt, type ModelPart, type StreamTextSettings } from '../../worker/providers/model-parts';
import { openAIThinStream } from '../../worker/providers/openai/thin-stream';
import type { CompletionRequest } from '../../worker/providers/types';
import { event } from './helpers/openai-sse-fake';
import { refusedUrl, startFake, type FakeServer, type WrittenReply } from './helpers/fake-http';

const CONTEXT: SettingsContext = { provider: 'openai', dialect: 'openai', schemaLessJson: true, images: DEFAULT_IMAGE_FETCH };
const REQUEST: CompletionRequest = { task: 'summarize', text: 't', options: {}, system: 'Be brief.', prompt: 'Summarise the notes.', responseFormat: 'text' };

const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1_700_000_000, model: 'gpt-4o-mini-2024-07-18', system_fingerprint: 'fp_1' };
const delta = (d: Record<string, unknown>, finish: string | null = null) => ({ ...base, choices: [{ index: 0, delta: d, logprobs: null, finish_reason: finish }] });
const usage = (prompt: number, completion: number, extra: Record<string, unknown> = {}) => ({ ...base, choices: [], usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion, ...extra } });

/** A whole answer as OpenAI streams it: role, text pieces, finish, usage, [DONE]. */
function answer(texts: string[], finish: string | null = 'stop', eol = '\n'): string[] {
  return [
    event(delta({ role: 'assistant', content: '', refusal: null }), eol),
    ...texts.map((t) => event(delta({ content: t }), eol)),
    event(delta({}, finish), eol),
    event(usage(12, texts.length), eol),
    event('[DONE]', eol),
  ];
}

type Outcome = { parts: unknown[]; error?: unknown };

/** Errors compared by what the gateway reads from them (a TypeValidationError's message quotes zod, so only its value). */
function comparable(error: unknown): unknown {
  if (TypeValidationError.isInstance(error)) return { name: error.name, value: error.value };
  if (JSONParseError.isInstance(error)) return { name: error.name, message: error.message, text: error.text };
  if (APICallError.isInstance(error)) {
    const { date: _date, ...responseHeaders } = error.responseHeaders ?? {};
    const cause = error.cause instanceof Error ? { name: error.cause.name, message: error.cause.message } : error.cause;
    return { name: error.name, message: error.message, url: error.url, statusCode: error.statusCode, isRetryable: error.isRetryable, responseBody: error.responseBody, data: error.data, requestBodyValues: error.requestBodyValues, responseHeaders, cause };
  }
  // Not `instanceof Error`: fetch's own errors come from outside jest's realm.
  if (typeof error === 'object' && error !== null && 'name' in error && 'message' in error) {
    const e = error as Error;
    return { name: e.name, message: e.message, cause: (e.cause as { code?: unknown } | undefined)?.code };
  }
  return error;
}

async function collect(parts: AsyncGenerator<ModelPart>, abortAfter?: () => void): Promise<Outcome> {
  const out: unknown[] = [];
  try {
    for await (const part of parts) {
      out.push(part.type === 'error' ? { type: 'error', error: comparable(part.error) } : part);
      if (out.length === 2) abortAfter?.();
    }
    return { parts: out };
  } catch (error) {
    return { parts: out, error: comparable(error) };
  }
}

describe('the thin OpenAI chat reader against the SDK doStream, from one fake server', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
  });
  afterAll(() => fake.close());

  function settingsFor(request: CompletionRequest, signal: AbortSignal, providerOptions?: Record<string, unknown>): StreamTextSettings {
    const settings = callSettings(request, CONTEXT, signal);
    return providerOptions ? ({ ...settings, providerOptions: { openai: providerOptions } } as StreamTextSettings) : settings;
  }

  /** One call each way; the outcomes and the requests the fake received. */
  async function bothWays(script: WrittenReply, options: { request?: CompletionRequest; model?: string; providerOptions?: Record<string, unknown>; baseUrl?: string; abort?: boolean } = {}) {
    fake.reply(script);
    const baseUrl = options.baseUrl ?? `${fake.url}/v1`;
    const model = options.model ?? 'gpt-4o-mini';
    const run = async (thin: boolean): Promise<Outcome> => {
      const controller = new AbortController();
      const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(10_000)]);
      const settings = settingsFor(options.request ?? REQUEST, signal, options.providerOptions);
      const prompt = textOnlyPrompt(settings);
      if (!prompt) throw new Error('the case must be text-only');
      const stop = options.abort ? () => controller.abort() : undefined;
      if (!thin) return collect(fromDoStream(createOpenAI({ apiKey: 'sk-test', baseURL: baseUrl, fetch: providerFetch }).chat(model) as Parameters<typeof fromDoStream>[0], prompt, settings), stop);
      const parts = openAIThinStream({ credential: 'sk-test', baseUrl, fetch: providerFetch })(model)(prompt, settings);
      if (!parts) throw new Error('the thin reader refused a case it should take');
      return collect(parts, stop);
    };
    const before = fake.requests.length;
    const sdk = await run(false);
    const thin = await run(true);
    const [sdkRequest, thinRequest] = fake.requests.slice(before);
    return { sdk, thin, sdkRequest, thinRequest };
  }

  async function expectSame(script: WrittenReply, options: Parameters<typeof bothWays>[1] = {}): Promise<Outcome> {
    const { sdk, thin, sdkRequest, thinRequest } = await bothWays(script, options);
    expect(thin).toEqual(sdk);
    if (sdkRequest) {
      expect(thinRequest?.body).toEqual(sdkRequest.body);
      for (const header of ['authorization', 'content-type', 'user-agent', 'openai-organization']) expect(thinRequest?.headers[header]).toEqual(sdkRequest.headers[header]);
    }
    return thin;
  }

  it('plain text: text deltas, raw chunks, the answering model, finish and usage', async () => {
    const thin = await expectSame({ writes: answer(['Hello', ', ', 'world.']) });
    expect(thin.error).toBeUndefined();
    expect(thin.parts).toContainEqual({ type: 'response-model', modelId: base.model });
    expect(thin.parts.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', rawFinishReason: 'stop', inputTokens: 12, outputTokens: 3 });
  });

  it('usage with cached and reasoning tokens, and no usage at all', async () => {
    const details = { prompt_tokens_details: { cached_tokens: 4 }, completion_tokens_details: { reasoning_tokens: 2 } };
    await expectSame({ writes: [event(delta({ content: 'a' })), event(delta({}, 'stop')), event(usage(20, 7, details)), event('[DONE]')] });
    const thin = await expectSame({ writes: [event(delta({ content: 'a' })), event(delta({}, 'stop')), event('[DONE]')] });
    expect(thin.parts.at(-1)).toMatchObject({ inputTokens: undefined, outputTokens: undefined });
  });

  it.each(['stop', 'length', 'content_filter', 'tool_calls', 'function_call', null, 'something_new'])('finish reason %s', async (finish) => {
    await expectSame({ writes: answer(['x'], finish) });
  });

  it('a refusal streams as text and turns "stop" into content-filter', async () => {
    const thin = await expectSame({ writes: [event(delta({ role: 'assistant', refusal: "I can't help." })), event(delta({}, 'stop')), event('[DONE]')] });
    expect(thin.parts.at(-1)).toMatchObject({ finishReason: 'content-filter' });
  });

  it('the answering model: from the first chunk with metadata only, and none when that chunk names no model', async () => {
    await expectSame({ writes: [event({ ...delta({ content: 'a' }), model: 'gpt-x-1' }), event({ ...delta({ content: 'b' }), model: 'gpt-x-2' }), event(delta({}, 'stop'))] });
    const { model: _model, ...noModel } = delta({ content: 'a' });
    const thin = await expectSame({ writes: [event(noModel), event(delta({ content: 'b' }, 'stop'))] });
    expect(thin.parts.some((p) => (p as ModelPart).type === 'response-model')).toBe(false);
  });

  it('an error chunk after output: an error part, and the finish reason "error" unless a later chunk gives one', async () => {
    const frame = { error: { message: 'The server had an error', type: 'server_error', param: null, code: null, extra: 'dropped' } };
    const thin = await expectSame({ writes: [event(delta({ content: 'partial' })), event(frame), event('[DONE]')] });
    expect(thin.parts).toContainEqual({ type: 'error', error: { message: 'The server had an error', type: 'server_error', param: null, code: null } });
    expect(thin.parts.at(-1)).toMatchObject({ finishReason: 'error' });
    await expectSame({ writes: [event(delta({ content: 'partial' })), event(frame), event(delta({}, 'stop'))] });
  });

  it.each([
    ['rate limited', { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' }],
    ['quota', { message: 'You exceeded your current quota', type: 'insufficient_quota', code: 'insufficient_quota' }],
    ['a numeric code', { message: 'Overloaded', code: 503 }],
    ['a bare message', { message: 'Something broke' }],
    ['context length', { message: 'Too long', type: 'invalid_request_error', param: 'messages', code: 'context_length_exceeded' }],
  ])('an error chunk before any output (%s): the call fails with the same APICallError', async (_name, error) => {
    const thin = await expectSame({ writes: [event(delta({ role: 'assistant', content: '' })), event({ error })] });
    expect(thin.parts).toEqual([]);
    expect(thin.error).toMatchObject({ name: 'AI_APICallError' });
  });

  it('garbage chunks: unparseable JSON and a chunk of the wrong shape are error parts, and reading goes on', async () => {
    const thin = await expectSame({ writes: [event(delta({ content: 'a' })), 'data: {not json\n\n', event({ choices: 'nope' }), event({ ...base, choices: [{ index: 0, delta: { content: 5 } }] }), event(delta({ content: 'b' }, 'stop')), event('[DONE]')] });
    expect(thin.parts.filter((p) => (p as ModelPart).type === 'error')).toHaveLength(3);
    await expectSame({ writes: ['data: {not json\n\n', event(delta({ content: 'b' }, 'stop'))] });
  });

  const choice = (extra: Record<string, unknown>) => ({ ...base, choices: [{ index: 0, delta: { content: 'x' }, finish_reason: null, ...extra }] });
  it.each([
    ['a JSON array', []],
    ['null', null],
    ['a number', 42],
    ['no choices', { ...base }],
    ['a choice without index', { ...base, choices: [{ delta: { content: 'x' } }] }],
    ['a null delta (valid)', choice({ delta: null })],
    ['a role other than assistant', choice({ delta: { role: 'user', content: 'x' } })],
    ['a numeric finish reason', choice({ finish_reason: 1 })],
    ['an id of the wrong type', { ...choice({}), id: 7 }],
    ['a created of the wrong type', { ...choice({}), created: 'now' }],
    ['usage of the wrong type', { ...choice({}), usage: { prompt_tokens: '3' } }],
    ['usage details of the wrong type', { ...choice({}), usage: { prompt_tokens: 3, prompt_tokens_details: { cached_tokens: 'x' } } }],
    ['a tool call without its function', choice({ delta: { tool_calls: [{ index: 0, id: 'c' }] } })],
    ['a tool call of another type', choice({ delta: { tool_calls: [{ index: 0, type: 'other', function: {} }] } })],
    ['an annotation of the wrong type', choice({ delta: { annotations: [{ type: 'file', url_citation: {} }] } })],
    ['log probabilities of the wrong shape', choice({ logprobs: { content: [{ token: 't', logprob: 0 }] } })],
    ['valid log probabilities', choice({ logprobs: { content: [{ token: 't', logprob: -0.1, top_logprobs: [] }], refusal: null } })],
    ['an error frame with a numeric message', { error: { message: 5 } }],
    ['an error frame with an object code', { error: { message: 'm', code: {} } }],
    ['a chunk with an error key as well (a chunk, by the union order)', { ...choice({}), error: { message: 'ignored' } }],
    ['unknown keys everywhere (pass, as in zod)', { ...choice({ extra: 1, delta: { content: 'x', extra: true } }), extra: 'x' }],
  ])('a chunk after output: %s, judged as the SDK judges it', async (_name, chunk) => {
    await expectSame({ writes: [event(delta({ content: 'a' })), event(chunk as object), event(delta({ content: 'b' }, 'stop')), event('[DONE]')] });
  });

  it('abort: the caller aborts after the first parts and both fail with the same abort error', async () => {
    const thin = await expectSame({ writes: [event(delta({ role: 'assistant', content: 'a' })), event(delta({ content: 'b' }))], pauseMs: 20, after: 'hang' }, { abort: true });
    expect(thin.error).toMatchObject({ name: 'AbortError' });
  });

  it.each([
    [400, { error: { message: "Invalid value for 'temperature'", type: 'invalid_request_error', param: 'temperature', code: 'invalid_value' } }],
    [401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } }],
    [429, { error: { message: 'Rate limit reached for requests', type: 'requests', param: null, code: 'rate_limit_exceeded' } }],
    [500, { error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null } }],
    [503, 'upstream connect error'],
    [502, ''],
  ])('HTTP %s: the same APICallError (status, body, retryability)', async (status, body) => {
    const thin = await expectSame({ status, writes: [typeof body === 'string' ? body : JSON.stringify(body)], headers: { 'retry-after': '2' } });
    expect(thin.error).toMatchObject({ name: 'AI_APICallError', statusCode: status });
  });

  it('a stream cut off without [DONE], and one cut inside an event', async () => {
    await expectSame({ writes: [event(delta({ content: 'a' })), event(delta({ content: 'b' }))] });
    await expectSame({ writes: [event(delta({ content: 'a' })), 'data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"b"}}]}\n'] });
  });

  it('a connection reset mid-stream, and a refused connection', async () => {
    await expectSame({ writes: [event(delta({ content: 'a' }))], pauseMs: 10, after: 'reset' });
    // Under jest fetch's TypeError is of another realm, so neither path recognises "fetch failed"
    // (in a worker both wrap it as a retryable APICallError); they must still fail alike.
    const thin = await expectSame({ writes: [] }, { baseUrl: `${await refusedUrl()}/v1` });
    expect(thin.error).toMatchObject({ message: 'fetch failed', cause: 'ECONNREFUSED' });
  });

  it('CRLF line endings', async () => {
    await expectSame({ writes: answer(['one', 'two'], 'stop', '\r\n') });
  });

  it('chunks split across TCP writes, including inside "data:" and the blank line', async () => {
    const whole = answer(['split ', 'across ', 'writes']).join('');
    const writes: string[] = [];
    for (let i = 0; i < whole.length; i += 7) writes.push(whole.slice(i, i + 7));
    await expectSame({ writes, pauseMs: 2 });
  });

  it('multibyte UTF-8 split across writes', async () => {
    const bytes = Buffer.from(answer(['héllo ', '日本語 ', '🎉']).join(''), 'utf8');
    const cuts = [bytes.indexOf(Buffer.from('é')) + 1, bytes.indexOf(Buffer.from('本')) + 2, bytes.indexOf(Buffer.from('🎉')) + 3];
    const writes = [bytes.subarray(0, cuts[0]), bytes.subarray(cuts[0], cuts[1]), bytes.subarray(cuts[1], cuts[2]), bytes.subarray(cuts[2])];
    const thin = await expectSame({ writes, pauseMs: 5 });
    expect(thin.parts.filter((p) => (p as ModelPart).type === 'text-delta').map((p) => (p as { text: string }).text)).toEqual(['', 'héllo ', '日本語 ', '🎉']);
  });

  // The thin reader sends without fetch (worker/providers/dispatch-post.ts): what fetch adds must still be there.
  it('every request header fetch sends, not only the SDK’s own', async () => {
    const { sdkRequest, thinRequest } = await bothWays({ writes: answer(['ok']) });
    expect(thinRequest?.headers).toEqual(sdkRequest?.headers);
    expect(thinRequest?.headers).toMatchObject({ accept: '*/*', 'accept-encoding': 'gzip, deflate', 'sec-fetch-mode': 'cors' });
  });

  it.each([
    ['gzip', (b: Buffer) => gzipSync(b)],
    ['deflate', (b: Buffer) => deflateSync(b)],
    ['deflate', (b: Buffer) => deflateRawSync(b)],
    ['br', (b: Buffer) => brotliCompressSync(b)],
    ['deflate, gzip', (b: Buffer) => gzipSync(deflateSync(b))],
    ['something-else', (b: Buffer) => b],
  ])('a body with Content-Encoding %s, decoded as fetch decodes it', async (encoding, encode) => {
    const encoded = encode(Buffer.from(answer(['packed ', 'text']).join(''), 'utf8'));
    const writes = [encoded.subarray(0, 9), encoded.subarray(9)];
    await expectSame({ writes, headers: { 'content-encoding': encoding }, pauseMs: 2 });
  });

  it('a body that does not decode as its Content-Encoding says', async () => {
    const thin = await expectSame({ writes: [Buffer.from('not gzip at all')], headers: { 'content-encoding': 'gzip' } });
    expect(thin.error).toMatchObject({ name: 'AI_APICallError' });
  });
});

describe('the thin reader sends the body the SDK sends', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
    fake.reply({ writes: answer(['ok']) });
  });
  afterAll(() => fake.close());

  const conversation: CompletionRequest = {
    ...REQUEST,
    messages: [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'First question' },
      { role: 'assistant', content: 'First answer' },
      { role: 'user', content: 'Second question' },
    ],
  };
  const limits = { maxOutputTokens: 200, temperature: 0.2, topP: 0.9, stop: ['END'] };

  async function bodies(model: string, request: CompletionRequest, providerOptions?: Record<string, unknown>) {
    const signal = AbortSignal.timeout(10_000);
    const base = callSettings(request, CONTEXT, signal);
    const settings = providerOptions ? ({ ...base, providerOptions: { openai: providerOptions } } as StreamTextSettings) : base;
    const prompt = textOnlyPrompt(settings);
    if (!prompt) throw new Error('the case must be text-only');
    const before = fake.requests.length;
    await collect(fromDoStream(createOpenAI({ apiKey: 'sk-test', baseURL: `${fake.url}/v1/`, fetch: providerFetch }).chat(model) as Parameters<typeof fromDoStream>[0], prompt, settings));
    const thin = openAIThinStream({ credential: 'sk-test', baseUrl: `${fake.url}/v1/`, fetch: providerFetch })(model)(prompt, settings);
    if (thin) await collect(thin);
    const [sdk, ours] = fake.requests.slice(before);
    return { sdk: sdk?.body, thin: thin && ours?.body };
  }

  it.each([
    ['gpt-4o-mini', 'a task prompt with every limit', { ...REQUEST, ...limits }, undefined],
    ['gpt-4o-mini', 'a conversation', { ...conversation, ...limits }, undefined],
    ['gpt-4o-mini', 'no limits at all', REQUEST, undefined],
    ['o3-mini', 'a reasoning model: developer turn, max_completion_tokens, no temperature or top_p', { ...conversation, ...limits }, undefined],
    ['o1', 'o1 with a task prompt', { ...REQUEST, ...limits }, undefined],
    ['gpt-5', 'gpt-5 with reasoning effort', { ...REQUEST, ...limits }, { reasoningEffort: 'low' }],
    ['gpt-5.1', 'gpt-5.1 with reasoning effort none keeps temperature', { ...REQUEST, ...limits }, { reasoningEffort: 'none' }],
    ['gpt-5-chat-latest', 'a gpt-5 chat model is not a reasoning model', { ...REQUEST, ...limits }, undefined],
    ['gpt-4o-search-preview', 'a search preview model drops temperature', { ...REQUEST, ...limits }, undefined],
    ['gpt-4o-mini', 'provider options the SDK maps', { ...conversation, ...limits }, { user: 'u-1', store: false, parallelToolCalls: false, strictJsonSchema: true, promptCacheKey: 'k', safetyIdentifier: 's', textVerbosity: 'low', maxCompletionTokens: 50 }],
    ['gpt-4o-mini', 'a forced reasoning model and a system mode', { ...REQUEST, ...limits }, { forceReasoning: true, systemMessageMode: 'system' }],
    ['o4-mini', 'a removed system turn', { ...conversation, ...limits }, { systemMessageMode: 'remove' }],
  ] as const)('%s, %s', async (model, _name, request, providerOptions) => {
    const { sdk, thin } = await bodies(model, request, providerOptions);
    expect(sdk).toBeDefined();
    expect(thin).toEqual(sdk);
  });

  it('o3-mini: the system text as a developer turn, max_completion_tokens for max_tokens, no temperature or top_p', async () => {
    const { thin } = await bodies('o3-mini', { ...REQUEST, ...limits });
    expect(thin).toEqual({
      model: 'o3-mini',
      stop: ['END'],
      max_completion_tokens: 200,
      messages: [
        { role: 'developer', content: 'Be brief.' },
        { role: 'user', content: 'Summarise the notes.' },
      ],
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it.each([
    ['log probabilities', { logprobs: true }],
    ['a service tier', { serviceTier: 'flex' }],
    ['an option of the wrong type, which the SDK refuses', { user: 42 }],
    ['an option the SDK does not know', { somethingElse: true }],
  ])('leaves the call to the SDK for %s', async (_name, providerOptions) => {
    const settings = { ...callSettings(REQUEST, CONTEXT, AbortSignal.timeout(1000)), providerOptions: { openai: providerOptions } } as StreamTextSettings;
    const prompt = textOnlyPrompt(settings);
    expect(prompt).toBeDefined();
    expect(openAIThinStream({ credential: 'sk-test', baseUrl: fake.url, fetch: providerFetch })('gpt-4o-mini')(prompt!, settings)).toBeUndefined();
  });
});

describe('what the thin reader leaves to fetch', () => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await startFake();
    fake.reply({ writes: answer(['ok']) });
  });
  afterAll(() => fake.close());

  const read = (credential: string) => {
    const settings = callSettings(REQUEST, CONTEXT, AbortSignal.timeout(10_000));
    const parts = openAIThinStream({ credential, baseUrl: `${fake.url}/v1`, fetch: providerFetch })('gpt-4o-mini')(textOnlyPrompt(settings)!, settings);
    return collect(parts!);
  };

  it('a global fetch replaced by a test or an instrumentation still gets the call', async () => {
    const original = globalThis.fetch;
    const seen: string[] = [];
    globalThis.fetch = (input, init) => {
      seen.push(String(input));
      return original(input, init);
    };
    try {
      expect((await read('sk-test')).error).toBeUndefined();
    } finally {
      globalThis.fetch = original;
    }
    expect(seen).toEqual([`${fake.url}/v1/chat/completions`]);
  });

  it('a key read with its trailing newline is sent trimmed, as fetch sends it', async () => {
    const before = fake.requests.length;
    const settings = callSettings(REQUEST, CONTEXT, AbortSignal.timeout(10_000));
    await collect(fromDoStream(createOpenAI({ apiKey: 'sk-test\n', baseURL: `${fake.url}/v1`, fetch: providerFetch }).chat('gpt-4o-mini') as Parameters<typeof fromDoStream>[0], textOnlyPrompt(settings)!, settings));
    expect((await read('sk-test\n')).error).toBeUndefined();
    const [sdk, thin] = fake.requests.slice(before);
    expect(sdk?.headers.authorization).toBe('Bearer sk-test');
    expect(thin?.headers).toEqual(sdk?.headers);
  });
});
