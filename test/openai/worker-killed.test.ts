/**
 * The worker behind a stream disappears: the API must not leave its client hanging. With no
 * worker at all, the request fails once the task's deadline has passed; with a worker killed
 * mid-stream, the client gets an in-band error shortly after the idle limit, never a short
 * answer ending like a complete one.
 */
import OpenAI from 'openai';
import { startMockProvider, type MockProvider } from '../../tools/mock-provider/server';
import { startTestGateway, type TestGateway } from '../helpers/gateway';
import type { RunningProcess } from '../helpers/processes';
import { startWorker, stopWorker } from '../faults/helpers/worker-process';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { ANSWER, mockProviderEnv, readStream, userMessage, type WithFallbacks } from './helpers';

describe('a stream whose worker is gone', () => {
  let mock: MockProvider;
  let gw: TestGateway;
  let client: OpenAI;
  let worker: RunningProcess | undefined;
  const env = () => mockProviderEnv(mock, { TASK_DEADLINE_SECONDS: '4' });

  beforeAll(async () => {
    mock = await startMockProvider({ port: 0 });
    gw = await startTestGateway({ withWorker: false, env: env() });
    client = new OpenAI({ baseURL: `${gw.url}/v1`, apiKey: 'x', maxRetries: 0 });
  });
  afterAll(async () => {
    if (worker) await stopWorker(worker);
    await gw.stop();
    await mock.close();
  });

  it('with no worker to take the job, fails with a 504 after the task deadline instead of hanging', async () => {
    const started = Date.now();
    const err = await client.chat.completions.create({ model: 'auto', messages: userMessage(), stream: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.InternalServerError);
    expect(err).toMatchObject({ status: 504, code: 'stream_timeout' });
    expect(Date.now() - started).toBeLessThan(8_000);
  });

  it('with its worker killed mid-stream, ends in an error event soon after the idle limit', async () => {
    worker = await startWorker(gw, env());
    const params: WithFallbacks<ChatCompletionCreateParamsStreaming> = { model: 'openai/mock-chunk-delay-300', fallbacks: [], messages: userMessage(), stream: true };
    const stream = await client.chat.completions.create(params);
    const iterator = stream[Symbol.asyncIterator]();
    let first = await iterator.next();
    while (!first.done && !first.value.choices[0]?.delta.content) first = await iterator.next();
    const received = first.done ? '' : (first.value.choices[0]?.delta.content ?? '');
    worker.child.kill('SIGKILL');
    const killedAt = Date.now();

    const rest = await readStream({ [Symbol.asyncIterator]: () => iterator });
    expect(rest.error).toBeInstanceOf(OpenAI.APIError);
    expect(rest.error).toMatchObject({ code: 'stream_timeout' });
    // STREAM_IDLE_TIMEOUT_SECONDS (1 s) plus the API's margin, with room for a slow machine.
    expect(Date.now() - killedAt).toBeLessThan(7_000);
    const text = received + rest.text;
    expect(text).not.toBe(ANSWER);
    expect(ANSWER.startsWith(text)).toBe(true);
  });
});
