/**
 * The mock provider through the real AI SDK provider packages the gateway uses: tool calls, tool
 * results, structured output, images. What the SDK returns proves the mock speaks what it parses.
 */
import { APICallError, generateText, NoObjectGeneratedError, Output, stepCountIs, streamText, tool, type ModelMessage } from 'ai';
import { z } from 'zod';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { SDK_PROVIDERS, sdkModels, TINY_PNG, type SdkModels, type SdkProvider } from '../helpers/mock-sdk';

type Json = Record<string, unknown>;

const weatherInput = z.object({
  city: z.string(),
  unit: z.enum(['celsius', 'fahrenheit']),
  days: z.number().int().min(1).max(7),
  options: z.object({ hourly: z.boolean() }),
  stations: z.array(z.object({ id: z.string() })),
  note: z.string().optional(),
});
/** The smallest valid instance of weatherInput, as the mock builds it. */
const WEATHER_ARGS = { city: 'mock', unit: 'celsius', days: 1, options: { hourly: true }, stations: [{ id: 'mock' }] };

const verdict = z.object({
  decision: z.enum(['PASS', 'FAIL']),
  score: z.number(),
  reasons: z.array(z.string()),
  meta: z.object({ reviewed: z.boolean() }),
});
const VERDICT = { decision: 'PASS', score: 1, reasons: ['mock'], meta: { reviewed: true } };

const tools = {
  weather: tool({ description: 'The weather in a city', inputSchema: weatherInput }),
  clock: tool({ description: 'The time in a city', inputSchema: z.object({ city: z.string() }) }),
};
// As the gateway calls: no SDK retries, and an explicit limit (Anthropic needs one for unknown model names).
const SETTINGS = { maxRetries: 0, maxOutputTokens: 4096 } as const;

