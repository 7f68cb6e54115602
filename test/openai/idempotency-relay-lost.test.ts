/**
 * Idempotency-Key repeats of a task whose relay stream Redis lost while the task ran, before the
 * worker filed the answer (a failover or an eviction; the relay's own five-minute expiry comes after
 * the filing). A streamed repeat follows that relay: it must answer from the task's outcome once the
 * task finishes, not wait out its timeout for a stream that will never end, nor relay what is left
 * of it as a broken answer. Each repeat is sent with a client timeout, which is also its request's
 * timeout at the gateway (`x-stainless-timeout`): a repeat that ends without error finished before it.
 */
import { Redis } from 'ioredis';
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { idempotencyScope } from '../../shared/idempotency';
import { redisKeys } from '../../shared/redis-keys';
import { testRedisUrl } from '../helpers/env';
import { ANSWER, QUESTION, readStream, startOpenAIHarness, userMessage, type OpenAIHarness } from './helpers';

/** Far longer than any of these tasks takes, far shorter than the time a repeat waited before the fix. */
const REPEAT_TIMEOUT_MS = 15_000;
/** Long enough for a repeat to be following the relay (or waiting for the answer) before the task may finish. */
const REPEAT_SETTLES_MS = 1_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Idempotency-Key repeats whose relay Redis lost before the answer was filed', () => {
  let h: OpenAIHarness;
  let redis: Redis;
  let keySerial = 0;
  const newKey = () => `relay-lost-${Date.now()}-${(keySerial += 1)}`;
  const calls = (model: string): number => h.mock.counts.byModel[model] ?? 0;

  beforeAll(async () => {
    h = await startOpenAIHarness();
    redis = new Redis(testRedisUrl());
  });
  afterAll(async () => {
    redis.disconnect();
    await h.stop();
  });

  const keys = () => redisKeys({ prefix: h.gw.config.QUEUE_PREFIX, queueName: h.gw.config.QUEUE_NAME });
  const filed = async (idempotencyKey: string) => (await redis.keys(keys().idempotencyAnswer('*', idempotencyScope('', idempotencyKey).key))).length > 0;
  /** Redis loses the task's relay stream; the worker has not filed the answer yet. */
  const loseRelay = async (taskId: string, idempotencyKey: string) => {
    expect(await redis.del(keys().chatStream(taskId).events)).toBe(1);
    expect(await filed(idempotencyKey)).toBe(false);
  };
  /**
   * Holds every task's outcome out of Postgres (a lock on its table), so the worker, which files the
   * answer only after Postgres took the outcome, has streamed its whole answer and filed nothing yet.
   * Taken once the task is enqueued: the API writes the accepted task to the same table first.
   */
  const holdOutcomes = async () => {
    const trx = await h.gw.db.transaction();
    await trx.raw('LOCK TABLE ai_requests IN SHARE MODE');
    let held = true;
    return async () => {
      if (held) await trx.commit();
      held = false;
    };
  };
  /** A stream read up to its first text, which tells that its task is enqueued and running. */
  const firstText = async <T>(stream: AsyncIterable<T>, isText: (item: T) => boolean) => {
    const items = stream[Symbol.asyncIterator]();
    const head: T[] = [];
    for (let next = await items.next(); !next.done; next = await items.next()) {
      head.push(next.value);
      if (isText(next.value)) break;
    }
    const rest = async function* () {
      yield* head;
      for (let next = await items.next(); !next.done; next = await items.next()) yield next.value;
    };
    return { head, whole: rest() };
  };

  const isText = (chunk: OpenAI.ChatCompletionChunk) => Boolean(chunk.choices[0]?.delta.content);
  const taskOf = (chunk: OpenAI.ChatCompletionChunk | undefined) => (chunk?.id ?? '').replace(/^chatcmpl-/, '');

  it('a streamed repeat after the whole relay was lost, answer not filed: the whole answer, once the task finishes', async () => {
    const model = 'mock-chunk-delay-100+words-6';
    const params: ChatCompletionCreateParamsStreaming = { model: `openai/${model}`, messages: userMessage(), stream: true };
    const key = newKey();
    const { head, whole } = await firstText(await h.client.chat.completions.create(params, { headers: { 'Idempotency-Key': key } }), isText);
    const release = await holdOutcomes();
    try {
      const first = await readStream(whole);
      expect(first.error).toBeUndefined();
      expect(first.chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
      const taskId = taskOf(head[0]);
      // The worker wrote the relay's last entry and waits for Postgres: nothing will write to the relay again.
      await loseRelay(taskId, key);
      const repeat = h.client.chat.completions.create(params, { headers: { 'Idempotency-Key': key }, timeout: REPEAT_TIMEOUT_MS }).then(readStream);
      await sleep(REPEAT_SETTLES_MS);
      await release();
      const again = await repeat;
      expect(again.error).toBeUndefined();
      expect(again.text).toBe(first.text);
      expect(again.text.split(' ')).toHaveLength(6);
      expect(again.chunks[0]?.id).toBe(`chatcmpl-${taskId}`);
      expect(again.chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
      expect(calls(model)).toBe(1);
    } finally {
      await release();
    }
  });

  it('a streamed repeat after the relay was lost mid-answer, the worker still writing: the whole answer, not the rest of it', async () => {
    const model = 'mock-chunk-delay-150+words-10';
    const params: ChatCompletionCreateParamsStreaming = { model: `openai/${model}`, messages: userMessage(), stream: true };
    const key = newKey();
    const { head, whole } = await firstText(await h.client.chat.completions.create(params, { headers: { 'Idempotency-Key': key } }), isText);
    // Between two of the worker's writes: its next one makes the stream again, without its beginning.
    await loseRelay(taskOf(head[0]), key);
    const repeat = h.client.chat.completions.create(params, { headers: { 'Idempotency-Key': key }, timeout: REPEAT_TIMEOUT_MS }).then(readStream);
    const first = await readStream(whole);
    expect(first.error).toBeUndefined();
    expect(first.text.split(' ')).toHaveLength(10);
    const again = await repeat;
    expect(again.error).toBeUndefined();
    expect(again.text).toBe(first.text);
    expect(again.chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    expect(calls(model)).toBe(1);
  });

  it('responses: a streamed repeat after the relay was lost streams the whole response in its own events', async () => {
    const model = 'mock-chunk-delay-100+words-5';
    const key = { headers: { 'Idempotency-Key': newKey() }, timeout: REPEAT_TIMEOUT_MS };
    const params = { model: `openai/${model}`, input: QUESTION, stream: true as const };
    const deltas = async (stream: AsyncIterable<OpenAI.Responses.ResponseStreamEvent>) => {
      const events: OpenAI.Responses.ResponseStreamEvent[] = [];
      for await (const event of stream) events.push(event);
      const text = events.flatMap((e) => (e.type === 'response.output_text.delta' ? [e.delta] : [])).join('');
      return { text, last: events.at(-1)?.type };
    };
    const streamed = await h.client.responses.create(params, key).withResponse();
    const { whole } = await firstText(streamed.data, (e) => e.type === 'response.output_text.delta');
    const release = await holdOutcomes();
    try {
      const first = await deltas(whole);
      expect(first.last).toBe('response.completed');
      expect(first.text.split(' ')).toHaveLength(5);
      await loseRelay(streamed.response.headers.get('x-task-id') ?? '', key.headers['Idempotency-Key']);
      const repeat = h.client.responses
        .create(params, key)
        .withResponse()
        .then(async (r) => ({ replayed: r.response.headers.get('idempotent-replayed'), ...(await deltas(r.data)) }));
      await sleep(REPEAT_SETTLES_MS);
      await release();
      expect(await repeat).toEqual({ replayed: 'true', ...first });
      expect(calls(model)).toBe(1);
    } finally {
      await release();
    }
  });

  it('a non-streamed repeat sent while the task runs, answer not filed: the same completion once the task finishes', async () => {
    const model = 'mock-latency-600';
    const key = newKey();
    const first = h.client.chat.completions.create({ model: `openai/${model}`, messages: userMessage() }, { headers: { 'Idempotency-Key': key } });
    // Enqueued (its row written) well before the provider answers.
    await sleep(200);
    const release = await holdOutcomes();
    try {
      const repeat = h.client.chat.completions.create({ model: `openai/${model}`, messages: userMessage() }, { headers: { 'Idempotency-Key': key }, timeout: REPEAT_TIMEOUT_MS });
      await sleep(REPEAT_SETTLES_MS);
      expect(await filed(key)).toBe(false);
      await release();
      const [one, two] = await Promise.all([first, repeat]);
      expect(two).toEqual(one);
      expect(one.choices[0]?.message.content).toBe(ANSWER);
      expect(calls(model)).toBe(1);
    } finally {
      await release();
    }
  });
});
