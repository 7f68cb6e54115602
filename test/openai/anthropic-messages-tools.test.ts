/**
 * Tools and images on POST /v1/messages through the official Anthropic SDK, end to end: the API
 * translates them onto the chat job, the worker's adapter sends them in its provider's wire format
 * (Claude's own, or an OpenAI-compatible server's) to the mock provider, and the answer comes back
 * as `tool_use` blocks, streamed or not.
 */
import Anthropic from '@anthropic-ai/sdk';
import type { MessageParam, Tool } from '@anthropic-ai/sdk/resources/messages';
import type { OpenAIHarness } from './helpers';
import { PNG_DATA_URL, startRichHarness } from './rich-helpers';

const WEATHER: Tool = {
  name: 'weather',
  description: 'The weather in a city',
  input_schema: { type: 'object', properties: { city: { type: 'string' }, days: { type: 'integer' } }, required: ['city', 'days'] },
};
const TIME: Tool = { name: 'time', input_schema: { type: 'object', properties: { zone: { type: 'string', enum: ['UTC', 'CET'] } }, required: ['zone'] } };
const PNG_BASE64 = PNG_DATA_URL.replace(/^data:image\/png;base64,/, '');
const ASK: MessageParam[] = [{ role: 'user', content: 'What is the weather in Lyon?' }];

/** The gateway's extension field, passed through by the SDK. */
const only = { fallbacks: [] } as object;

