/** The mock provider's OpenAI and Anthropic wire formats for tools, JSON, images and long answers, over raw HTTP. */
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { TINY_PNG } from '../helpers/mock-sdk';

type Json = Record<string, unknown>;
type Choice = { message: { content: string | null; tool_calls?: { id: string; type: string; function: { name: string; arguments: string } }[] }; finish_reason: string };

const PNG_DATA_URL = `data:image/png;base64,${TINY_PNG.toString('base64')}`;
const WEATHER = {
  type: 'object',
  properties: {
    city: { type: 'string' },
    unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
    days: { type: 'integer', minimum: 1, maximum: 7 },
    when: { type: 'string', format: 'date' },
    stations: { type: 'array', items: { $ref: '#/$defs/station' } },
    note: { type: 'string' },
  },
  required: ['city', 'unit', 'days', 'when', 'stations'],
  additionalProperties: false,
  $defs: { station: { type: 'object', properties: { id: { type: ['string', 'null'] } }, required: ['id'] } },
};
const WEATHER_ARGS = { city: 'mock', unit: 'celsius', days: 1, when: '2024-01-01', stations: [{ id: 'mock' }] };
const openaiTools = [
  { type: 'function', function: { name: 'weather', description: 'Weather in a city', parameters: WEATHER } },
  { type: 'function', function: { name: 'clock', parameters: { type: 'object', properties: { tz: { type: 'string' } }, required: ['tz'] } } },
];