describe('the mock provider through the AI SDK provider packages', () => {
  let mock: MockProvider;
  let sdk: SdkModels;
  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
    sdk = sdkModels(mock.url);
  });
  afterAll(async () => {
    await mock.close();
  });
  beforeEach(() => mock.reset());

  const lastBody = (): Json => mock.requests(1)[0]?.body as Json;

  describe.each(SDK_PROVIDERS)('%s', (provider: SdkProvider) => {
    it('calls the first tool with arguments built from its schema: finish reason tool-calls', async () => {
      const result = await generateText({ model: sdk.chat(provider, 'mock-ok'), tools, prompt: 'Weather in Paris?', ...SETTINGS });
      expect(result.finishReason).toBe('tool-calls');
      expect(result.toolCalls).toEqual([expect.objectContaining({ type: 'tool-call', toolName: 'weather', toolCallId: expect.any(String), input: WEATHER_ARGS })]);
      expect(result.toolCalls[0]?.toolCallId).not.toBe('');
    });

    it('calls the forced tool, and with tools-parallel-2 the first two at once', async () => {
      const forced = await generateText({ model: sdk.chat(provider, 'mock-ok'), tools, toolChoice: { type: 'tool', toolName: 'clock' }, prompt: 'Time?', ...SETTINGS });
      expect(forced.toolCalls.map((c) => [c.toolName, c.input])).toEqual([['clock', { city: 'mock' }]]);
      const parallel = await generateText({ model: sdk.chat(provider, 'mock-tools-parallel-2'), tools, prompt: 'Both?', ...SETTINGS });
      expect(parallel.toolCalls.map((c) => c.toolName)).toEqual(['weather', 'clock']);
      expect(new Set(parallel.toolCalls.map((c) => c.toolCallId)).size).toBe(2);
    });

    it('answers text when tools are offered but forbidden', async () => {
      const result = await generateText({ model: sdk.chat(provider, 'mock-ok'), tools, toolChoice: 'none', prompt: 'Just talk', ...SETTINGS });
      expect(result.toolCalls).toEqual([]);
      expect(result.text).toBe('mock answer: Just talk');
    });

    it('streams the tool call: input deltas, then the call and finish reason tool-calls', async () => {
      const result = streamText({ model: sdk.chat(provider, 'mock-ok'), tools, prompt: 'Weather in Paris?', ...SETTINGS });
      const types: string[] = [];
      for await (const part of result.fullStream) types.push(part.type);
      expect(await result.finishReason).toBe('tool-calls');
      expect((await result.toolCalls).map((c) => [c.toolName, c.input])).toEqual([['weather', WEATHER_ARGS]]);
      // Gemini sends a function call whole, in one chunk; the others stream its arguments in pieces.
      const deltas = types.filter((t) => t === 'tool-input-delta').length;
      expect(deltas).toBeGreaterThanOrEqual(provider === 'google' ? 0 : 2);
      expect(types).toContain('tool-call');
    });

    it('runs the tool, and the answer quotes the tool result it received', async () => {
      const executed = { weather: tool({ inputSchema: weatherInput, execute: async ({ city }) => ({ forecast: `sunny in ${city}` }) }) };
      const result = await generateText({ model: sdk.chat(provider, 'mock-ok'), tools: executed, stopWhen: stepCountIs(3), prompt: 'Weather in Paris?', ...SETTINGS });
      expect(result.steps).toHaveLength(2);
      expect(result.text).toBe('mock answer: tool weather returned {"forecast":"sunny in mock"}');
      expect(result.finishReason).toBe('stop');
      expect(JSON.stringify(lastBody())).toContain('sunny in mock');
    });

    it('answers structured output with an instance of the schema, streamed or not', async () => {
      const result = await generateText({ model: sdk.chat(provider, 'mock-ok'), output: Output.object({ schema: verdict }), prompt: 'Judge it', ...SETTINGS });
      expect(result.output).toEqual(VERDICT);
      const streamed = streamText({ model: sdk.chat(provider, 'mock-ok'), output: Output.object({ schema: verdict }), prompt: 'Judge it', ...SETTINGS });
      expect(await streamed.output).toEqual(VERDICT);
    });

    it.each([
      ['mock-json-mismatch', 'AI_TypeValidationError'],
      ['mock-json-invalid', 'AI_JSONParseError'],
    ])('%s is an answer the SDK refuses (%s)', async (model, cause) => {
      const outcome = await generateText({ model: sdk.chat(provider, model), output: Output.object({ schema: verdict }), prompt: 'Judge it', ...SETTINGS })
        .then((r) => r.output)
        .catch((err: unknown) => err);
      expect(NoObjectGeneratedError.isInstance(outcome)).toBe(true);
      expect((outcome as NoObjectGeneratedError).cause).toMatchObject({ name: cause });
    });

    it('counts the image parts it received, sent as bytes', async () => {
      const messages: ModelMessage[] = [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Describe these' },
            { type: 'image', image: TINY_PNG, mediaType: 'image/png' },
            { type: 'image', image: new Uint8Array(TINY_PNG), mediaType: 'image/png' },
          ],
        },
      ];
      const result = await generateText({ model: sdk.chat(provider, 'mock-ok'), messages, ...SETTINGS });
      expect(result.text).toBe('mock answer: saw 2 image(s); Describe these');
    });
  });

  describe('image URLs: passed on, or downloaded by the SDK itself', () => {
    const withUrl = (url: string, mediaType?: string): ModelMessage[] => [
      { role: 'user', content: [{ type: 'text', text: 'Look' }, { type: 'image', image: new URL(url), ...(mediaType ? { mediaType } : {}) }] },
    ];

    it('OpenAI .chat and Anthropic pass an https URL to the provider as a URL', async () => {
      for (const provider of ['openai', 'anthropic'] as const) {
        const result = await generateText({ model: sdk.chat(provider, 'mock-ok'), messages: withUrl('https://example.com/cat.png'), ...SETTINGS });
        expect(result.text).toBe('mock answer: saw 1 image(s); Look');
        expect(JSON.stringify(lastBody())).toContain('"https://example.com/cat.png"');
      }
      const openaiPart = ((await sentParts('openai')) as Json[])[1];
      expect(openaiPart).toEqual({ type: 'image_url', image_url: { url: 'https://example.com/cat.png' } });
      const anthropicPart = ((await sentParts('anthropic')) as Json[])[1];
      expect(anthropicPart).toMatchObject({ type: 'image', source: { type: 'url', url: 'https://example.com/cat.png' } });
    });

    it('Google passes an https URL as fileData only for gemini-* model names and an exact image media type', async () => {
      const result = await generateText({ model: sdk.chat('google', 'gemini-2.5-flash'), messages: withUrl('https://example.com/cat.png', 'image/png'), ...SETTINGS });
      expect(result.text).toBe('mock answer: saw 1 image(s); Look');
      const contents = lastBody().contents as { parts: Json[] }[];
      expect(contents[0]?.parts[1]).toEqual({ fileData: { mimeType: 'image/png', fileUri: 'https://example.com/cat.png' } });
    });

    it.each([
      ['google', 'mock-ok'],
      ['mistral', 'mock-ok'],
      ['compatible', 'mock-ok'],
    ] as const)('%s downloads the URL in the caller (refusing a private address) instead of passing it on', async (provider, model) => {
      const before = mock.counts.total;
      const outcome = await generateText({ model: sdk.chat(provider, model), messages: withUrl(`${mock.url}/cat.png`), ...SETTINGS }).catch((err: unknown) => err);
      expect(outcome).toMatchObject({ name: 'AI_DownloadError', message: expect.stringMatching(/127\.0\.0\.1 is not allowed/) });
      // Nothing reached the mock: neither the download nor the chat call.
      expect(mock.counts.total).toBe(before);
    });

    async function sentParts(provider: 'openai' | 'anthropic'): Promise<unknown[]> {
      await generateText({ model: sdk.chat(provider, 'mock-ok'), messages: withUrl('https://example.com/cat.png'), ...SETTINGS });
      const body = lastBody();
      const messages = body.messages as { content: unknown[] }[];
      return messages.at(-1)?.content ?? [];
    }
  });

  describe('what the Anthropic package sends for structured output', () => {
    it('a model without native structured output (mock-ok): a forced tool named json, read back as the answer', async () => {
      const result = await generateText({ model: sdk.chat('anthropic', 'mock-ok'), output: Output.object({ schema: verdict }), prompt: 'Judge it', ...SETTINGS });
      expect(result.output).toEqual(VERDICT);
      const body = lastBody();
      expect(body.tool_choice).toEqual({ type: 'any', disable_parallel_tool_use: true });
      expect(body.tools).toEqual([expect.objectContaining({ name: 'json', description: 'Respond with a JSON object.', input_schema: expect.objectContaining({ type: 'object' }) })]);
      expect(body.output_config).toBeUndefined();
    });

    it('a model the package knows has it (claude-sonnet-4-5): output_config.format json_schema', async () => {
      const result = await generateText({ model: sdk.chat('anthropic', 'claude-sonnet-4-5'), output: Output.object({ schema: verdict }), prompt: 'Judge it', ...SETTINGS });
      expect(result.output).toEqual(VERDICT);
      const body = lastBody();
      expect(body.output_config).toEqual({ format: { type: 'json_schema', schema: expect.objectContaining({ type: 'object' }) } });
      expect(body.tools).toBeUndefined();
    });

    it('with application tools too: the tool is called first, the JSON comes after its result', async () => {
      const executed = { weather: tool({ inputSchema: weatherInput, execute: async () => ({ forecast: 'sunny' }) }) };
      const result = await generateText({
        model: sdk.chat('anthropic', 'mock-ok'),
        tools: executed,
        output: Output.object({ schema: verdict }),
        stopWhen: stepCountIs(3),
        prompt: 'Weather, then judge',
        ...SETTINGS,
      });
      expect(result.steps[0]?.toolCalls.map((c) => c.toolName)).toEqual(['weather']);
      expect(result.output).toEqual(VERDICT);
    });
  });

  it('a malformed image is the provider’s 400, which the SDK reports as a non-retryable API error', async () => {
    const broken: ModelMessage[] = [{ role: 'user', content: [{ type: 'text', text: 'Look' }, { type: 'image', image: Buffer.from('not an image'), mediaType: 'image/png' }] }];
    for (const provider of SDK_PROVIDERS) {
      const outcome = await generateText({ model: sdk.chat(provider, 'mock-ok'), messages: broken, ...SETTINGS }).catch((err: unknown) => err);
      expect(APICallError.isInstance(outcome)).toBe(true);
      expect(outcome).toMatchObject({ statusCode: 400, isRetryable: false });
    }
  });
});
