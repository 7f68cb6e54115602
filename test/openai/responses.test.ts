/**
 * POST /v1/responses through the clients people use: the openai SDK's `responses.create` (plain
 * and streamed) and the AI SDK's default `createOpenAI({baseURL, apiKey})(id)`, which speaks the
 * Responses API, with generateText and streamText; `previous_response_id` answered from the
 * gateway's own stored conversations, per caller key.
 */
import { createOpenAI } from '@ai-sdk/openai';
import { generateText, streamText } from 'ai';
import OpenAI from 'openai';
import { expireStoredResponses } from '../../shared/responses-retention';
import { knexRunSql } from '../../shared/run-sql';
import { ANSWER, QUESTION, startOpenAIHarness, type OpenAIHarness } from './helpers';

type Sent = { messages: { role: string; content: unknown }[]; max_tokens?: number; model: string };

describe('POST /v1/responses', () => {
  let h: OpenAIHarness;

  beforeAll(async () => {
    h = await startOpenAIHarness();
  });
  afterAll(async () => {
    await h.stop();
  });
  beforeEach(() => h.mock.reset());

  const lastSent = (): Sent => h.mock.requests(1)[0]?.body as Sent;
  const post = (body: unknown) =>
    fetch(`${h.gw.url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x' }, body: JSON.stringify(body) });

  it('openai responses.create: text input and instructions, answered as a response object', async () => {
    const response = await h.client.responses.create({ model: 'openai/mock-ok', input: QUESTION, instructions: 'Answer in one line.', max_output_tokens: 64 });
    expect(response).toMatchObject({ object: 'response', status: 'completed', model: 'openai/mock-ok', output_text: ANSWER, error: null });
    expect(response.id).toMatch(/^resp_[0-9a-f]{32}$/);
    expect(response.output).toEqual([{ type: 'message', id: expect.stringMatching(/^msg_/), status: 'completed', role: 'assistant', content: [{ type: 'output_text', text: ANSWER, annotations: [] }] }]);
    expect(response.usage?.total_tokens).toBeGreaterThan(0);
    expect(lastSent()).toMatchObject({ max_tokens: 64, messages: [{ role: 'system', content: 'Answer in one line.' }, { role: 'user', content: QUESTION }] });
  });

  it('message items with input_text parts and the developer role; a Claude target serves it as well', async () => {
    const response = await h.client.responses.create({
      model: 'claude/mock-ok',
      input: [
        { role: 'developer', content: 'Be brief.' },
        { type: 'message', role: 'user', content: [{ type: 'input_text', text: QUESTION }] },
      ],
    });
    expect(response.output_text).toBe(ANSWER);
    expect(response.model).toBe('claude/mock-ok');
  });

  it('previous_response_id rebuilds the conversation from the stored response (without its instructions)', async () => {
    const first = await h.client.responses.create({ model: 'openai/mock-ok', input: QUESTION, instructions: 'First instructions.' });
    const second = await h.client.responses.create({ model: 'compat/mock-ok', input: 'And on Mondays?', previous_response_id: first.id });
    expect(second.previous_response_id).toBe(first.id);
    expect(lastSent().messages).toEqual([
      { role: 'user', content: QUESTION },
      { role: 'assistant', content: ANSWER },
      { role: 'user', content: 'And on Mondays?' },
    ]);
    // A third turn chains on the second.
    await h.client.responses.create({ model: 'openai/mock-ok', input: 'Thanks', previous_response_id: second.id });
    expect(lastSent().messages).toHaveLength(5);
  });

  it('a response made by another key, an unknown id, or one made with store: false is not found', async () => {
    const unstored = await h.client.responses.create({ model: 'openai/mock-ok', input: QUESTION, store: false });
    await h.gw.db('v1_responses').insert({ id: 'resp_someone_else', caller: 'another-key-id', task_id: '00000000-0000-4000-8000-000000000000', model: 'openai/mock-ok', conversation: JSON.stringify([{ role: 'user', content: 'secret' }]) });
    for (const id of [unstored.id, 'resp_someone_else', 'resp_nothing']) {
      const res = await post({ model: 'openai/mock-ok', input: 'again', previous_response_id: id });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: { type: 'invalid_request_error', code: 'previous_response_not_found', param: 'previous_response_id', message: `no stored response "${id}" was made with this API key` },
      });
    }
  });

  it('openai responses.create with stream: the Responses event types, in order, with sequence numbers', async () => {
    const stream = await h.client.responses.create({ model: 'openai/mock-ok', input: QUESTION, stream: true });
    const events: OpenAI.Responses.ResponseStreamEvent[] = [];
    for await (const event of stream) events.push(event);
    const types = events.map((e) => e.type);
    expect(types.slice(0, 4)).toEqual(['response.created', 'response.in_progress', 'response.output_item.added', 'response.content_part.added']);
    expect(types.slice(-4)).toEqual(['response.output_text.done', 'response.content_part.done', 'response.output_item.done', 'response.completed']);
    const deltas = events.filter((e): e is OpenAI.Responses.ResponseTextDeltaEvent => e.type === 'response.output_text.delta');
    expect(deltas.map((d) => d.delta).join('')).toBe(ANSWER);
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i + 1));
    const completed = events.at(-1) as OpenAI.Responses.ResponseCompletedEvent;
    expect(completed.response).toMatchObject({ status: 'completed', output_text: ANSWER });
    // A streamed response is stored too.
    await h.client.responses.create({ model: 'openai/mock-ok', input: 'next', previous_response_id: completed.response.id });
    expect(lastSent().messages).toHaveLength(3);
  });

  it('a stream broken after its start ends with an error event carrying the gateway\'s code and message', async () => {
    const res = await post({ model: 'openai/mock-cut-after-2', fallbacks: [], input: QUESTION, stream: true });
    const text = await res.text();
    const last = text.trim().split('\n\n').at(-1) ?? '';
    expect(last.split('\n')[0]).toBe('event: error');
    expect(JSON.parse(last.split('\n')[1]?.replace(/^data: /, '') ?? '')).toMatchObject({
      type: 'error',
      code: 'stream_interrupted',
      message: expect.stringMatching(/^the answer broke off after \d+ characters and no route could resume it/),
    });
    expect(text).not.toContain('response.completed');
  });

  it('the AI SDK default createOpenAI()(id) (the Responses API): generateText and streamText', async () => {
    const openai = createOpenAI({ baseURL: `${h.gw.url}/v1`, apiKey: 'x' });
    const generated = await generateText({ model: openai('openai/mock-ok'), prompt: QUESTION, maxRetries: 0 });
    expect(generated.text).toBe(ANSWER);
    expect(generated.finishReason).toBe('stop');
    expect(generated.usage.outputTokens).toBeGreaterThan(0);
    const streamed = streamText({ model: openai('claude/mock-ok'), system: 'Be brief.', prompt: QUESTION, maxRetries: 0 });
    expect(await streamed.text).toBe(ANSWER);
    expect(await streamed.finishReason).toBe('stop');
    expect(lastSent()).toMatchObject({ system: [{ type: 'text', text: 'Be brief.' }] });
  });

  it('stored conversations expire with the history (HISTORY_RETENTION_DAYS)', async () => {
    const row = { caller: 'anonymous', task_id: '00000000-0000-4000-8000-000000000001', model: 'openai/mock-ok', conversation: JSON.stringify([]) };
    await h.gw.db('v1_responses').insert([
      { ...row, id: 'resp_old', created_at: new Date('2020-01-01T00:00:00Z') },
      { ...row, id: 'resp_new', created_at: new Date() },
    ]);
    expect(await expireStoredResponses(knexRunSql(h.gw.db), new Date('2021-01-01T00:00:00Z'), 1)).toBe(1);
    expect((await h.gw.db('v1_responses').whereIn('id', ['resp_old', 'resp_new']).select('id')).map((r: { id: string }) => r.id)).toEqual(['resp_new']);
  });

  it.each([
    [{ tools: [{ type: 'file_search', vector_store_ids: ['vs_1'] }] }, 'tools[0].type', 'tools[0].type: built-in tools ("file_search") are not supported on /v1/responses; only "function" tools are'],
    [{ input: [{ type: 'item_reference', id: 'msg_1' }] }, 'input[0].id', '"msg_1" names no item of a response stored with this API key; send the item itself'],
    [{ input: [{ type: 'reasoning', summary: [] }] }, 'input[0].type', 'input items of type "reasoning" are not supported on /v1/responses; send message, function_call, function_call_output or item_reference items'],
    [{ input: [{ role: 'system', content: [{ type: 'input_image', image_url: 'https://x/y.png' }] }] }, 'input[0].content[0].type', 'content parts of type "input_image" are not supported here on /v1/responses; send input_text'],
    [{ input: '' }, 'input', 'input: input must not be empty'],
  ])('refuses %j naming %s', async (change, param, message) => {
    const res = await post({ model: 'openai/mock-ok', input: QUESTION, ...change });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: unknown }).error).toMatchObject({ type: 'invalid_request_error', param, message });
  });
});
