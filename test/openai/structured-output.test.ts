/**
 * response_format and images through the whole gateway and each provider's adapter, against the
 * mock in each provider's wire format, with the official OpenAI SDK (`parse` with zodResponseFormat).
 */
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionContentPart } from 'openai/resources/chat/completions';
import { z } from 'zod';
import { readStream, type OpenAIHarness, type WithFallbacks } from './helpers';
import { PNG_DATA_URL, startRichHarness, TOOL_PROVIDERS, WEATHER } from './rich-helpers';

type Params = WithFallbacks<OpenAI.ChatCompletionCreateParamsNonStreaming>;
type Attempt = { provider: string; outcome: string; error_kind?: string; message?: string };

const Trip = z.object({ city: z.string(), nights: z.number().int(), pets: z.boolean() });
const describe_ = (parts: ChatCompletionContentPart[]): OpenAI.ChatCompletionMessageParam[] => [{ role: 'user', content: parts }];

describe('structured output and images on /v1/chat/completions', () => {
  let h: OpenAIHarness;
  const create = (params: Params) => h.client.chat.completions.create(params);
  const attempts = async (id: string): Promise<Attempt[]> => (await h.gw.db('ai_requests').where({ task_id: id.replace(/^chatcmpl-/, '') }).first()).attempts;

  beforeAll(async () => {
    h = await startRichHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it.each(TOOL_PROVIDERS)('%s: chat.completions.parse with zodResponseFormat gets an instance of the schema', async (provider) => {
    const completion = await h.client.chat.completions.parse({
      model: `${provider}/mock-ok`,
      messages: [{ role: 'user', content: 'Plan a trip' }],
      response_format: zodResponseFormat(Trip, 'trip'),
    });
    expect(completion.choices[0]?.message.parsed).toEqual({ city: 'mock', nights: expect.any(Number), pets: true });
  });

  it('sends json_schema natively where the provider has it, and emulates it on Claude', async () => {
    h.mock.reset();
    await h.client.chat.completions.parse({ model: 'openai/mock-ok', messages: [{ role: 'user', content: 'Plan' }], response_format: zodResponseFormat(Trip, 'trip') });
    expect(h.mock.requests(1)[0]?.body).toMatchObject({ response_format: { type: 'json_schema', json_schema: { name: 'trip', strict: true } } });
    await h.client.chat.completions.parse({ model: 'gemini/mock-ok', messages: [{ role: 'user', content: 'Plan' }], response_format: zodResponseFormat(Trip, 'trip') });
    expect(h.mock.requests(1)[0]?.body).toMatchObject({ generationConfig: { responseMimeType: 'application/json' } });
    await h.client.chat.completions.parse({ model: 'claude/mock-ok', messages: [{ role: 'user', content: 'Plan' }], response_format: zodResponseFormat(Trip, 'trip') });
    // For a model the AI SDK does not know to take output_config.format: a forced `json` tool, whose input is the answer.
    expect(h.mock.requests(1)[0]?.body).toMatchObject({ tools: [{ name: 'json', input_schema: { required: ['city', 'nights', 'pets'] } }], tool_choice: { type: 'any' } });
  });

  it.each(TOOL_PROVIDERS)('%s: json_object answers a JSON object', async (provider) => {
    const completion = await create({ model: `${provider}/mock-ok`, fallbacks: [], messages: [{ role: 'user', content: 'Reply in JSON' }], response_format: { type: 'json_object' } });
    expect(JSON.parse(completion.choices[0]?.message.content ?? '')).toEqual(expect.any(Object));
  });

  it('a strict answer that does not match the schema is a provider fault and fails over, streamed or not', async () => {
    const format = zodResponseFormat(Trip, 'trip');
    const plain = await create({ model: 'openai/mock-json-mismatch', fallbacks: ['claude/mock-ok'], messages: [{ role: 'user', content: 'Plan' }], response_format: format });
    expect(plain.model).toBe('claude/mock-ok');
    expect(JSON.parse(plain.choices[0]?.message.content ?? '')).toEqual({ city: 'mock', nights: expect.any(Number), pets: true });
    expect((await attempts(plain.id))[0]).toMatchObject({ provider: 'openai', outcome: 'error', error_kind: 'malformed_response', message: expect.stringMatching(/does not match the schema/) });

    const notJson = await create({ model: 'openai/mock-json-invalid', fallbacks: ['gemini/mock-ok'], messages: [{ role: 'user', content: 'Plan' }], response_format: format });
    expect(notJson.model).toBe('gemini/mock-ok');

    const { chunks, text, error } = await readStream(
      await h.client.chat.completions.create({ model: 'openai/mock-json-mismatch', fallbacks: ['claude/mock-ok'], messages: [{ role: 'user', content: 'Plan' }], response_format: format, stream: true } as WithFallbacks<OpenAI.ChatCompletionCreateParamsStreaming>),
    );
    expect(error).toBeUndefined();
    expect(JSON.parse(text)).toEqual({ city: 'mock', nights: expect.any(Number), pets: true });
    // The bad answer was held back, never shown: every chunk is the answering model's.
    expect(new Set(chunks.map((c) => c.model))).toEqual(new Set(['claude/mock-ok']));
  });

  it('a non-strict schema is passed on without the check', async () => {
    const completion = await create({
      model: 'openai/mock-json-mismatch',
      fallbacks: [],
      messages: [{ role: 'user', content: 'Plan' }],
      response_format: { type: 'json_schema', json_schema: { name: 'trip', schema: z.toJSONSchema(Trip) as Record<string, unknown>, strict: false } },
    });
    expect(completion.model).toBe('openai/mock-json-mismatch');
  });

  it.each(TOOL_PROVIDERS)('%s: takes an image as a data URL', async (provider) => {
    const completion = await create({ model: `${provider}/mock-ok`, fallbacks: [], messages: describe_([{ type: 'text', text: 'Describe this' }, { type: 'image_url', image_url: { url: PNG_DATA_URL } }]) });
    expect(completion.choices[0]?.message.content).toBe('mock answer: saw 1 image(s); Describe this');
  });

  it('passes an https image URL on to a provider that fetches URLs itself, and never fetches it', async () => {
    const url = 'https://93.184.215.14/cat.png';
    for (const provider of ['openai', 'claude']) {
      h.mock.reset();
      const completion = await create({ model: `${provider}/mock-ok`, fallbacks: [], messages: describe_([{ type: 'text', text: 'Describe this' }, { type: 'image_url', image_url: { url } }]) });
      expect(completion.choices[0]?.message.content).toBe('mock answer: saw 1 image(s); Describe this');
      expect(JSON.stringify(h.mock.requests(1)[0]?.body)).toContain(url);
    }
  });

  it.each([
    ['loopback', 'https://127.0.0.1/a.png'],
    ['a private network', 'https://10.1.2.3/a.png'],
    ['link-local (cloud metadata)', 'https://169.254.169.254/latest/meta-data'],
    ['IPv6 loopback', 'https://[::1]/a.png'],
    ['IPv4-mapped loopback', 'https://[::ffff:127.0.0.1]/a.png'],
    ['localhost', 'https://localhost/a.png'],
    ['plain http', 'http://93.184.215.14/a.png'],
    ['a data URL that is not an image', 'data:text/plain;base64,aGVsbG8='],
    ['a URL with credentials', 'https://user:pw@93.184.215.14/a.png'],
  ])('refuses an image URL to %s with 400 invalid_image_url, before any provider is called', async (_name, url) => {
    h.mock.reset();
    const err = await create({ model: 'openai/mock-ok', messages: describe_([{ type: 'image_url', image_url: { url } }, { type: 'text', text: 'x' }]) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(err).toMatchObject({ status: 400, code: 'invalid_image_url', param: 'messages[0].content[0].image_url.url' });
    expect(h.mock.counts.total).toBe(0);
  });

  it('refuses a data URL over IMAGE_MAX_BYTES', async () => {
    const big = `data:image/png;base64,${Buffer.alloc(6 * 1024 * 1024).toString('base64')}`;
    const err = await fetch(`${h.gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'openai/mock-ok', messages: describe_([{ type: 'image_url', image_url: { url: big } }]) }),
    });
    // The body limit (MAX_BODY_BYTES) may stop it first; either way it is refused before a provider sees it.
    expect([400, 413]).toContain(err.status);
  });

  it('skips a target whose model takes no images, with the reason, and answers from the next', async () => {
    const completion = await create({ model: 'huggingface/mock-ok', fallbacks: ['openai/mock-ok'], messages: describe_([{ type: 'text', text: 'Describe this' }, { type: 'image_url', image_url: { url: PNG_DATA_URL } }]) });
    expect(completion.model).toBe('openai/mock-ok');
    expect((await attempts(completion.id))[0]).toMatchObject({ provider: 'huggingface', outcome: 'skipped', error_kind: 'unsupported', message: expect.stringMatching(/image input/) });
  });

  it('refuses with 400 capability_unavailable a request none of its targets can serve', async () => {
    h.mock.reset();
    const err = await create({ model: 'huggingface/mock-ok', fallbacks: [], messages: describe_([{ type: 'text', text: 'x' }, { type: 'image_url', image_url: { url: PNG_DATA_URL } }]) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(err).toMatchObject({ status: 400, code: 'capability_unavailable' });
    expect((err as Error).message).toMatch(/image input/);
    expect(h.mock.counts.total).toBe(0);
  });

  it('refuses a broken response_format schema with 400 invalid_schema', async () => {
    const err = await create({ model: 'openai/mock-ok', messages: [{ role: 'user', content: 'x' }], response_format: { type: 'json_schema', json_schema: { name: 'x', schema: { type: 'nonsense' } } } }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, code: 'invalid_schema', param: 'response_format.json_schema.schema' });
    const bad = await create({ model: 'openai/mock-ok', messages: [{ role: 'user', content: 'x' }], response_format: { type: 'yaml' } as never }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ status: 400, code: 'invalid_response_format', param: 'response_format' });
  });

  it('answers tools and a schema together: the tool call first, as the provider decides', async () => {
    const completion = await create({ model: 'openai/mock-ok', fallbacks: [], messages: [{ role: 'user', content: 'Plan' }], tools: [WEATHER], response_format: zodResponseFormat(Trip, 'trip') });
    expect(completion.choices[0]?.finish_reason).toBe('tool_calls');
  });
});
