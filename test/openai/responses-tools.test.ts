/**
 * Tools, function-call items, images and text.format on POST /v1/responses, through the whole
 * gateway (API → queue → worker → each provider's adapter → the mock in that provider's wire
 * format), with the openai SDK (`responses.create`, `responses.stream`, `responses.parse`) and the
 * AI SDK's default `createOpenAI()(id)`, which speaks the Responses API.
 */
import { createOpenAI } from '@ai-sdk/openai';
import { generateObject, generateText, stepCountIs, streamText, tool } from 'ai';
import OpenAI from 'openai';
import { zodTextFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import type { OpenAIHarness } from './helpers';
import { PNG_DATA_URL, startRichHarness, TIME, WEATHER } from './rich-helpers';

type Params = OpenAI.Responses.ResponseCreateParamsNonStreaming & { fallbacks?: string[] };
type Sent = { messages: { role: string; content: unknown; tool_calls?: unknown; tool_call_id?: string }[]; tools?: unknown; tool_choice?: unknown; parallel_tool_calls?: boolean };
type Attempt = { provider: string; outcome: string; error_kind?: string; message?: string };

/** The chat tools of rich-helpers in the Responses shape (no `function` nesting). */
const asResponsesTool = (t: typeof WEATHER): OpenAI.Responses.FunctionTool => ({ type: 'function', name: t.function.name, description: t.function.description ?? null, parameters: t.function.parameters ?? null, strict: false });
const weather = asResponsesTool(WEATHER);
const time = asResponsesTool(TIME);
const ASK = 'What is the weather in Lyon?';
const Trip = z.object({ city: z.string(), nights: z.number().int(), pets: z.boolean() });

const calls = (r: OpenAI.Responses.Response) => r.output.filter((o): o is OpenAI.Responses.ResponseFunctionToolCall => o.type === 'function_call');

describe('tools, function calls, images and text.format on /v1/responses', () => {
  let h: OpenAIHarness;
  const create = (params: Params) => h.client.responses.create(params);
  const lastSent = (): Sent => h.mock.requests(1)[0]?.body as Sent;
  const post = (body: unknown) => fetch(`${h.gw.url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x' }, body: JSON.stringify(body) });
  const attempts = async (responseId: string): Promise<Attempt[]> => {
    const hex = responseId.replace(/^resp_/, '');
    const taskId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    return (await h.gw.db('ai_requests').where({ task_id: taskId }).first()).attempts;
  };

  beforeAll(async () => {
    h = await startRichHarness();
  });
  afterAll(async () => {
    await h.stop();
  });
  beforeEach(() => h.mock.reset());

  it('answers a tool call as a function_call item, then takes its output back via previous_response_id and via the full input', async () => {
    const first = await create({ model: 'openai/mock-ok', fallbacks: [], input: ASK, tools: [weather] });
    expect(first.status).toBe('completed');
    expect(first.output).toEqual([
      { type: 'function_call', id: expect.stringMatching(/^fc_[0-9a-f]{32}_0$/), call_id: expect.any(String), name: 'weather', arguments: '{"city":"mock","days":1}', status: 'completed' },
    ]);
    expect(first.output_text).toBe('');
    expect(first.tools).toEqual([weather]);
    expect(lastSent().tools).toEqual([{ type: 'function', function: expect.objectContaining({ name: 'weather' }) }]);
    const call = calls(first)[0] as OpenAI.Responses.ResponseFunctionToolCall;

    const followUp = await create({ model: 'openai/mock-ok', fallbacks: [], previous_response_id: first.id, input: [{ type: 'function_call_output', call_id: call.call_id, output: '{"forecast":"sunny"}' }], tools: [weather] });
    expect(followUp.output_text).toBe('mock answer: tool weather returned {"forecast":"sunny"}');
    expect(followUp.output).toEqual([{ type: 'message', id: expect.stringMatching(/^msg_/), status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: followUp.output_text, annotations: [] }] }]);
    expect(lastSent().messages.slice(-2)).toMatchObject([
      { role: 'assistant', tool_calls: [{ id: call.call_id, type: 'function', function: { name: 'weather', arguments: call.arguments } }] },
      { role: 'tool', tool_call_id: call.call_id, content: '{"forecast":"sunny"}' },
    ]);

    // The same turn with every item sent back, as a stateless client does, answered by Claude (its own wire format).
    const stateless = await create({
      model: 'claude/mock-ok',
      fallbacks: [],
      store: false,
      input: [{ role: 'user', content: ASK }, ...first.output, { type: 'function_call_output', call_id: call.call_id, output: [{ type: 'input_text', text: 'rain' }] }],
      tools: [weather],
    } as Params);
    expect(stateless.output_text).toBe('mock answer: tool weather returned rain');
  });

  it('an item_reference to a stored message or function_call item stands for it (the AI SDK sends earlier text so)', async () => {
    const answered = await create({ model: 'openai/mock-ok', fallbacks: [], input: 'Hello there' });
    const called = await create({ model: 'openai/mock-ok', fallbacks: [], input: ASK, tools: [weather] });
    const call = calls(called)[0] as OpenAI.Responses.ResponseFunctionToolCall;
    const followUp = await create({
      model: 'claude/mock-ok',
      fallbacks: [],
      tools: [weather],
      input: [
        { role: 'user', content: 'Hello there' },
        { type: 'item_reference', id: answered.output[0]?.id as string },
        { role: 'user', content: ASK },
        { type: 'item_reference', id: call.id as string },
        { type: 'function_call_output', call_id: call.call_id, output: 'fog' },
      ],
    });
    expect(followUp.output_text).toBe('mock answer: tool weather returned fog');
    const sent = lastSent() as unknown as { messages: { role: string; content: unknown }[] };
    expect(sent.messages[1]).toEqual({ role: 'assistant', content: [{ type: 'text', text: 'mock answer: Hello there' }] });
    expect(JSON.stringify(sent.messages[3])).toContain(call.call_id);
  });

  it('streams a tool call as function_call events that responses.stream assembles, and stores it for the next turn', async () => {
    const stream = h.client.responses.stream({ model: 'openai/mock-tools-parallel-2', input: ASK, tools: [weather, time] });
    const events: OpenAI.Responses.ResponseStreamEvent[] = [];
    stream.on('event', (e) => events.push(e));
    const final = await stream.finalResponse();
    expect(calls(final).map((c) => [c.name, JSON.parse(c.arguments)])).toEqual([
      ['weather', { city: 'mock', days: 1 }],
      ['time', { zone: 'UTC' }],
    ]);
    const types = events.map((e) => e.type);
    expect(types.slice(0, 3)).toEqual(['response.created', 'response.in_progress', 'response.output_item.added']);
    expect(types).toContain('response.function_call_arguments.delta');
    expect(types.slice(-5)).toEqual(['response.function_call_arguments.done', 'response.output_item.done', 'response.function_call_arguments.done', 'response.output_item.done', 'response.completed']);
    expect(types).not.toContain('response.output_text.delta');
    const added = events.filter((e): e is OpenAI.Responses.ResponseOutputItemAddedEvent => e.type === 'response.output_item.added');
    expect(added.map((e) => [e.output_index, e.item])).toEqual([
      [0, { type: 'function_call', id: expect.stringMatching(/^fc_.*_0$/), call_id: expect.any(String), name: 'weather', arguments: '', status: 'in_progress' }],
      [1, { type: 'function_call', id: expect.stringMatching(/^fc_.*_1$/), call_id: expect.any(String), name: 'time', arguments: '', status: 'in_progress' }],
    ]);
    const done = events.find((e): e is OpenAI.Responses.ResponseFunctionCallArgumentsDoneEvent => e.type === 'response.function_call_arguments.done');
    expect(done).toMatchObject({ item_id: added[0]?.item.id, output_index: 0, name: 'weather', arguments: '{"city":"mock","days":1}' });
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i + 1));

    const [first, second] = calls(final) as [OpenAI.Responses.ResponseFunctionToolCall, OpenAI.Responses.ResponseFunctionToolCall];
    const next = await create({
      model: 'gemini/mock-ok',
      fallbacks: [],
      previous_response_id: final.id,
      input: [
        { type: 'function_call_output', call_id: first.call_id, output: 'sunny' },
        { type: 'function_call_output', call_id: second.call_id, output: '12:00' },
      ],
    });
    expect(next.output_text).toMatch(/^mock answer: tool (weather|time) returned/);
  });

  it('forwards tool_choice (named, none) and parallel_tool_calls false', async () => {
    const forced = await create({ model: 'claude/mock-ok', fallbacks: [], input: ASK, tools: [weather, time], tool_choice: { type: 'function', name: 'time' } });
    expect(calls(forced).map((c) => [c.name, c.arguments])).toEqual([['time', '{"zone":"UTC"}']]);
    expect(forced.tool_choice).toEqual({ type: 'function', name: 'time' });
    const none = await create({ model: 'openai/mock-ok', fallbacks: [], input: ASK, tools: [weather], tool_choice: 'none' });
    expect(none.output_text).toBe(`mock answer: ${ASK}`);
    const one = await create({ model: 'openai/mock-tools-parallel-2', fallbacks: [], input: ASK, tools: [weather, time], parallel_tool_calls: false });
    expect(calls(one)).toHaveLength(1);
    expect(lastSent()).toMatchObject({ parallel_tool_calls: false });
  });

  it('the AI SDK default createOpenAI()(id): generateText runs a tool and answers from it; generateObject gets an instance of a zod schema', async () => {
    const openai = createOpenAI({ baseURL: `${h.gw.url}/v1`, apiKey: 'x' });
    const cities: string[] = [];
    const result = await generateText({
      model: openai('openai/mock-ok'),
      prompt: ASK,
      tools: {
        weather: tool({
          description: 'The weather in a city',
          inputSchema: z.object({ city: z.string(), days: z.number().int() }),
          execute: async ({ city }) => {
            cities.push(city);
            return { forecast: 'sunny' };
          },
        }),
      },
      stopWhen: stepCountIs(3),
      maxRetries: 0,
    });
    expect(cities).toEqual(['mock']);
    expect(result.steps.map((s) => s.finishReason)).toEqual(['tool-calls', 'stop']);
    expect(result.text).toBe('mock answer: tool weather returned {"forecast":"sunny"}');

    const streamed = streamText({
      model: openai('claude/mock-tools-parallel-2'),
      prompt: ASK,
      tools: {
        weather: tool({ inputSchema: z.object({ city: z.string(), days: z.number().int() }), execute: async () => 'windy' }),
        time: tool({ inputSchema: z.object({ zone: z.string() }), execute: async ({ zone }) => `noon ${zone}` }),
      },
      stopWhen: stepCountIs(3),
      maxRetries: 0,
    });
    expect(await streamed.text).toMatch(/^mock answer: tool (weather|time) returned/);
    const firstStep = (await streamed.steps)[0];
    // The mock makes the arguments up from each zod schema (days: the smallest safe integer).
    expect(firstStep?.toolCalls.map((c) => [c.toolName, c.input])).toEqual([
      ['weather', { city: 'mock', days: expect.any(Number) }],
      ['time', { zone: 'mock' }],
    ]);

    const object = await generateObject({ model: openai('claude/mock-ok'), schema: Trip, prompt: 'Plan a trip', maxRetries: 0 });
    expect(object.object).toEqual({ city: 'mock', nights: expect.any(Number), pets: true });
  });

  it('text.format json_schema: responses.parse gets the instance; a strict answer that does not match fails over, streamed or not', async () => {
    const parsed = await h.client.responses.parse({ model: 'openai/mock-ok', input: 'Plan a trip', text: { format: zodTextFormat(Trip, 'trip') } });
    expect(parsed.output_parsed).toEqual({ city: 'mock', nights: expect.any(Number), pets: true });
    expect(parsed.text?.format).toMatchObject({ type: 'json_schema', name: 'trip', strict: true });
    expect(lastSent()).toMatchObject({ response_format: { type: 'json_schema', json_schema: { name: 'trip', strict: true } } });

    const format = zodTextFormat(Trip, 'trip');
    const plain = await create({ model: 'openai/mock-json-mismatch', fallbacks: ['claude/mock-ok'], input: 'Plan', text: { format } });
    expect(plain.model).toBe('claude/mock-ok');
    expect(JSON.parse(plain.output_text)).toEqual({ city: 'mock', nights: expect.any(Number), pets: true });
    expect((await attempts(plain.id))[0]).toMatchObject({ provider: 'openai', outcome: 'error', error_kind: 'malformed_response', message: expect.stringMatching(/does not match the schema/) });

    const notJson = await create({ model: 'openai/mock-json-invalid', fallbacks: ['gemini/mock-ok'], input: 'Plan', text: { format } });
    expect(notJson.model).toBe('gemini/mock-ok');

    const streamed = await h.client.responses.stream({ model: 'openai/mock-json-mismatch', fallbacks: ['claude/mock-ok'], input: 'Plan', text: { format } } as never).finalResponse();
    expect(streamed.model).toBe('claude/mock-ok');
    expect(JSON.parse(streamed.output_text)).toEqual({ city: 'mock', nights: expect.any(Number), pets: true });

    const object = await create({ model: 'openai/mock-ok', fallbacks: [], input: 'Reply in JSON', text: { format: { type: 'json_object' } } });
    expect(JSON.parse(object.output_text)).toEqual(expect.any(Object));
  });

  it('takes an input_image as a data URL or an https URL to a public address', async () => {
    const text = { type: 'input_text' as const, text: 'Describe this' };
    const data = await create({ model: 'gemini/mock-ok', fallbacks: [], input: [{ role: 'user', content: [text, { type: 'input_image', image_url: PNG_DATA_URL, detail: 'auto' }] }] });
    expect(data.output_text).toBe('mock answer: saw 1 image(s); Describe this');
    const url = 'https://93.184.215.14/cat.png';
    const linked = await create({ model: 'openai/mock-ok', fallbacks: [], input: [{ role: 'user', content: [text, { type: 'input_image', image_url: url, detail: 'low' }] }] });
    expect(linked.output_text).toBe('mock answer: saw 1 image(s); Describe this');
    expect(JSON.stringify(lastSent())).toContain(url);
  });

  it('refuses an input_image on a private address with 400 and the message chat gives, before any provider is called', async () => {
    const url = 'https://10.1.2.3/a.png';
    const res = await post({ model: 'openai/mock-ok', input: [{ role: 'user', content: [{ type: 'input_image', image_url: url }, { type: 'input_text', text: 'x' }] }] });
    expect(res.status).toBe(400);
    const error = ((await res.json()) as { error: { message: string; param: string; code: string } }).error;
    expect(error).toMatchObject({ type: 'invalid_request_error', code: 'invalid_image_url', param: 'input[0].content[0].image_url' });
    const chat = await h.client.chat.completions.create({ model: 'openai/mock-ok', messages: [{ role: 'user', content: [{ type: 'image_url', image_url: { url } }] }] }).catch((e: unknown) => e as InstanceType<typeof OpenAI.APIError>);
    expect(chat).toBeInstanceOf(OpenAI.BadRequestError);
    const chatMessage = (chat as InstanceType<typeof OpenAI.APIError>).error as { message: string };
    expect(error.message.replace(/^input\[0\]\.content\[0\]\.image_url: /, '')).toBe(chatMessage.message.replace(/^messages\[0\]\.content\[0\]\.image_url\.url: /, ''));
    expect(error.message).toMatch(/^input\[0\]\.content\[0\]\.image_url: the image host is refused: /);
    expect(h.mock.counts.total).toBe(0);
  });

  it('ends a stream broken after a tool call started with an error event, and skips a target that takes no images', async () => {
    const res = await post({ model: 'openai/mock-cut-after-2', fallbacks: ['claude/mock-ok'], input: ASK, tools: [weather], stream: true });
    const text = await res.text();
    expect(text).toContain('event: response.function_call_arguments.delta');
    const last = text.trim().split('\n\n').at(-1) ?? '';
    expect(last.split('\n')[0]).toBe('event: error');
    expect(JSON.parse(last.split('\n')[1]?.replace(/^data: /, '') ?? '')).toMatchObject({ type: 'error', code: 'stream_interrupted', message: expect.stringMatching(/tool calls are not resumed on another route/) });
    expect(text).not.toContain('response.completed');

    h.mock.reset();
    const image = { role: 'user' as const, content: [{ type: 'input_text' as const, text: 'x' }, { type: 'input_image' as const, image_url: PNG_DATA_URL, detail: 'auto' as const }] };
    const refused = await post({ model: 'huggingface/mock-ok', fallbacks: [], input: [image] });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: unknown }).error).toMatchObject({ code: 'capability_unavailable', message: expect.stringMatching(/image input/) });
    expect(h.mock.counts.total).toBe(0);
  });

  it.each([
    ['a built-in tool', { tools: [{ type: 'web_search' }] }, 'invalid_tools', 'tools[0].type', 'tools[0].type: built-in tools ("web_search") are not supported on /v1/responses; only "function" tools are'],
    ['a tool whose parameters are not a schema', { tools: [{ type: 'function', name: 'f', parameters: { type: 'object', properties: 5 } }] }, 'invalid_schema', 'tools[0].parameters', expect.stringMatching(/^the parameters of "f" are not a valid JSON Schema/)],
    ['tool_choice naming no tool sent', { tools: [weather], tool_choice: { type: 'function', name: 'time' } }, 'invalid_tool_choice', 'tool_choice', 'tool_choice names "time", which is not among the tools sent'],
    ['a text.format of another type', { text: { format: { type: 'yaml' } } }, 'invalid_response_format', 'text.format', expect.stringMatching(/^text.format must be/)],
    ['a text.format schema that is not one', { text: { format: { type: 'json_schema', name: 'x', schema: { type: 'nonsense' } } } }, 'invalid_schema', 'text.format.schema', expect.stringMatching(/^not a valid JSON Schema/)],
    ['a function_call_output answering no call', { input: [{ role: 'user', content: ASK }, { type: 'function_call_output', call_id: 'nope', output: 'x' }] }, 'invalid_tool_call', 'input[1].call_id', '"nope" answers no function_call made earlier in the conversation'],
    ['function_call arguments that are not JSON', { input: [{ role: 'user', content: ASK }, { type: 'function_call', call_id: 'c', name: 'weather', arguments: '{city' }] }, 'invalid_tool_call', 'input[1].arguments', 'input[1].arguments is not JSON'],
    ['a reference to an item of no stored response', { input: [{ role: 'user', content: ASK }, { type: 'item_reference', id: `fc_${'0'.repeat(32)}_0` }] }, 'unsupported_content', 'input[1].id', `"fc_${'0'.repeat(32)}_0" names no item of a response stored with this API key; send the item itself`],
    ['an input_file part', { input: [{ role: 'user', content: [{ type: 'input_file', file_id: 'file_1' }] }] }, 'unsupported_content', 'input[0].content[0].type', 'content parts of type "input_file" are not supported here on /v1/responses; send input_text or input_image'],
  ])('refuses %s with 400 naming the field', async (_name, change, code, param, message) => {
    const res = await post({ model: 'openai/mock-ok', input: ASK, ...change });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: unknown }).error).toEqual({ type: 'invalid_request_error', code, param, message });
    expect(h.mock.counts.total).toBe(0);
  });
});
