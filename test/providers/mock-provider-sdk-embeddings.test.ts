/**
 * Embeddings from the mock through the AI SDK provider packages (embed / embedMany) and the
 * official OpenAI client, which asks for base64 by default and decodes it itself.
 */
import { APICallError, embed, embedMany } from 'ai';
import OpenAI from 'openai';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { sdkModels, type SdkModels } from '../helpers/mock-sdk';

const VALUES = ['the first text', 'a second, different text', 'the first text'];
const norm = (v: number[]): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('mock provider embeddings through the SDKs', () => {
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

  it.each([
    ['openai', { openai: { dimensions: 64 } }, 64],
    ['google', { google: { outputDimensionality: 64 } }, 64],
    ['mistral', {}, 1536],
    ['compatible', { compat: { dimensions: 32 } }, 32],
  ] as const)('%s: embedMany gives one unit vector per value, deterministic per text', async (provider, providerOptions, dimensions) => {
    const result = await embedMany({ model: sdk.embedding(provider, 'mock-ok'), values: [...VALUES], providerOptions, maxRetries: 0 });
    expect(result.embeddings).toHaveLength(3);
    for (const vector of result.embeddings) {
      expect(vector).toHaveLength(dimensions);
      expect(norm(vector)).toBeCloseTo(1, 5);
    }
    expect(result.embeddings[2]).toEqual(result.embeddings[0]);
    expect(result.embeddings[1]).not.toEqual(result.embeddings[0]);
    // Gemini's embedding API reports no usage; the others count prompt tokens.
    if (provider === 'google') expect(mock.counts.byPath).toEqual({ '/v1beta/models/mock-ok:batchEmbedContents': 1 });
    else expect(result.usage.tokens).toBeGreaterThan(0);
  });

  it('the same text gives the same vector through every provider, and a shorter one is its prefix re-normalised', async () => {
    const long = await embed({ model: sdk.embedding('openai', 'mock-ok'), value: 'same text', maxRetries: 0, providerOptions: { openai: { dimensions: 16 } } });
    const gemini = await embed({ model: sdk.embedding('google', 'mock-ok'), value: 'same text', maxRetries: 0, providerOptions: { google: { outputDimensionality: 16 } } });
    expect(gemini.embedding).toEqual(long.embedding);
    expect(mock.counts.byPath).toMatchObject({ '/v1beta/models/mock-ok:embedContent': 1, '/v1/embeddings': 1 });
    const short = await embed({ model: sdk.embedding('openai', 'mock-ok'), value: 'same text', maxRetries: 0, providerOptions: { openai: { dimensions: 4 } } });
    const prefix = long.embedding.slice(0, 4);
    const scaled = prefix.map((x) => x / norm(prefix));
    short.embedding.forEach((x, i) => expect(x).toBeCloseTo(scaled[i] ?? NaN, 5));
  });

  it('the official OpenAI client asks for base64 and decodes the same float32 vector', async () => {
    const client = new OpenAI({ apiKey: 'sk-mock', baseURL: `${mock.url}/v1`, maxRetries: 0 });
    const decoded = await client.embeddings.create({ model: 'mock-ok', input: ['the first text'], dimensions: 8 });
    expect((mock.requests(1)[0]?.body as { encoding_format?: string }).encoding_format).toBe('base64');
    const floats = await client.embeddings.create({ model: 'mock-ok', input: 'the first text', dimensions: 8, encoding_format: 'float' });
    expect(decoded.data[0]?.embedding).toEqual(floats.data[0]?.embedding);
    expect(floats.usage.prompt_tokens).toBeGreaterThan(0);
  });

  it('fault directives apply: a 429 from OpenAI, a 503 in Google’s error shape', async () => {
    const limited = await embedMany({ model: sdk.embedding('openai', 'mock-status-429-retry-2'), values: ['x'], maxRetries: 0 }).catch((err: unknown) => err);
    expect(APICallError.isInstance(limited)).toBe(true);
    expect(limited).toMatchObject({ statusCode: 429, isRetryable: true, responseHeaders: expect.objectContaining({ 'retry-after': '2' }) });
    const overloaded = await embedMany({ model: sdk.embedding('google', 'mock-status-503'), values: ['x', 'y'], maxRetries: 0 }).catch((err: unknown) => err);
    expect(overloaded).toMatchObject({ statusCode: 503, isRetryable: true, data: { error: { code: 503, status: 'UNAVAILABLE' } } });
  });
});