describe('tools and images on /v1/messages (Anthropic SDK)', () => {
  let h: OpenAIHarness;
  let client: Anthropic;

  beforeAll(async () => {
    h = await startRichHarness();
    client = new Anthropic({ baseURL: h.gw.url, apiKey: 'x', maxRetries: 0 });
  });
  afterAll(async () => {
    await h.stop();
  });
  beforeEach(() => h.mock.reset());

  const lastBody = () => h.mock.requests(1)[0]?.body as Record<string, unknown>;
  const post = (path: string, body: unknown) => fetch(`${h.gw.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'anthropic-version': '2023-06-01' }, body: JSON.stringify(body) });

  it.each(['claude', 'compat'])('%s: answers with a tool_use block, then answers the tool_result in text', async (provider) => {
    const call = await client.messages.create({ model: `${provider}/mock-ok`, max_tokens: 100, tools: [WEATHER], messages: ASK, ...only });
    expect(call.stop_reason).toBe('tool_use');
    expect(call.content).toEqual([{ type: 'tool_use', id: expect.any(String), name: 'weather', input: { city: 'mock', days: 1 } }]);
    const sent = JSON.stringify(lastBody().tools);
    expect(sent).toContain('"weather"');
    expect(sent).toContain('"The weather in a city"');
    const use = call.content[0] as Anthropic.ToolUseBlock;

    h.mock.reset();
    const answer = await client.messages.create({
      model: `${provider}/mock-ok`,
      max_tokens: 100,
      tools: [WEATHER],
      messages: [...ASK, { role: 'assistant', content: call.content }, { role: 'user', content: [{ type: 'tool_result', tool_use_id: use.id, content: '{"forecast":"sunny"}' }] }],
      ...only,
    });
    expect(answer.stop_reason).toBe('end_turn');
    expect(answer.content).toEqual([{ type: 'text', text: 'mock answer: tool weather returned {"forecast":"sunny"}' }]);
    // The call went back to the provider with its id, and the result answers that id.
    expect(JSON.stringify(lastBody().messages)).toContain(use.id);
  });

  it('says a tool_result with is_error in the text, and takes text blocks as its content', async () => {
    const answer = await client.messages.create({
      model: 'claude/mock-ok',
      max_tokens: 100,
      tools: [WEATHER],
      messages: [
        ...ASK,
        { role: 'assistant', content: [{ type: 'text', text: 'Let me look.' }, { type: 'tool_use', id: 'toolu_1', name: 'weather', input: { city: 'Lyon', days: 1 } }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', is_error: true, content: [{ type: 'text', text: 'no station' }] }] },
      ],
      ...only,
    });
    expect(answer.content).toEqual([{ type: 'text', text: 'mock answer: tool weather returned [the tool reported an error] no station' }]);
  });

  it('forces the named tool with tool_choice, and disable_parallel_tool_use makes one call', async () => {
    const forced = await client.messages.create({ model: 'claude/mock-ok', max_tokens: 100, tools: [WEATHER, TIME], tool_choice: { type: 'tool', name: 'time' }, messages: ASK, ...only });
    expect(forced.content).toEqual([{ type: 'tool_use', id: expect.any(String), name: 'time', input: { zone: 'UTC' } }]);
    const both = await client.messages.create({ model: 'compat/mock-tools-parallel-2', max_tokens: 100, tools: [WEATHER, TIME], messages: ASK, ...only });
    expect(both.content.map((b) => (b as Anthropic.ToolUseBlock).name)).toEqual(['weather', 'time']);
    h.mock.reset();
    const one = await client.messages.create({ model: 'claude/mock-tools-parallel-2', max_tokens: 100, tools: [WEATHER, TIME], tool_choice: { type: 'auto', disable_parallel_tool_use: true }, messages: ASK, ...only });
    expect(one.content).toHaveLength(1);
    expect(lastBody()).toMatchObject({ tool_choice: { type: 'auto', disable_parallel_tool_use: true } });
    const none = await client.messages.create({ model: 'claude/mock-ok', max_tokens: 100, tools: [WEATHER], tool_choice: { type: 'none' }, messages: ASK, ...only });
    expect(none).toMatchObject({ stop_reason: 'end_turn', content: [{ type: 'text', text: 'mock answer: What is the weather in Lyon?' }] });
  });

  it.each(['claude', 'openai'])('%s: streams tool_use blocks (input_json_delta pieces) that MessageStream assembles into parsed input', async (provider) => {
    const stream = client.messages.stream({ model: `${provider}/mock-tools-parallel-2`, max_tokens: 100, tools: [WEATHER, TIME], messages: ASK, ...only });
    const events: Anthropic.MessageStreamEvent[] = [];
    stream.on('streamEvent', (event) => events.push(event));
    const message = await stream.finalMessage();
    expect(message.stop_reason).toBe('tool_use');
    expect(message.content).toEqual([
      { type: 'tool_use', id: expect.any(String), name: 'weather', input: { city: 'mock', days: 1 } },
      { type: 'tool_use', id: expect.any(String), name: 'time', input: { zone: 'UTC' } },
    ]);
    const starts = events.filter((e) => e.type === 'content_block_start');
    expect(starts.map((e) => [e.index, e.content_block])).toEqual([
      [0, { type: 'tool_use', id: expect.any(String), name: 'weather', input: {} }],
      [1, { type: 'tool_use', id: expect.any(String), name: 'time', input: {} }],
    ]);
    const deltas = events.filter((e) => e.type === 'content_block_delta');
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.every((e) => e.delta.type === 'input_json_delta')).toBe(true);
    expect(events.filter((e) => e.type === 'content_block_stop').map((e) => e.index)).toEqual([0, 1]);
    expect(events.at(-2)).toMatchObject({ type: 'message_delta', delta: { stop_reason: 'tool_use' } });
  });

  it('a stream broken after a tool_use block started ends with Anthropic\'s error event, not resumed elsewhere', async () => {
    const stream = client.messages.stream({ model: 'openai/mock-cut-after-2', max_tokens: 100, tools: [WEATHER], messages: ASK, ...({ fallbacks: ['claude/mock-ok'] } as object) });
    const starts: unknown[] = [];
    stream.on('streamEvent', (event) => {
      if (event.type === 'content_block_start') starts.push(event.content_block);
    });
    await expect(stream.finalMessage()).rejects.toThrow(/tool calls are not resumed on another route/);
    expect(starts).toEqual([{ type: 'tool_use', id: expect.any(String), name: 'weather', input: {} }]);
  });

  it('refuses an image for a target that takes none with a 400 naming why, in Anthropic\'s shape', async () => {
    const res = await post('/v1/messages', {
      model: 'huggingface/mock-ok',
      fallbacks: [],
      max_tokens: 10,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'x' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_BASE64 } }] }],
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ type: 'error', error: { type: 'invalid_request_error', message: expect.stringMatching(/^no target of this request can serve it \(huggingface\/mock-ok\): .*image input/) } });
    expect(h.mock.counts.total).toBe(0);
  });

  it('sends a base64 image block on to Claude as Claude\'s image block, and to OpenAI as a data URL', async () => {
    const content: MessageParam['content'] = [
      { type: 'text', text: 'Describe this' },
      { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_BASE64 } },
    ];
    const claude = await client.messages.create({ model: 'claude/mock-ok', max_tokens: 100, messages: [{ role: 'user', content }], ...only });
    expect(claude.content).toEqual([{ type: 'text', text: 'mock answer: saw 1 image(s); Describe this' }]);
    expect(lastBody().messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'Describe this' }, { type: 'image', source: { type: 'base64', media_type: 'image/png', data: PNG_BASE64 } }] }]);
    h.mock.reset();
    await client.messages.create({ model: 'openai/mock-ok', max_tokens: 100, messages: [{ role: 'user', content }], ...only });
    expect(JSON.stringify(lastBody().messages)).toContain(JSON.stringify(PNG_DATA_URL));
  });

  it('refuses an image URL on a private address with a 400 in Anthropic\'s shape, before any provider is called', async () => {
    const error = await client.messages
      .create({ model: 'claude/mock-ok', max_tokens: 10, messages: [{ role: 'user', content: [{ type: 'text', text: 'x' }, { type: 'image', source: { type: 'url', url: 'https://10.1.2.3/a.png' } }] }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect((error as InstanceType<typeof Anthropic.BadRequestError>).error).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message: expect.stringMatching(/^messages\[0\]\.content\[1\]\.source\.url: the image host is refused: /) },
    });
    expect(h.mock.counts.total).toBe(0);
  });

  it.each([
    [{ tools: [{ type: 'web_search_20250305', name: 'web_search' }] }, 'tools[0].type: server tools ("web_search_20250305") are not supported; send client tools {name, description, input_schema}'],
    [{ tools: [WEATHER, { type: 'bash_20250124', name: 'bash' }] }, 'tools[1].type: server tools ("bash_20250124") are not supported; send client tools {name, description, input_schema}'],
    [{ tools: [{ name: 'x', input_schema: { type: 'string' } }] }, 'the input_schema of "x" must be an object schema ({"type": "object", ...})'],
    [{ tools: [WEATHER], tool_choice: { type: 'tool', name: 'time' } }, 'tool_choice names "time", which is not among the tools sent'],
    [{ messages: [{ role: 'user', content: [{ type: 'document', source: { type: 'text', media_type: 'text/plain', data: 'hi' } }] }] }, 'messages[0].content[0]: content blocks of type "document" are not supported in user turns on /v1/messages'],
    [
      { messages: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: [{ type: 'thinking', thinking: 'hmm', signature: 's' }] }] },
      'messages[1].content[0]: content blocks of type "thinking" are not supported in assistant turns on /v1/messages',
    ],
    [{ messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_x', content: '1' }] }] }, 'messages[0].content[0].tool_use_id: "toolu_x" answers no tool_use made earlier in the conversation'],
    [{ messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/bmp', data: 'Qk0=' } }] }] }, 'messages[0].content[0].source.media_type must be one of image/png, image/jpeg, image/gif, image/webp'],
  ])('refuses %j with a 400 naming the field', async (change, message) => {
    const res = await post('/v1/messages', { model: 'claude/mock-ok', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], ...change });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ type: 'error', error: { type: 'invalid_request_error', message } });
    expect(h.mock.counts.total).toBe(0);
  });

  it('count_tokens counts the tools sent', async () => {
    const without = await client.messages.countTokens({ model: 'claude/mock-ok', messages: ASK });
    const withTools = await client.messages.countTokens({ model: 'claude/mock-ok', messages: ASK, tools: [WEATHER, TIME] });
    expect(withTools.input_tokens - without.input_tokens).toBeGreaterThan(JSON.stringify([WEATHER, TIME]).length / 8);
  });
});
