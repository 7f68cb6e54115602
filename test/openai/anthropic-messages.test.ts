/**
 * POST /v1/messages through the official Anthropic SDK: any configured provider answers (Claude's
 * wire format or another), streaming in Anthropic's event types, errors in Anthropic's shape, the
 * gateway's key accepted as x-api-key (the SDK's default) or as a Bearer token.
 */
import Anthropic from '@anthropic-ai/sdk';
import { ANSWER, QUESTION, startOpenAIHarness, type OpenAIHarness } from './helpers';

const KEY = 'gw-messages-key';

describe('POST /v1/messages (Anthropic Messages API)', () => {
  let h: OpenAIHarness;
  let client: Anthropic;

  beforeAll(async () => {
    h = await startOpenAIHarness({ env: { API_KEY: KEY } });
    client = new Anthropic({ baseURL: h.gw.url, apiKey: KEY, maxRetries: 0 });
  });
  afterAll(async () => {
    await h.stop();
  });
  beforeEach(() => h.mock.reset());

  const post = (path: string, body: unknown) =>
    fetch(`${h.gw.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': KEY, 'anthropic-version': '2023-06-01' }, body: JSON.stringify(body) });
  const lastBody = () => h.mock.requests(1)[0]?.body as Record<string, unknown>;

  it('answers a plain request in Anthropic\'s message shape', async () => {
    const message = await client.messages.create({ model: 'claude/mock-ok', max_tokens: 100, messages: [{ role: 'user', content: QUESTION }] });
    expect(message).toMatchObject({ type: 'message', role: 'assistant', model: 'claude/mock-ok', content: [{ type: 'text', text: ANSWER }], stop_reason: 'end_turn', stop_sequence: null });
    expect(message.id).toMatch(/^msg_/);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
  });

  it('a bare Claude model name goes to Claude with that exact model', async () => {
    const message = await client.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 50, messages: [{ role: 'user', content: QUESTION }] });
    expect(message.model).toBe('claude/claude-sonnet-4-5');
    expect(lastBody().model).toBe('claude-sonnet-4-5');
  });

  it('another provider serves it: system, text blocks, stop_sequences and max_tokens are translated', async () => {
    const message = await client.messages.create({
      model: 'openai/mock-ok',
      max_tokens: 77,
      system: [{ type: 'text', text: 'Be brief.' }],
      stop_sequences: ['END'],
      messages: [{ role: 'user', content: [{ type: 'text', text: QUESTION }] }],
    });
    expect(message.content).toEqual([{ type: 'text', text: ANSWER }]);
    expect(message.model).toBe('openai/mock-ok');
    expect(lastBody()).toMatchObject({ model: 'mock-ok', max_tokens: 77, stop: ['END'], messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: QUESTION }] });
  });

  it('streams with Anthropic\'s event types, which the SDK assembles into the whole message', async () => {
    const stream = client.messages.stream({ model: 'openai/mock-ok', max_tokens: 100, messages: [{ role: 'user', content: QUESTION }] });
    const types: string[] = [];
    stream.on('streamEvent', (event) => types.push(event.type));
    const message = await stream.finalMessage();
    expect(message.content).toEqual([{ type: 'text', text: ANSWER }]);
    expect(message.stop_reason).toBe('end_turn');
    expect(types[0]).toBe('message_start');
    expect(types[1]).toBe('content_block_start');
    expect(types.filter((t) => t === 'content_block_delta').length).toBeGreaterThan(1);
    expect(types.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
  });

  it('a stream broken after its start ends with Anthropic\'s error event (gateway words), which the SDK raises', async () => {
    const res = await post('/v1/messages', { model: 'openai/mock-cut-after-2', fallbacks: [], max_tokens: 100, stream: true, messages: [{ role: 'user', content: QUESTION }] });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/^event: message_start\n/);
    expect(text).not.toContain('message_stop');
    const last = text.trim().split('\n\n').at(-1) ?? '';
    expect(last.split('\n')[0]).toBe('event: error');
    expect(JSON.parse(last.split('\n')[1]?.replace(/^data: /, '') ?? '')).toEqual({
      type: 'error',
      error: { type: 'api_error', message: expect.stringMatching(/^the answer broke off after \d+ characters and no route could resume it; the last failure was openai: /) },
    });
    const stream = client.messages.stream({ model: 'openai/mock-cut-after-2', max_tokens: 100, messages: [{ role: 'user', content: QUESTION }], ...({ fallbacks: [] } as object) });
    await expect(stream.finalMessage()).rejects.toThrow(/broke off/);
  });

  it('accepts the gateway key as a Bearer token too, and refuses a wrong key in Anthropic\'s shape', async () => {
    const bearer = new Anthropic({ baseURL: h.gw.url, authToken: KEY, apiKey: null, maxRetries: 0 });
    await expect(bearer.messages.create({ model: 'claude/mock-ok', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })).resolves.toMatchObject({ type: 'message' });
    const wrong = new Anthropic({ baseURL: h.gw.url, apiKey: 'nope', maxRetries: 0 });
    const error = await wrong.messages.create({ model: 'claude/mock-ok', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((error as InstanceType<typeof Anthropic.AuthenticationError>).error).toEqual({ type: 'error', error: { type: 'authentication_error', message: 'the API key is not valid' } });
  });

  it('every provider failing is a 503 overloaded_error', async () => {
    const res = await post('/v1/messages', { model: 'openai/mock-status-503', fallbacks: [], max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ type: 'error', error: { type: 'overloaded_error' } });
  });

  it.each([
    [{ system: [{ type: 'image', source: { type: 'url', url: 'https://93.184.215.14/a.png' } }] }, 'system[0]: content blocks of type "image" are not supported in system on /v1/messages'],
    [{ max_tokens: undefined }, 'max_tokens: Invalid input: expected number, received undefined'],
    [{ thinking: { type: 'enabled', budget_tokens: 1024 } }, 'thinking.type: extended thinking is not supported'],
    [{ messages: [{ role: 'assistant', content: 'hello' }] }, 'the first message must come from the user'],
  ])('refuses %j with a 400 in Anthropic\'s shape', async (change, message) => {
    const res = await post('/v1/messages', { model: 'claude/mock-ok', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], ...change });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ type: 'error', error: { type: 'invalid_request_error', message } });
  });

  it('count_tokens gives an estimate without calling a provider', async () => {
    const counted = await client.messages.countTokens({ model: 'claude/mock-ok', system: 'Be brief.', messages: [{ role: 'user', content: QUESTION }] });
    expect(counted.input_tokens).toBeGreaterThan(QUESTION.length / 8);
    expect(h.mock.counts.total).toBe(0);
  });
});
