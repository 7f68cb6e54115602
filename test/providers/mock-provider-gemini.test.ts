/** The mock provider's Gemini wire format over raw HTTP: answers, streams, errors, faults, tools, JSON, images, embeddings. */
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { TINY_PNG } from '../helpers/mock-sdk';

type Json = Record<string, unknown>;
type Candidate = { content?: { parts: Json[]; role: string }; finishReason?: string };
type Answer = Json & { candidates?: Candidate[]; usageMetadata?: Json; error?: Json; promptFeedback?: Json };

const CONTENTS = [{ role: 'user', parts: [{ text: 'Hello Gemini from the test' }] }];
const ANSWER = 'mock answer: Hello Gemini from the test';

describe('mock provider: Gemini', () => {
  let mock: MockProvider;
  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
  });
  afterAll(async () => {
    await mock.close();
  });
  beforeEach(() => mock.reset());

  const call = async (model: string, method = 'generateContent', body: Json = { contents: CONTENTS }, signal?: AbortSignal) => {
    const res = await fetch(`${mock.url}/v1beta/models/${encodeURIComponent(model)}:${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-goog-api-key': 'AIza-test-key' },
      body: JSON.stringify(body),
      signal: signal ?? AbortSignal.timeout(5_000),
    });
    return { res, text: await res.text() };
  };
  const generate = async (model: string, body?: Json) => {
    const { res, text } = await call(model, 'generateContent', body);
    return { status: res.status, headers: res.headers, body: JSON.parse(text) as Answer };
  };
  const sseData = (text: string): Answer[] => text.split('\r\n\r\n').filter((e) => e.startsWith('data: ')).map((e) => JSON.parse(e.slice(6)) as Answer);
  const textOf = (a: Answer): string => (a.candidates?.[0]?.content?.parts ?? []).map((p) => (typeof p.text === 'string' ? p.text : '')).join('');

  it('answers generateContent with text, role model, finishReason STOP, usageMetadata and the model from the path', async () => {
    const { status, body } = await generate('mock-ok');
    expect(status).toBe(200);
    expect(body).toEqual({
      candidates: [{ content: { parts: [{ text: ANSWER }], role: 'model' }, finishReason: 'STOP', index: 0 }],
      usageMetadata: { promptTokenCount: expect.any(Number), candidatesTokenCount: expect.any(Number), totalTokenCount: expect.any(Number) },
      modelVersion: 'mock-ok',
      responseId: expect.any(String),
    });
    expect(mock.counts).toEqual({ total: 1, byModel: { 'mock-ok': 1 }, byPath: { '/v1beta/models/mock-ok:generateContent': 1 } });
  });

  it('streams with alt=sse: a text chunk per word, then finishReason and usage, and no terminator', async () => {
    const { res, text } = await call('mock-ok', 'streamGenerateContent?alt=sse');
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const chunks = sseData(text);
    expect(chunks.map(textOf).join('')).toBe(ANSWER);
    expect(chunks.filter((c) => textOf(c) !== '')).toHaveLength(ANSWER.split(' ').length);
    expect(chunks.at(-1)).toMatchObject({ candidates: [{ finishReason: 'STOP' }], usageMetadata: { totalTokenCount: expect.any(Number) } });
    expect(text).not.toContain('[DONE]');
    // Without alt=sse Gemini answers one JSON array of the same chunks.
    const array = JSON.parse((await call('mock-ok', 'streamGenerateContent')).text) as Answer[];
    expect(array.map(textOf).join('')).toBe(ANSWER);
  });

  it('answers status directives in Google’s error shape, with RetryInfo and Retry-After when asked', async () => {
    const limited = await generate('mock-status-429-retry-2');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(limited.body).toEqual({
      error: { code: 429, message: expect.any(String), status: 'RESOURCE_EXHAUSTED', details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '2s' }] },
    });
    expect((await generate('mock-status-503')).body).toEqual({ error: { code: 503, message: expect.stringContaining('overloaded'), status: 'UNAVAILABLE' } });
    expect((await generate('mock-status-401')).body).toMatchObject({ error: { code: 401, status: 'UNAUTHENTICATED' } });
    const unknown = await generate('mock-explode');
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 400, status: 'INVALID_ARGUMENT', message: expect.stringContaining('unknown mock directive "explode"') } } });
  });

  it('blocks content-filter with a 200 safety block, streamed or not; context-length is a 400 INVALID_ARGUMENT', async () => {
    const blocked = await generate('mock-content-filter');
    expect(blocked.status).toBe(200);
    expect(blocked.body.candidates).toBeUndefined();
    expect(blocked.body.promptFeedback).toMatchObject({ blockReason: 'SAFETY', safetyRatings: expect.arrayContaining([{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH' }]) });
    const streamed = await call('mock-content-filter', 'streamGenerateContent?alt=sse');
    expect(sseData(streamed.text)).toEqual([expect.objectContaining({ promptFeedback: expect.objectContaining({ blockReason: 'SAFETY' }) })]);
    const long = await generate('mock-context-length');
    expect(long).toMatchObject({ status: 400, body: { error: { status: 'INVALID_ARGUMENT', message: expect.stringContaining('exceeds the maximum number of tokens') } } });
  });

  it('applies the failure directives: hang, reset, truncated, invalid-json, fail-first, fail-rate', async () => {
    await expect(call('mock-hang', 'generateContent', { contents: CONTENTS }, AbortSignal.timeout(200))).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(call('mock-reset')).rejects.toThrow(/fetch failed/);
    const truncated = await call('mock-truncated');
    expect(truncated.res.status).toBe(200);
    expect(truncated.text.startsWith('{"candidates":')).toBe(true);
    expect(() => JSON.parse(truncated.text)).toThrow();
    const invalid = await call('mock-invalid-json');
    expect(invalid.res.status).toBe(200);
    expect(() => JSON.parse(invalid.text)).toThrow();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await generate('mock-fail-first-2')).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect((await generate('mock-fail-rate-1+status-500')).body).toMatchObject({ error: { code: 500, status: 'INTERNAL' } });
  });

  it('applies the stream faults: cut-after, reset-after, invalid-chunk, stall-after', async () => {
    const cut = sseData((await call('mock-cut-after-2', 'streamGenerateContent?alt=sse')).text);
    expect(cut).toHaveLength(2);
    expect(cut.some((c) => c.candidates?.[0]?.finishReason !== undefined)).toBe(false);
    const reset = await fetch(`${mock.url}/v1beta/models/mock-reset-after-1:streamGenerateContent?alt=sse`, { method: 'POST', body: JSON.stringify({ contents: CONTENTS }) });
    await expect(reset.text()).rejects.toThrow();
    const invalid = (await call('mock-invalid-chunk', 'streamGenerateContent?alt=sse')).text;
    expect(invalid).toContain('this is not JSON');
    const before = mock.streams.aborted;
    const stalled = await fetch(`${mock.url}/v1beta/models/mock-stall-after-1:streamGenerateContent?alt=sse`, { method: 'POST', body: JSON.stringify({ contents: CONTENTS }) });
    const reader = stalled.body?.getReader();
    await reader?.read();
    await reader?.cancel();
    await new Promise((r) => setTimeout(r, 100));
    expect(mock.streams.aborted).toBe(before + 1);
  });

  it('refuses a request without contents, and a malformed inlineData image, with a 400 INVALID_ARGUMENT', async () => {
    expect(await generate('mock-ok', { contents: [] })).toMatchObject({ status: 400, body: { error: { code: 400, status: 'INVALID_ARGUMENT', message: expect.stringContaining('contents is not specified') } } });
    const broken = { contents: [{ role: 'user', parts: [{ text: 'Look' }, { inlineData: { mimeType: 'image/png', data: '%%%' } }] }] };
    expect(await generate('mock-ok', broken)).toMatchObject({ status: 400, body: { error: { status: 'INVALID_ARGUMENT', message: expect.stringContaining("contents[0].parts[1].inline_data.data") } } });
  });

  it('counts inlineData and fileData images, camelCase or snake_case', async () => {
    const parts = [
      { inlineData: { mimeType: 'image/png', data: TINY_PNG.toString('base64') } },
      { file_data: { mime_type: 'image/jpeg', file_uri: 'https://example.com/cat.jpg' } },
      { text: 'Compare' },
    ];
    expect(textOf((await generate('mock-ok', { contents: [{ role: 'user', parts }] })).body)).toBe('mock answer: saw 2 image(s); Compare');
  });

  describe('tools and JSON', () => {
    const declarations = [
      { name: 'weather', description: 'Weather', parameters: { type: 'OBJECT', properties: { city: { type: 'STRING' }, days: { type: 'INTEGER' } }, required: ['city', 'days'] } },
      { name: 'clock', parametersJsonSchema: { type: 'object', properties: { tz: { type: 'string', enum: ['UTC', 'CET'] } }, required: ['tz'] } },
    ];
    const functionCalls = (a: Answer) => (a.candidates?.[0]?.content?.parts ?? []).map((p) => p.functionCall as Json);

    it('answers functionCall parts with STOP; honours mode ANY with allowedFunctionNames, and NONE', async () => {
      const first = await generate('mock-ok', { contents: CONTENTS, tools: [{ functionDeclarations: declarations }] });
      expect(functionCalls(first.body)).toEqual([{ id: expect.any(String), name: 'weather', args: { city: 'mock', days: 1 } }]);
      expect(first.body.candidates?.[0]?.finishReason).toBe('STOP');
      const forced = await generate('mock-ok', { contents: CONTENTS, tools: [{ functionDeclarations: declarations }], toolConfig: { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['clock'] } } });
      expect(functionCalls(forced.body)).toEqual([{ id: expect.any(String), name: 'clock', args: { tz: 'UTC' } }]);
      const none = await generate('mock-ok', { contents: CONTENTS, tools: [{ functionDeclarations: declarations }], toolConfig: { functionCallingConfig: { mode: 'NONE' } } });
      expect(textOf(none.body)).toBe(ANSWER);
      const streamed = sseData((await call('mock-tools-parallel-2', 'streamGenerateContent?alt=sse', { contents: CONTENTS, tools: [{ functionDeclarations: declarations }] })).text);
      expect(streamed.flatMap(functionCalls).filter(Boolean).map((c) => c.name)).toEqual(['weather', 'clock']);
    });

    it('quotes a functionResponse', async () => {
      const contents = [...CONTENTS, { role: 'model', parts: [{ functionCall: { name: 'weather', args: {} } }] }, { role: 'user', parts: [{ functionResponse: { name: 'weather', response: { name: 'weather', content: { forecast: 'rain' } } } }] }];
      expect(textOf((await generate('mock-ok', { contents, tools: [{ functionDeclarations: declarations }] })).body)).toBe('mock answer: tool weather returned {"forecast":"rain"}');
    });

    it('answers responseMimeType application/json with an instance of responseSchema or responseJsonSchema', async () => {
      const answer = async (model: string, generationConfig: Json) => textOf((await generate(model, { contents: CONTENTS, generationConfig })).body);
      expect(JSON.parse(await answer('mock-ok', { responseMimeType: 'application/json', responseSchema: declarations[0]?.parameters }))).toEqual({ city: 'mock', days: 1 });
      expect(JSON.parse(await answer('mock-ok', { responseMimeType: 'application/json', responseJsonSchema: declarations[1]?.parametersJsonSchema }))).toEqual({ tz: 'UTC' });
      expect(await answer('mock-ok', { responseMimeType: 'application/json' })).toBe('{"decision":"PASS","reasons":["mock"],"evidence":[]}');
      expect(JSON.parse(await answer('mock-json-mismatch', { responseMimeType: 'application/json', responseSchema: declarations[0]?.parameters }))).toEqual({ city: 12345, days: 1 });
    });
  });

  it('embeds with embedContent and batchEmbedContents: unit vectors, outputDimensionality honoured', async () => {
    const single = JSON.parse((await call('mock-ok', 'embedContent', { content: { parts: [{ text: 'hello' }] }, outputDimensionality: 8 })).text) as { embedding: { values: number[] } };
    expect(single.embedding.values).toHaveLength(8);
    const batch = JSON.parse((await call('mock-ok', 'batchEmbedContents', { requests: [{ model: 'models/mock-ok', content: { parts: [{ text: 'hello' }] }, outputDimensionality: 8 }, { model: 'models/mock-ok', content: { parts: [{ text: 'bye' }] } }] })).text) as { embeddings: { values: number[] }[] };
    expect(batch.embeddings.map((e) => e.values.length)).toEqual([8, 768]);
    expect(batch.embeddings[0]?.values).toEqual(single.embedding.values);
    expect(Math.hypot(...(batch.embeddings[1]?.values ?? []))).toBeCloseTo(1, 5);
    const refused = await call('mock-ok', 'embedContent', { content: { parts: [] } });
    expect(refused.res.status).toBe(400);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
  });
});
