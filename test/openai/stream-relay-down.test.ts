/**
 * A worker whose stream relay cannot reach Redis fails a streamed task before its first entry,
 * and so cannot write that failure to the stream. The API watches the job too, so the client gets
 * the worker's error at once instead of waiting out the start wait (TASK_DEADLINE_SECONDS, ten
 * minutes here: a test that hung until then would time out).
 */
import request from 'supertest';
import { freePort } from '../helpers/processes';
import { startOpenAIHarness, userMessage, type OpenAIHarness } from './helpers';

let h: OpenAIHarness;

beforeAll(async () => {
  // Nothing listens on this port: the relay's connection never becomes ready.
  const deadPort = await freePort();
  h = await startOpenAIHarness({ env: { TASK_DEADLINE_SECONDS: '600' }, workerOverrides: { streamRedisUrl: `redis://127.0.0.1:${deadPort}` } });
});
afterAll(async () => {
  await h.stop();
});

it('a streamed chat completion answers 503 stream_unavailable with the worker\'s reason, not a start-wait timeout', async () => {
  const res = await request(h.gw.url).post('/v1/chat/completions').send({ model: 'openai/mock-ok', stream: true, messages: userMessage() });
  expect(res.status).toBe(503);
  expect(res.body.error.code).toBe('stream_unavailable');
  expect(res.body.error.message).toMatch(/^the stream relay \(Redis\) is unreachable/);
  // Non-streamed answers do not need the relay.
  const plain = await request(h.gw.url).post('/v1/chat/completions').send({ model: 'openai/mock-ok', messages: userMessage() });
  expect(plain.status).toBe(200);
}, 30_000);

it('a streamed Anthropic Messages request gets the same error in Anthropic\'s shape', async () => {
  const res = await request(h.gw.url).post('/v1/messages').send({ model: 'claude/mock-ok', max_tokens: 50, stream: true, messages: [{ role: 'user', content: 'Hello' }] });
  expect(res.status).toBe(503);
  expect(res.body.type).toBe('error');
  expect(res.body.error.type).toBe('overloaded_error');
  expect(res.body.error.message).toMatch(/the stream relay \(Redis\) is unreachable/);
}, 30_000);
