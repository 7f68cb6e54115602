/**
 * POST /v1/embeddings through the official openai client (base64 by default, decoded by the SDK)
 * against the mock provider's real embedding wire formats: OpenAI, Gemini, Mistral and an
 * OpenAI-compatible server, with fallback between the targets named, and a history that records
 * counts and tokens, never vectors.
 */
import OpenAI from 'openai';
import { waitFor } from '../faults/helpers/wait';
import { startOpenAIHarness, type OpenAIHarness, type WithFallbacks } from './helpers';

type Row = { status: string; task: string; result: string | null; provider_used: string | null; model: string | null; input_tokens: number | null; attempts: unknown };

describe('POST /v1/embeddings', () => {
  let h: OpenAIHarness;

  beforeAll(async () => {
    h = await startOpenAIHarness({
      env: { GEMINI_API_KEY: 'AIza-test', MISTRAL_API_KEY: 'mistral-test', ROUTES: JSON.stringify({ vectors: ['claude/mock-ok', 'openai/mock-status-503', 'compat/mock-ok'] }) },
    });
  });
  afterAll(async () => {
    await h.stop();
  });

  const rowOf = (taskId: string): Promise<Row> =>
    waitFor('the outcome to be persisted', async () => {
      const row = (await h.gw.db('ai_requests').where({ task_id: taskId }).first()) as Row | undefined;
      return row && (row.status === 'success' || row.status === 'error') ? row : undefined;
    });
  const post = (body: unknown) =>
    fetch(`${h.gw.url}/v1/embeddings`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x' }, body: JSON.stringify(body) });

  it('the openai client asks base64 by default and decodes the same vectors as float', async () => {
    const base64 = await h.client.embeddings.create({ model: 'openai/mock-ok', input: ['the first text', 'a second text'], dimensions: 8 });
    const floats = await h.client.embeddings.create({ model: 'openai/mock-ok', input: ['the first text', 'a second text'], dimensions: 8, encoding_format: 'float' });
    expect(base64.data).toHaveLength(2);
    expect(base64.data[0]?.embedding).toHaveLength(8);
    base64.data.forEach((d, i) => d.embedding.forEach((x, j) => expect(x).toBeCloseTo(floats.data[i]?.embedding[j] ?? NaN, 6)));
    expect(base64.data[0]?.embedding).not.toEqual(base64.data[1]?.embedding);
    expect(floats).toMatchObject({ object: 'list', model: 'openai/mock-ok', usage: { prompt_tokens: expect.any(Number) } });
    expect(floats.usage.prompt_tokens).toBeGreaterThan(0);
  });

  it.each([
    ['gemini/mock-ok', 16],
    ['compat/mock-ok', 16],
    ['openai/mock-ok', 16],
  ])('%s answers in its own wire format with the asked dimensions', async (model, dimensions) => {
    const res = await h.client.embeddings.create({ model, input: 'one text', dimensions, encoding_format: 'float' });
    expect(res.model).toBe(model);
    expect(res.data).toEqual([{ object: 'embedding', index: 0, embedding: expect.any(Array) }]);
    expect(res.data[0]?.embedding).toHaveLength(dimensions);
  });

  it('mistral answers with its fixed size; asked for dimensions it is refused rather than silently resized', async () => {
    const res = await h.client.embeddings.create({ model: 'mistral/mock-ok', input: 'one text', encoding_format: 'float' });
    expect(res.data[0]?.embedding.length).toBeGreaterThan(0);
    const sized = await post({ model: 'mistral/mock-ok', input: 'one text', dimensions: 8 });
    expect(sized.status).toBe(503);
    expect(((await sized.json()) as { error: { code: string } }).error.code).toBe('all_providers_failed');
  });

  it('a bare embedding model name goes to the provider that serves it', async () => {
    const res = await h.client.embeddings.create({ model: 'text-embedding-3-small', input: 'one text', encoding_format: 'float' });
    expect(res.model).toBe('openai/text-embedding-3-small');
  });

  it('fails over between the targets named, and the history records counts and tokens, not vectors', async () => {
    const params: WithFallbacks<OpenAI.EmbeddingCreateParams> = { model: 'openai/mock-status-503', fallbacks: ['compat/mock-ok'], input: ['alpha', 'beta'], dimensions: 8, encoding_format: 'float' };
    const res = await h.client.embeddings.create(params).withResponse();
    expect(res.data.model).toBe('compat/mock-ok');
    const row = await rowOf(res.response.headers.get('x-task-id') ?? '');
    expect(row).toMatchObject({ status: 'success', task: 'embeddings', provider_used: 'compat', model: 'mock-ok', result: '2 embeddings of 8 dimensions' });
    expect(row.input_tokens).toBeGreaterThan(0);
    expect(row.attempts).toEqual([
      expect.objectContaining({ provider: 'openai', outcome: 'error', error_kind: 'overloaded', failover_to: 'compat' }),
      expect.objectContaining({ provider: 'compat', outcome: 'success' }),
    ]);
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(String(res.data.data[0]?.embedding[0]));
    expect(stored).not.toContain('alpha');
  });

  it('a route tries only its targets that can embed', async () => {
    const res = await h.client.embeddings.create({ model: 'vectors', input: 'one text', encoding_format: 'float' });
    expect(res.model).toBe('compat/mock-ok');
  });

  it.each([
    [{ model: 'claude/mock-ok', input: 'x' }, 'embeddings_unsupported', 'model', '"claude/mock-ok" cannot embed: provider claude has no embeddings endpoint configured here'],
    [{ model: 'auto', input: 'x' }, 'invalid_request', 'model', 'name an embedding model (`text-embedding-3-small`, `provider/model`, or a route): `auto` would mix models whose vectors do not compare'],
    [{ model: 'openai/mock-ok', input: [[1, 2, 3]] }, 'invalid_request', 'input', undefined],
    [{ model: 'openai/mock-ok', input: 'x', encoding_format: 'int8' }, 'invalid_request', 'encoding_format', 'encoding_format: encoding_format is "float" or "base64"'],
    [{ model: 'openai/mock-ok', input: [] }, 'invalid_request', 'input', 'input: input must not be empty'],
    [{ model: 'no-such-model', input: 'x' }, 'model_not_found', 'model', undefined],
  ])('refuses %j: %s', async (body, code, param, message) => {
    const res = await post(body);
    expect(res.status).toBe(code === 'model_not_found' ? 404 : 400);
    const error = ((await res.json()) as { error: { code: string; param: string; message: string; type: string } }).error;
    expect(error).toMatchObject({ code, param, type: 'invalid_request_error' });
    if (message !== undefined) expect(error.message).toBe(message);
  });
});
