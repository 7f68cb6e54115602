/**
 * The response cache (CACHE_TTL_SECONDS > 0) end to end, through the mock provider: a repeated
 * request is a HIT that calls no provider, costs 0 and is recorded as a task with cache_hit true;
 * another key never receives the first key's answer; Cache-Control no-cache and no-store; a
 * streamed request replays a cached answer as server-sent events.
 */
import OpenAI from 'openai';
import request from 'supertest';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { createKey, type TestKey } from '../api/helpers';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import { ANSWER, mockProviderEnv, readStream, userMessage } from '../openai/helpers';

let mock: MockProvider;
let gw: TestGateway;
let keyA: TestKey;
let keyB: TestKey;

beforeAll(async () => {
  mock = await startMockProvider({ port: 0 });
  gw = await startTestGateway({
    env: mockProviderEnv(mock, { AUTH_CACHE_SECONDS: '0', CACHE_TTL_SECONDS: '600', MODEL_PRICES: JSON.stringify({ 'openai/mock-ok': { input: 1, output: 1 } }) }),
  });
  keyA = await createKey(gw.db, 'team-a', ['tasks', 'history']);
  keyB = await createKey(gw.db, 'team-b', ['tasks', 'history']);
});
afterAll(async () => {
  await gw.stop();
  await mock.close();
});

const providerCalls = () => mock.requests().filter((r) => r.path.endsWith('/chat/completions')).length;
const task = (key: TestKey, text: string, headers: Record<string, string> = {}) =>
  request(gw.url).post('/ai/task').set('X-API-Key', key.key).set(headers).send({ task: 'summarize', text, provider: 'openai' });

describe('response cache', () => {
  it('answers a repeated task from the cache: X-Cache HIT, no provider call, cost 0, recorded with cache_hit true', async () => {
    const text = 'The library opens a second floor for study rooms. It keeps its Sunday hours.';
    const first = await task(keyA, text).expect(200);
    expect(first.headers['x-cache']).toBe('MISS');
    expect(first.body.cost_usd).toBeGreaterThan(0);
    const calls = providerCalls();

    const second = await task(keyA, text).expect(200);
    expect(second.headers['x-cache']).toBe('HIT');
    expect(providerCalls()).toBe(calls);
    expect(second.body).toMatchObject({ result: first.body.result, provider_used: 'openai', cost_usd: 0, cache_hit: true, attempts: [] });
    expect(second.body.task_id).not.toBe(first.body.task_id);

    const recorded = await request(gw.url).get(`/ai/task/${second.body.task_id}`).set('X-API-Key', keyA.key).expect(200);
    expect(recorded.body).toMatchObject({ cache_hit: true, cost_usd: 0, result: first.body.result });
    const usage = await request(gw.url).get('/usage?group_by=key').set('X-API-Key', keyA.key).expect(200);
    expect(usage.body.items).toEqual([expect.objectContaining({ key_name: 'team-a', cache_hits: 1 })]);
  });

  it('never gives one key the answer another key paid for', async () => {
    const text = 'The ferry adds a late crossing on Fridays. Tickets stay the same price.';
    await task(keyA, text).expect(200);
    const calls = providerCalls();
    const other = await task(keyB, text).expect(200);
    expect(other.headers['x-cache']).toBe('MISS');
    expect(other.body.cache_hit).toBeUndefined();
    expect(providerCalls()).toBe(calls + 1);
  });

  it('keys on every field that changes the answer: other options are a miss', async () => {
    const text = 'The market moves to the square in June. Stalls open at eight.';
    await task(keyA, text).expect(200);
    const res = await request(gw.url).post('/ai/task').set('X-API-Key', keyA.key).send({ task: 'summarize', text, provider: 'openai', options: { max_sentences: 1 } }).expect(200);
    expect(res.headers['x-cache']).toBe('MISS');
  });

  it('skips the lookup on Cache-Control: no-cache, and the filing on no-store', async () => {
    const text = 'The pool closes for repairs in August. Lessons move to the school gym.';
    await task(keyA, text).expect(200);
    const calls = providerCalls();
    const fresh = await task(keyA, text, { 'Cache-Control': 'no-cache' }).expect(200);
    expect(fresh.headers['x-cache']).toBe('MISS');
    expect(providerCalls()).toBe(calls + 1);

    const unstored = 'The bridge reopens to cyclists on Monday. Cars wait until autumn.';
    await task(keyA, unstored, { 'Cache-Control': 'no-store' }).expect(200);
    const again = await task(keyA, unstored).expect(200);
    expect(again.headers['x-cache']).toBe('MISS');
  });

  it('replays a cached chat completion as a stream when the request streams, with usage when asked', async () => {
    const client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: keyA.key, maxRetries: 0 });
    const { data, response } = await client.chat.completions.create({ model: 'openai/mock-ok', messages: userMessage(), temperature: 0.2 }).withResponse();
    expect(response.headers.get('x-cache')).toBe('MISS');
    expect(data.choices[0]?.message.content).toBe(ANSWER);
    const calls = providerCalls();

    const { data: stream, response: streamed } = await client.chat.completions
      .create({ model: 'openai/mock-ok', messages: userMessage(), temperature: 0.2, stream: true, stream_options: { include_usage: true } })
      .withResponse();
    expect(streamed.headers.get('x-cache')).toBe('HIT');
    expect(streamed.headers.get('x-aigw-cost-usd')).toBe('0');
    const read = await readStream(stream);
    expect(read.error).toBeUndefined();
    expect(read.text).toBe(ANSWER);
    expect(read.chunks.at(-1)?.usage).toEqual(data.usage);
    expect(read.chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(providerCalls()).toBe(calls);

    const other = await client.chat.completions.create({ model: 'openai/mock-ok', messages: userMessage(), temperature: 0.3 }).withResponse();
    expect(other.response.headers.get('x-cache')).toBe('MISS');
  });
});
