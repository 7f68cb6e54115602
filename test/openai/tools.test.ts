/**
 * Tools through the whole gateway (API → queue → worker → each provider's adapter → the mock in
 * that provider's wire format), with the official OpenAI SDK as the client.
 */
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { readStream, type OpenAIHarness, type WithFallbacks } from './helpers';
import { startRichHarness, TIME, TOOL_PROVIDERS, WEATHER } from './rich-helpers';

type Params = WithFallbacks<OpenAI.ChatCompletionCreateParamsNonStreaming>;

describe('tools on /v1/chat/completions', () => {
  let h: OpenAIHarness;
  const create = (params: Params) => h.client.chat.completions.create(params);
  const ask: ChatCompletionMessageParam[] = [{ role: 'user', content: 'What is the weather in Lyon?' }];

  beforeAll(async () => {
    h = await startRichHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it.each(TOOL_PROVIDERS)('%s: answers with a tool call (id, name, JSON arguments) and finish_reason tool_calls, kept in the history', async (provider) => {
    const completion = await create({ model: `${provider}/mock-ok`, fallbacks: [], messages: ask, tools: [WEATHER] });
    const choice = completion.choices[0];
    expect(choice?.finish_reason).toBe('tool_calls');
    expect(choice?.message.content).toBeNull();
    const calls = choice?.message.tool_calls ?? [];
    expect(calls).toHaveLength(1);
    const call = calls[0] as OpenAI.ChatCompletionMessageFunctionToolCall;
    expect(call.type).toBe('function');
    expect(call.id).not.toBe('');
    expect(call.function.name).toBe('weather');
    expect(JSON.parse(call.function.arguments)).toEqual({ city: 'mock', days: 1 });
    const row = await h.gw.db('ai_requests').where({ task_id: completion.id.replace(/^chatcmpl-/, '') }).first();
    expect(row).toMatchObject({ status: 'success', provider_used: provider, tool_call_count: 1 });
  });

  it.each(TOOL_PROVIDERS)('%s: takes the assistant tool call and the tool result back, and answers from the result', async (provider) => {
    const messages: ChatCompletionMessageParam[] = [
      ...ask,
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{"city":"Lyon","days":2}' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: '{"forecast":"sunny"}' },
    ];
    const completion = await create({ model: `${provider}/mock-ok`, fallbacks: [], messages, tools: [WEATHER] });
    expect(completion.choices[0]?.finish_reason).toBe('stop');
    expect(completion.choices[0]?.message.content).toBe('mock answer: tool weather returned {"forecast":"sunny"}');
  });

  it('makes several calls at once, or one with parallel_tool_calls false (sent to the provider as such)', async () => {
    const both = await create({ model: 'openai/mock-tools-parallel-2', fallbacks: [], messages: ask, tools: [WEATHER, TIME] });
    expect(both.choices[0]?.message.tool_calls?.map((c) => (c as OpenAI.ChatCompletionMessageFunctionToolCall).function.name)).toEqual(['weather', 'time']);
    h.mock.reset();
    const one = await create({ model: 'openai/mock-tools-parallel-2', fallbacks: [], messages: ask, tools: [WEATHER, TIME], parallel_tool_calls: false });
    expect(one.choices[0]?.message.tool_calls).toHaveLength(1);
    expect(h.mock.requests(1)[0]?.body).toMatchObject({ parallel_tool_calls: false });
    const claude = await create({ model: 'claude/mock-tools-parallel-2', fallbacks: [], messages: ask, tools: [WEATHER, TIME], parallel_tool_calls: false });
    expect(claude.choices[0]?.message.tool_calls).toHaveLength(1);
    expect(h.mock.requests(1)[0]?.body).toMatchObject({ tool_choice: { type: 'auto', disable_parallel_tool_use: true } });
  });

  it('forces the named tool with tool_choice, and makes no call with tool_choice none', async () => {
    const forced = await create({ model: 'claude/mock-ok', fallbacks: [], messages: ask, tools: [WEATHER, TIME], tool_choice: { type: 'function', function: { name: 'time' } } });
    expect((forced.choices[0]?.message.tool_calls?.[0] as OpenAI.ChatCompletionMessageFunctionToolCall).function).toEqual({ name: 'time', arguments: '{"zone":"UTC"}' });
    const none = await create({ model: 'openai/mock-ok', fallbacks: [], messages: ask, tools: [WEATHER], tool_choice: 'none' });
    expect(none.choices[0]).toMatchObject({ finish_reason: 'stop', message: { content: 'mock answer: What is the weather in Lyon?' } });
  });

  it('answers the legacy functions API with function_call', async () => {
    const legacy = await create({ model: 'openai/mock-ok', fallbacks: [], messages: ask, functions: [WEATHER.function as OpenAI.ChatCompletionCreateParams.Function] } as Params);
    expect(legacy.choices[0]?.finish_reason).toBe('function_call');
    expect(legacy.choices[0]?.message.function_call).toEqual({ name: 'weather', arguments: '{"city":"mock","days":1}' });
    const answered = await create({
      model: 'claude/mock-ok',
      fallbacks: [],
      messages: [...ask, { role: 'assistant', content: null, function_call: { name: 'weather', arguments: '{"city":"Lyon"}' } }, { role: 'function', name: 'weather', content: 'rain' }],
      functions: [WEATHER.function as OpenAI.ChatCompletionCreateParams.Function],
    } as Params);
    expect(answered.choices[0]?.message.content).toBe('mock answer: tool weather returned rain');
  });

  it.each(['openai', 'claude', 'gemini'])('%s: streams tool-call deltas (index, id, name, argument pieces) that the SDK assembles', async (provider) => {
    const stream = h.client.chat.completions.stream({ model: `${provider}/mock-tools-parallel-2`, messages: ask, tools: [WEATHER, TIME], stream_options: { include_usage: true } });
    const final = await stream.finalChatCompletion();
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
    const calls = (final.choices[0]?.message.tool_calls ?? []) as OpenAI.ChatCompletionMessageFunctionToolCall[];
    expect(calls.map((c) => [c.function.name, JSON.parse(c.function.arguments)])).toEqual([
      ['weather', { city: 'mock', days: 1 }],
      ['time', { zone: 'UTC' }],
    ]);
    expect(calls.every((c) => c.id !== '')).toBe(true);
  });

  it('sends a tool call start chunk, then the arguments in pieces, in OpenAI chunk shape', async () => {
    const { chunks, error } = await readStream(await h.client.chat.completions.create({ model: 'openai/mock-ok', fallbacks: [], messages: ask, tools: [WEATHER], stream: true } as WithFallbacks<OpenAI.ChatCompletionCreateParamsStreaming>));
    expect(error).toBeUndefined();
    const deltas = chunks.flatMap((c) => c.choices[0]?.delta.tool_calls ?? []);
    expect(deltas[0]).toMatchObject({ index: 0, type: 'function', id: expect.any(String), function: { name: 'weather', arguments: '' } });
    expect(deltas.length).toBeGreaterThan(2);
    expect(deltas.slice(1).every((d) => d.index === 0 && d.id === undefined && typeof d.function?.arguments === 'string')).toBe(true);
    expect(deltas.map((d) => d.function?.arguments ?? '').join('')).toBe('{"city":"mock","days":1}');
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('fails over invisibly before a tool call starts, and ends with a clean error event when the stream breaks after one started', async () => {
    const before = await h.client.chat.completions.stream({ model: 'openai/mock-status-503', fallbacks: ['claude/mock-ok'], messages: ask, tools: [WEATHER] } as never).finalChatCompletion();
    expect(before.choices[0]?.message.tool_calls).toHaveLength(1);
    expect(before.model).toBe('claude/mock-ok');

    h.mock.reset();
    const { chunks, error } = await readStream(
      await h.client.chat.completions.create({ model: 'openai/mock-cut-after-2', fallbacks: ['claude/mock-ok'], messages: ask, tools: [WEATHER], stream: true } as WithFallbacks<OpenAI.ChatCompletionCreateParamsStreaming>),
    );
    expect(chunks.some((c) => (c.choices[0]?.delta.tool_calls?.length ?? 0) > 0)).toBe(true);
    expect(error).toBeInstanceOf(OpenAI.APIError);
    expect((error as InstanceType<typeof OpenAI.APIError>).message).toMatch(/tool call had started streaming \(openai: malformed_response\); tool calls are not resumed on another route/);
    expect(chunks.some((c) => c.choices[0]?.finish_reason !== null && c.choices[0]?.finish_reason !== undefined)).toBe(false);
    // The failed answer was not resumed on Claude.
    expect(h.mock.counts.byPath['/v1/messages'] ?? 0).toBe(0);
  });

  describe('bad tool input is a 400 naming the field and the code', () => {
    it.each([
      ['a tool whose parameters are not a schema', { tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: 5 } } }] }, 'invalid_schema', 'tools[0].function.parameters'],
      ['a tool whose parameters are not an object schema', { tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'string' } } }] }, 'invalid_schema', 'tools[0].function.parameters'],
      ['a tool with a bad name', { tools: [{ type: 'function', function: { name: 'no spaces' } }] }, 'invalid_tools', 'tools[0].function.name'],
      ['two tools with one name', { tools: [WEATHER, WEATHER] }, 'invalid_tools', 'tools'],
      ['tool_choice naming no tool sent', { tools: [WEATHER], tool_choice: { type: 'function', function: { name: 'time' } } }, 'invalid_tool_choice', 'tool_choice'],
      ['tool_choice required without tools', { tool_choice: 'required' }, 'invalid_tool_choice', 'tool_choice'],
      ['a tool message answering no call', { messages: [...ask, { role: 'tool', tool_call_id: 'nope', content: 'x' }] }, 'invalid_tool_call', 'messages[1].tool_call_id'],
      [
        'tool call arguments that are not JSON',
        { messages: [...ask, { role: 'assistant', content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'weather', arguments: '{city' } }] }] },
        'invalid_tool_call',
        'messages[1].tool_calls[0].function.arguments',
      ],
    ])('%s', async (_name, extra, code, param) => {
      const err = await create({ model: 'openai/mock-ok', messages: ask, ...extra } as Params).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.BadRequestError);
      expect(err).toMatchObject({ status: 400, code, param });
    });
  });
});
