/**
 * Idempotency-Key on /v1 (docs/api.md): a repeat of a request the gateway already took calls no
 * provider and gets the first request's answer (waiting for it while it runs, or streaming it
 * again from the start), whatever SDK sends it; the same key with another request is refused.
 * The mock provider counts its calls per model name, so each test uses a model name of its own.
 */
import Anthropic from '@anthropic-ai/sdk';
import { Redis } from 'ioredis';
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { idempotencyScope } from '../../shared/idempotency';
import { redisKeys } from '../../shared/redis-keys';
import { createKey, type TestKey } from '../api/helpers';
import { testRedisUrl } from '../helpers/env';
import { ANSWER, QUESTION, readStream, startOpenAIHarness, userMessage, type OpenAIHarness } from './helpers';

/** The openai SDK has the `idempotencyKey` option but sends it only where the client names its header. */
class IdempotentOpenAI extends OpenAI {
  protected override idempotencyHeader = 'Idempotency-Key';
}

describe('Idempotency-Key on /v1', () => {
  let h: OpenAIHarness;
  let teamA: TestKey;
  let teamB: TestKey;
  let client: OpenAI;
  let redis: Redis;
  let keySerial = 0;
  const newKey = () => `idem-${Date.now()}-${(keySerial += 1)}`;
  const calls = (model: string): number => h.mock.counts.byModel[model] ?? 0;

  beforeAll(async () => {
    h = await startOpenAIHarness({ env: { AUTH_CACHE_SECONDS: '0' } });
    teamA = await createKey(h.gw.db, 'team-a', ['tasks']);
    teamB = await createKey(h.gw.db, 'team-b', ['tasks']);
    client = new OpenAI({ baseURL: `${h.gw.url}/v1`, apiKey: teamA.key, maxRetries: 0 });
    redis = new Redis(testRedisUrl());
  });
  afterAll(async () => {
    redis.disconnect();
    await h.stop();
  });

  const post = (path: string, body: unknown, idempotencyKey?: string, apiKey = teamA.key) =>
    fetch(`${h.gw.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}`, ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  /**
   * A task's relay stream in Redis, as if its five minutes had passed. The worker files the answer a
   * little after the stream's last event (after Postgres takes the outcome); five minutes on it always
   * has, so wait for that first, or the repeat would follow a relay that is gone and no answer yet.
   */
  const expireRelay = async (taskId: string, idempotencyKey: string) => {
    const keys = redisKeys({ prefix: h.gw.config.QUEUE_PREFIX, queueName: h.gw.config.QUEUE_NAME });
    // Keys are stored hashed, per caller: any caller's answer under this key's hash.
    const filedAnswer = keys.idempotencyAnswer('*', idempotencyScope('', idempotencyKey).key);
    for (let tries = 0; (await redis.keys(filedAnswer)).length === 0; tries += 1) {
      if (tries >= 200) throw new Error(`no answer filed for Idempotency-Key ${idempotencyKey} after 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await redis.del(keys.chatStream(taskId).events)).toBe(1);
  };

  it('a repeat after the answer calls no provider and returns the same completion, whatever its whitespace and key order', async () => {
    const key = newKey();
    const first = await post('/v1/chat/completions', { model: 'openai/mock-latency-11', messages: userMessage(), temperature: 0.5 }, key);
    expect(first.status).toBe(200);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const firstBody = await first.json();
    const again = await post('/v1/chat/completions', `{ "temperature": 0.5,\n  "messages": [{"content": ${JSON.stringify(QUESTION)}, "role": "user"}],\n  "model": "openai/mock-latency-11" }`, key);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('x-task-id')).toBe(first.headers.get('x-task-id'));
    expect(await again.json()).toEqual(firstBody);
    expect(firstBody).toMatchObject({ model: 'openai/mock-latency-11', choices: [{ message: { content: ANSWER } }] });
    expect(calls('mock-latency-11')).toBe(1);
  });

  it('two requests with one key at once: one provider call, and both get its answer', async () => {
    const key = newKey();
    const body = { model: 'openai/mock-latency-400', messages: userMessage() };
    const [a, b] = await Promise.all([post('/v1/chat/completions', body, key), post('/v1/chat/completions', body, key)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.headers.get('idempotent-replayed'), b.headers.get('idempotent-replayed')].sort()).toEqual(['true', null].sort());
    const [bodyA, bodyB] = await Promise.all([a.json(), b.json()]);
    expect(bodyA).toEqual(bodyB);
    expect((bodyA as OpenAI.ChatCompletion).choices[0]?.message.content).toBe(ANSWER);
    expect(calls('mock-latency-400')).toBe(1);
  });

  it('two streams with one key at once: one provider call, and both stream the whole answer', async () => {
    const model = 'mock-chunk-delay-40+words-8';
    const params: ChatCompletionCreateParamsStreaming = { model: `openai/${model}`, messages: userMessage(), stream: true };
    const headers = { headers: { 'Idempotency-Key': newKey() } };
    const [a, b] = await Promise.all([client.chat.completions.create(params, headers), client.chat.completions.create(params, headers)]);
    const [wholeA, wholeB] = await Promise.all([readStream(a), readStream(b)]);
    for (const whole of [wholeA, wholeB]) {
      expect(whole.error).toBeUndefined();
      expect(whole.text.split(' ')).toHaveLength(8);
      expect(whole.chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    }
    expect(wholeB.text).toBe(wholeA.text);
    expect(calls(model)).toBe(1);
  });

  it('a stream whose client went is not cancelled; its repeats stream the whole answer during, after, and once the relay expired', async () => {
    const model = 'mock-chunk-delay-60+words-10';
    const params: ChatCompletionCreateParamsStreaming = { model: `openai/${model}`, messages: userMessage(), stream: true };
    const headers = { headers: { 'Idempotency-Key': newKey() } };
    // The first client reads one chunk and drops the connection, as a network failure would.
    const abort = new AbortController();
    const first = await client.chat.completions.create(params, { ...headers, signal: abort.signal });
    for await (const chunk of first) {
      if (chunk.choices[0]?.delta.content) break;
    }
    abort.abort();
    const during = await client.chat.completions.create(params, headers).withResponse();
    expect(during.response.headers.get('idempotent-replayed')).toBe('true');
    const whole = await readStream(during.data);
    expect(whole.error).toBeUndefined();
    expect(whole.text.split(' ')).toHaveLength(10);
    expect(whole.chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');

    const after = await readStream(await client.chat.completions.create(params, headers));
    expect(after.text).toBe(whole.text);
    const taskId = (whole.chunks[0]?.id ?? '').replace(/^chatcmpl-/, '');
    expect(after.chunks[0]?.id).toBe(`chatcmpl-${taskId}`);

    await expireRelay(taskId, headers.headers['Idempotency-Key']);
    const filed = await readStream(await client.chat.completions.create(params, headers));
    expect(filed.error).toBeUndefined();
    expect(filed.text).toBe(whole.text);
    expect(filed.chunks[0]?.id).toBe(`chatcmpl-${taskId}`);
    expect(filed.chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    expect(calls(model)).toBe(1);
  });

  it('the same key with another body, or on another endpoint, is a 422; a malformed key is a 400', async () => {
    const key = newKey();
    expect((await post('/v1/chat/completions', { model: 'openai/mock-ok', messages: userMessage() }, key)).status).toBe(200);
    const other = await post('/v1/chat/completions', { model: 'openai/mock-ok', messages: userMessage('Another question?') }, key);
    expect(other.status).toBe(422);
    expect(await other.json()).toEqual({
      error: { message: `Idempotency-Key "${key}" was used with a different request body`, type: 'invalid_request_error', param: null, code: 'idempotency_key_reused' },
    });
    const elsewhere = await post('/v1/embeddings', { model: 'openai/mock-ok', input: QUESTION }, key);
    expect(elsewhere.status).toBe(422);
    expect(((await elsewhere.json()) as { error: { code: string } }).error.code).toBe('idempotency_key_reused');
    const malformed = await post('/v1/chat/completions', { model: 'openai/mock-ok', messages: userMessage() }, 'with space');
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      error: { message: 'Idempotency-Key must be 1 to 255 visible ASCII characters', type: 'invalid_request_error', param: null, code: 'invalid_idempotency_key' },
    });
  });

  it('two API keys sending the same Idempotency-Key are independent', async () => {
    const key = newKey();
    const body = { model: 'openai/mock-latency-12', messages: userMessage() };
    const a = await post('/v1/chat/completions', body, key, teamA.key);
    const b = await post('/v1/chat/completions', body, key, teamB.key);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(b.headers.get('x-task-id')).not.toBe(a.headers.get('x-task-id'));
    expect(calls('mock-latency-12')).toBe(2);
  });

  it('a failed first request fails its repeat with the same error, without calling the provider again', async () => {
    const key = newKey();
    const body = { model: 'openai/mock-status-400', fallbacks: [], messages: userMessage() };
    const first = await post('/v1/chat/completions', body, key);
    const firstBody = await first.json();
    expect(first.status).toBe(503);
    expect(firstBody).toMatchObject({ error: { code: 'all_providers_failed', message: expect.stringContaining('openai') } });
    const again = await post('/v1/chat/completions', body, key);
    expect(again.status).toBe(503);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(firstBody);
    expect(calls('mock-status-400')).toBe(1);
  });

  it('embeddings: the repeat has the same vectors, from the answer filed with the key once the job is gone', async () => {
    const key = newKey();
    const body = { model: 'openai/mock-latency-13', input: ['one text', 'another'], dimensions: 8, encoding_format: 'float' };
    const first = await post('/v1/embeddings', body, key);
    expect(first.status).toBe(200);
    const firstBody = (await first.json()) as OpenAI.CreateEmbeddingResponse;
    expect(firstBody.data[0]?.embedding).toHaveLength(8);
    await h.gw.api.queue.remove(first.headers.get('x-task-id') ?? '');
    const again = await post('/v1/embeddings', body, key);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(firstBody);
    expect(calls('mock-latency-13')).toBe(1);
  });

  it('responses: a repeat returns the same response, and streams it again once its relay expired', async () => {
    const key = newKey();
    const plain = await client.responses.create({ model: 'openai/mock-latency-14', input: QUESTION }, { headers: { 'Idempotency-Key': key } });
    const again = await client.responses.create({ model: 'openai/mock-latency-14', input: QUESTION }, { headers: { 'Idempotency-Key': key } });
    expect(again.id).toBe(plain.id);
    expect(again.output_text).toBe(ANSWER);
    expect(again.usage).toEqual(plain.usage);

    const streamKey = { headers: { 'Idempotency-Key': newKey() } };
    const params = { model: 'openai/mock-latency-15', input: QUESTION, stream: true as const };
    const deltas = async (stream: AsyncIterable<OpenAI.Responses.ResponseStreamEvent>) => {
      const events: OpenAI.Responses.ResponseStreamEvent[] = [];
      for await (const event of stream) events.push(event);
      const text = events.flatMap((e) => (e.type === 'response.output_text.delta' ? [e.delta] : [])).join('');
      return { text, last: events.at(-1) };
    };
    const streamed = await client.responses.create(params, streamKey).withResponse();
    expect(await deltas(streamed.data)).toMatchObject({ text: ANSWER, last: { type: 'response.completed' } });
    await expireRelay(streamed.response.headers.get('x-task-id') ?? '', streamKey.headers['Idempotency-Key']);
    const replayed = await client.responses.create(params, streamKey).withResponse();
    expect(replayed.response.headers.get('idempotent-replayed')).toBe('true');
    expect(await deltas(replayed.data)).toMatchObject({ text: ANSWER, last: { type: 'response.completed' } });
    expect([calls('mock-latency-14'), calls('mock-latency-15')]).toEqual([1, 1]);
  });

  it('messages: a repeat returns the same message, plain or streamed; a reused key is refused in Anthropic\'s shape', async () => {
    const anthropic = new Anthropic({ baseURL: h.gw.url, apiKey: teamA.key, maxRetries: 0 });
    const key = newKey();
    const body = { model: 'claude/mock-latency-16', max_tokens: 64, messages: [{ role: 'user' as const, content: QUESTION }] };
    const first = await anthropic.messages.create(body, { headers: { 'Idempotency-Key': key } });
    const again = await anthropic.messages.create(body, { headers: { 'Idempotency-Key': key } });
    expect(again).toEqual(first);
    expect(calls('mock-latency-16')).toBe(1);
    const reused = await fetch(`${h.gw.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': teamA.key, 'anthropic-version': '2023-06-01', 'idempotency-key': key },
      body: JSON.stringify({ ...body, max_tokens: 65 }),
    });
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error', message: `Idempotency-Key "${key}" was used with a different request body` } });

    const streamKey = { headers: { 'Idempotency-Key': newKey() } };
    const streamed = { ...body, model: 'claude/mock-latency-19', stream: true as const };
    const texts = async () => {
      const events: Anthropic.MessageStreamEvent[] = [];
      for await (const event of await anthropic.messages.create(streamed, streamKey)) events.push(event);
      const text = events.flatMap((e) => (e.type === 'content_block_delta' && e.delta.type === 'text_delta' ? [e.delta.text] : [])).join('');
      return { text, id: events[0]?.type === 'message_start' ? events[0].message.id : undefined, last: events.at(-1)?.type };
    };
    const firstStream = await texts();
    expect(firstStream).toMatchObject({ text: ANSWER, last: 'message_stop' });
    expect(await texts()).toEqual(firstStream);
    expect(calls('mock-latency-19')).toBe(1);
  });

  it('the openai SDK: its idempotencyKey option, with the header named, makes its own retry after a timeout pay once', async () => {
    const sdk = new IdempotentOpenAI({ baseURL: `${h.gw.url}/v1`, apiKey: teamA.key, maxRetries: 2, timeout: 700 });
    const started = Date.now();
    const completion = await sdk.chat.completions.create({ model: 'openai/mock-latency-1000', messages: userMessage() }, { idempotencyKey: newKey() });
    expect(completion.choices[0]?.message.content).toBe(ANSWER);
    // Longer than one attempt may take: the answer came to the SDK's retry.
    expect(Date.now() - started).toBeGreaterThan(1_000);
    expect(calls('mock-latency-1000')).toBe(1);
    // The stock client sends no Idempotency-Key (its header is unnamed): each request is a new task.
    const stock = new OpenAI({ baseURL: `${h.gw.url}/v1`, apiKey: teamA.key, maxRetries: 0 });
    const key = newKey();
    const one = await stock.chat.completions.create({ model: 'openai/mock-latency-17', messages: userMessage() }, { idempotencyKey: key });
    const two = await stock.chat.completions.create({ model: 'openai/mock-latency-17', messages: userMessage() }, { idempotencyKey: key });
    expect(two.id).not.toBe(one.id);
    expect(calls('mock-latency-17')).toBe(2);
  });
});

describe('Idempotency-Key with the response cache on', () => {
  let h: OpenAIHarness;
  beforeAll(async () => {
    h = await startOpenAIHarness({ env: { CACHE_TTL_SECONDS: '600' } });
  });
  afterAll(async () => {
    await h.stop();
  });
  const post = (body: unknown, idempotencyKey?: string) =>
    fetch(`${h.gw.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer x', ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) },
      body: JSON.stringify(body),
    });

  it('a keyed request answered from the cache is the key\'s answer: its repeats, plain or streamed, give the same id', async () => {
    const body = { model: 'openai/mock-latency-18', messages: userMessage() };
    expect((await post(body)).headers.get('x-cache')).toBe('MISS');
    const hit = await post(body, 'cached-1');
    expect(hit.headers.get('x-cache')).toBe('HIT');
    const hitBody = (await hit.json()) as OpenAI.ChatCompletion;
    const again = await post(body, 'cached-1');
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(hitBody);

    const streamed = { ...body, stream: true };
    const chunksOf = async (res: Response) =>
      (await res.text())
        .split('\n\n')
        .filter((e) => e.startsWith('data: {'))
        .map((e) => JSON.parse(e.slice('data: '.length)) as OpenAI.ChatCompletionChunk);
    const streamedHit = await post(streamed, 'cached-2');
    expect(streamedHit.headers.get('x-cache')).toBe('HIT');
    const hitId = (await chunksOf(streamedHit))[0]?.id;
    const replayed = await post(streamed, 'cached-2');
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    const chunks = await chunksOf(replayed);
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe(ANSWER);
    expect(chunks.map((c) => c.id)).toEqual(chunks.map(() => hitId));
    expect(h.mock.counts.byModel['mock-latency-18']).toBe(1);
  });
});