describe('mock provider wire formats: tools, JSON, images, long answers', () => {
  let mock: MockProvider;
  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
  });
  afterAll(async () => {
    await mock.close();
  });

  const post = async (path: string, body: Json, signal?: AbortSignal) => {
    const res = await fetch(`${mock.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: signal ?? AbortSignal.timeout(5_000) });
    return { res, text: await res.text() };
  };
  const chat = async (model: string, extra: Json) => {
    const { res, text } = await post('/v1/chat/completions', { model, messages: [{ role: 'user', content: 'Weather in Paris?' }], ...extra });
    return { status: res.status, body: JSON.parse(text) as Json & { choices: Choice[] } };
  };
  const messages = async (model: string, extra: Json) => {
    const { res, text } = await post('/v1/messages', { model, max_tokens: 100, messages: [{ role: 'user', content: 'Weather in Paris?' }], ...extra });
    return { status: res.status, body: JSON.parse(text) as Json & { content: Json[] } };
  };
  const events = (text: string): Json[] => text.split('\n').filter((l) => l.startsWith('data: ') && l !== 'data: [DONE]').map((l) => JSON.parse(l.slice(6)) as Json);

  describe('OpenAI Chat Completions', () => {
    it('calls the first tool: an id, the name, arguments built from the schema, finish_reason tool_calls', async () => {
      const { body } = await chat('mock-ok', { tools: openaiTools });
      const choice = body.choices[0];
      expect(choice?.finish_reason).toBe('tool_calls');
      expect(choice?.message.content).toBeNull();
      expect(choice?.message.tool_calls).toEqual([{ id: expect.stringMatching(/^call_/), type: 'function', function: { name: 'weather', arguments: expect.any(String) } }]);
      expect(JSON.parse(choice?.message.tool_calls?.[0]?.function.arguments ?? '')).toEqual(WEATHER_ARGS);
    });

    it('honours tool_choice: a named function, none, Mistral’s any; and parallel calls unless forbidden', async () => {
      const named = await chat('mock-ok', { tools: openaiTools, tool_choice: { type: 'function', function: { name: 'clock' } } });
      expect(named.body.choices[0]?.message.tool_calls?.map((c) => [c.function.name, JSON.parse(c.function.arguments) as unknown])).toEqual([['clock', { tz: 'mock' }]]);
      const none = await chat('mock-ok', { tools: openaiTools, tool_choice: 'none' });
      expect(none.body.choices[0]).toMatchObject({ finish_reason: 'stop', message: { content: 'mock answer: Weather in Paris?' } });
      expect((await chat('mock-ok', { tools: openaiTools, tool_choice: 'any' })).body.choices[0]?.finish_reason).toBe('tool_calls');
      const parallel = await chat('mock-tools-parallel-2', { tools: openaiTools });
      expect(parallel.body.choices[0]?.message.tool_calls?.map((c) => c.function.name)).toEqual(['weather', 'clock']);
      const single = await chat('mock-tools-parallel-2', { tools: openaiTools, parallel_tool_calls: false });
      expect(single.body.choices[0]?.message.tool_calls).toHaveLength(1);
    });

    it('streams tool calls: index, id and name first, the arguments in several pieces, then tool_calls and [DONE]', async () => {
      const { text } = await post('/v1/chat/completions', { model: 'mock-tools-parallel-2', stream: true, tools: openaiTools, messages: [{ role: 'user', content: 'Both?' }] });
      expect(text.trim().endsWith('data: [DONE]')).toBe(true);
      const deltas = events(text).flatMap((e) => (e.choices as { delta: { tool_calls?: Json[] } }[])[0]?.delta.tool_calls ?? []);
      const starts = deltas.filter((d) => d.id !== undefined);
      expect(starts).toEqual([
        { index: 0, id: expect.stringMatching(/^call_/), type: 'function', function: { name: 'weather', arguments: '' } },
        { index: 1, id: expect.stringMatching(/^call_/), type: 'function', function: { name: 'clock', arguments: '' } },
      ]);
      const argsOf = (index: number) => deltas.filter((d) => d.index === index).map((d) => (d.function as { arguments: string }).arguments);
      expect(argsOf(0).length).toBeGreaterThan(3);
      expect(JSON.parse(argsOf(0).join(''))).toEqual(WEATHER_ARGS);
      const finish = events(text).map((e) => (e.choices as { finish_reason: string | null }[])[0]?.finish_reason).filter(Boolean);
      expect(finish).toEqual(['tool_calls']);
    });

    it('quotes the tool results that end the conversation, naming each tool from its call', async () => {
      const conversation = [
        { role: 'user', content: 'Weather and time?' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'weather', arguments: '{}' } }, { id: 'call_2', type: 'function', function: { name: 'clock', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: '{"forecast":"sunny, 24 degrees, light wind from the west all day"}' },
        { role: 'tool', tool_call_id: 'call_2', content: [{ type: 'text', text: '12:00' }] },
      ];
      const { body } = await chat('mock-ok', { tools: openaiTools, messages: conversation });
      expect(body.choices[0]).toMatchObject({
        finish_reason: 'stop',
        message: { content: 'mock answer: tool weather returned {"forecast":"sunny, 24 degrees, light wi; tool clock returned 12:00' },
      });
    });

    it('answers json_schema with an instance of the schema, json_object with the fixed answer, and the JSON faults', async () => {
      const schemaFormat = { response_format: { type: 'json_schema', json_schema: { name: 'weather', strict: true, schema: WEATHER } } };
      const content = async (model: string, extra: Json) => (await chat(model, extra)).body.choices[0]?.message.content ?? '';
      expect(JSON.parse(await content('mock-ok', schemaFormat))).toEqual(WEATHER_ARGS);
      expect(await content('mock-ok', { response_format: { type: 'json_object' } })).toBe('{"decision":"PASS","reasons":["mock"],"evidence":[]}');
      const invalid = await content('mock-json-invalid', schemaFormat);
      expect(() => JSON.parse(invalid)).toThrow();
      // The first required property gets the wrong type; the rest stays valid.
      expect(JSON.parse(await content('mock-json-mismatch', schemaFormat))).toEqual({ ...WEATHER_ARGS, city: 12345 });
      expect(JSON.parse(await content('mock-json-mismatch', { response_format: { type: 'json_object' } }))).toEqual(['mock', 'mismatch']);
      // Outside JSON mode the JSON directives change nothing.
      expect(await content('mock-json-invalid', {})).toBe('mock answer: Weather in Paris?');
      // Gated like any fault: the first call is wrong, the next one right.
      expect(await content('mock-fail-first-1+json-invalid', schemaFormat)).toBe(invalid);
      expect(JSON.parse(await content('mock-fail-first-1+json-invalid', schemaFormat))).toEqual(WEATHER_ARGS);
    });

    it('counts image_url parts, https URLs and data URLs, in OpenAI’s and Mistral’s shapes', async () => {
      const content = [
        { type: 'text', text: 'What is this?' },
        { type: 'image_url', image_url: { url: 'https://example.com/cat.png', detail: 'low' } },
        { type: 'image_url', image_url: { url: PNG_DATA_URL } },
        { type: 'image_url', image_url: PNG_DATA_URL },
      ];
      const { body } = await chat('mock-ok', { messages: [{ role: 'user', content }] });
      expect(body.choices[0]?.message.content).toBe('mock answer: saw 3 image(s); What is this?');
    });

    it.each([
      ['a data URL that is not base64 of an image', 'data:image/png;base64,bm90IGFuIGltYWdl', /not a PNG, JPEG, GIF or WebP/],
      ['a data URL with no image media type', 'data:text/plain;base64,aGVsbG8=', /no image media type/],
      ['a URL that is not http(s)', 'ftp://example.com/cat.png', /scheme must be http or https/],
      ['no URL at all', undefined, /missing/],
    ])('refuses %s with OpenAI’s 400 naming the part', async (_name, url, why) => {
      const parts = [{ type: 'text', text: 'Look' }, { type: 'image_url', image_url: url === undefined ? {} : { url } }];
      const { status, body } = await chat('mock-ok', { messages: [{ role: 'user', content: parts }] });
      expect(status).toBe(400);
      expect(body).toEqual({ error: { message: expect.stringMatching(why), type: 'invalid_request_error', param: 'messages[0].content[1].image_url.url', code: 'invalid_image_url' } });
    });
  });

  describe('Anthropic Messages', () => {
    const anthropicTools = openaiTools.map((t) => ({ name: t.function.name, description: 'a tool', input_schema: t.function.parameters }));

    it('calls a tool with a tool_use block and stop_reason tool_use; honours tool_choice and disable_parallel_tool_use', async () => {
      const { body } = await messages('mock-ok', { tools: anthropicTools });
      expect(body).toMatchObject({ stop_reason: 'tool_use', content: [{ type: 'tool_use', id: expect.stringMatching(/^toolu_/), name: 'weather', input: WEATHER_ARGS }] });
      const forced = await messages('mock-tools-parallel-2', { tools: anthropicTools, tool_choice: { type: 'tool', name: 'clock' } });
      expect(forced.body.content).toEqual([expect.objectContaining({ type: 'tool_use', name: 'clock', input: { tz: 'mock' } })]);
      const parallel = await messages('mock-tools-parallel-2', { tools: anthropicTools, tool_choice: { type: 'any' } });
      expect(parallel.body.content.map((b) => b.name)).toEqual(['weather', 'clock']);
      const single = await messages('mock-tools-parallel-2', { tools: anthropicTools, tool_choice: { type: 'auto', disable_parallel_tool_use: true } });
      expect(single.body.content).toHaveLength(1);
      const none = await messages('mock-ok', { tools: anthropicTools, tool_choice: { type: 'none' } });
      expect(none.body).toMatchObject({ stop_reason: 'end_turn', content: [{ type: 'text', text: 'mock answer: Weather in Paris?' }] });
    });

    it('streams a tool_use block: content_block_start, input_json_delta pieces, message_delta tool_use, message_stop', async () => {
      const { text } = await post('/v1/messages', { model: 'mock-ok', max_tokens: 100, stream: true, tools: anthropicTools, messages: [{ role: 'user', content: 'Weather?' }] });
      const all = events(text);
      expect(all.map((e) => e.type).filter((t) => t !== 'content_block_delta')).toEqual(['message_start', 'content_block_start', 'content_block_stop', 'message_delta', 'message_stop']);
      expect(all[1]).toEqual({ type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: expect.stringMatching(/^toolu_/), name: 'weather', input: {} } });
      const pieces = all.filter((e) => e.type === 'content_block_delta').map((e) => e.delta as { type: string; partial_json: string });
      expect(pieces.length).toBeGreaterThan(3);
      expect(pieces.every((p) => p.type === 'input_json_delta')).toBe(true);
      expect(JSON.parse(pieces.map((p) => p.partial_json).join(''))).toEqual(WEATHER_ARGS);
      expect(all.at(-2)).toMatchObject({ delta: { stop_reason: 'tool_use' } });
    });

    it('quotes a tool_result, and answers output_config.format with an instance of its schema', async () => {
      const conversation = [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'weather', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: [{ type: 'text', text: 'sunny' }] }] },
      ];
      const quoted = await messages('mock-ok', { tools: anthropicTools, messages: conversation });
      expect(quoted.body).toMatchObject({ stop_reason: 'end_turn', content: [{ type: 'text', text: 'mock answer: tool weather returned sunny' }] });
      const structured = await messages('mock-ok', { output_config: { format: { type: 'json_schema', schema: WEATHER } } });
      expect(JSON.parse((structured.body.content[0] as { text: string }).text)).toEqual(WEATHER_ARGS);
    });

    it('counts image blocks (base64 and url) and refuses a malformed one, also inside a tool result, with a 400', async () => {
      const base64 = { type: 'image', source: { type: 'base64', media_type: 'image/png', data: TINY_PNG.toString('base64') } };
      const url = { type: 'image', source: { type: 'url', url: 'https://example.com/cat.png' } };
      const { body } = await messages('mock-ok', { messages: [{ role: 'user', content: [base64, url, { type: 'text', text: 'Compare' }] }] });
      expect(body.content).toEqual([{ type: 'text', text: 'mock answer: saw 2 image(s); Compare' }]);
      const wrongType = await messages('mock-ok', { messages: [{ role: 'user', content: [{ ...base64, source: { ...base64.source, media_type: 'image/jpeg' } }] }] });
      expect(wrongType).toEqual({
        status: 400,
        body: { type: 'error', error: { type: 'invalid_request_error', message: 'messages.0.content.0.image: Image does not match the provided media type image/jpeg' } },
      });
      const svg = await messages('mock-ok', { messages: [{ role: 'user', content: [{ ...base64, source: { ...base64.source, media_type: 'image/svg+xml' } }] }] });
      expect(svg.status).toBe(400);
      expect(svg.body).toMatchObject({ error: { message: expect.stringContaining("media_type: Input should be 'image/jpeg'") } });
      const broken = { ...base64, source: { ...base64.source, data: 'bm90IGFuIGltYWdl' } };
      const inResult = await messages('mock-ok', { messages: [{ role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [broken] }] }] });
      expect(inResult).toEqual({
        status: 400,
        body: { type: 'error', error: { type: 'invalid_request_error', message: 'messages.0.content.0.tool_result.content.0.image.source.base64.data: the image data is not a PNG, JPEG, GIF or WebP image' } },
      });
    });
  });

  describe('long answers', () => {
    it('words-<n> makes the answer n words long, streamed one word per chunk', async () => {
      const whole = await chat('mock-words-12', {});
      const text = whole.body.choices[0]?.message.content ?? '';
      expect(text.split(' ')).toHaveLength(12);
      expect(text.startsWith('mock answer: Weather in Paris?')).toBe(true);
      const streamed = await post('/v1/chat/completions', { model: 'mock-words-70', stream: true, messages: [{ role: 'user', content: 'Go on' }] });
      const contents = events(streamed.text).map((e) => (e.choices as { delta: { content?: string } }[])[0]?.delta.content ?? '').filter(Boolean);
      expect(contents).toHaveLength(70);
      expect(contents.join('').split(' ')).toHaveLength(70);
    });
  });
});
