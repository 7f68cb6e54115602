/**
 * Provider faults in the middle of a stream, injected by the mock provider's model names, seen
 * through the official OpenAI SDK. A stream either delivers the whole answer and ends with
 * [DONE], or the SDK raises an error: never a short answer that looks finished.
 */
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { waitFor } from '../faults/helpers/wait';
import { ANSWER, QUESTION, readStream, startOpenAIHarness, userMessage, type OpenAIHarness, type StreamResult, type WithFallbacks } from './helpers';

const BATCH = 6;

type Row = { status: string; result: string | null; provider_used: string | null; error_code: string | null; attempts: { provider: string; outcome: string; error_kind?: string; message?: string }[] };

describe('mid-stream faults', () => {
  let h: OpenAIHarness;

  beforeAll(async () => {
    h = await startOpenAIHarness({ env: { WORKER_CONCURRENCY: '30' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  const streamOf = async (model: string, fallbacks: string[]): Promise<StreamResult & { elapsedMs: number }> => {
    const started = Date.now();
    const params: WithFallbacks<ChatCompletionCreateParamsStreaming> = { model, fallbacks, messages: userMessage(), stream: true };
    const result = await readStream(await h.client.chat.completions.create(params));
    return { ...result, elapsedMs: Date.now() - started };
  };
  const rowOf = (result: StreamResult): Promise<Row> =>
    waitFor('the outcome to be persisted', async () => {
      const id = (result.chunks[0]?.id ?? '').replace(/^chatcmpl-/, '');
      const row = (await h.gw.db('ai_requests').where({ task_id: id }).first()) as Row | undefined;
      return row && (row.status === 'success' || row.status === 'error') ? row : undefined;
    });
  const complete = (result: StreamResult): void => {
    expect(result.error).toBeUndefined();
    expect(result.text).toBe(ANSWER);
    expect(result.chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
  };

  it('a first token later than FIRST_TOKEN_TIMEOUT_SECONDS fails over before any byte reaches the client', async () => {
    const result = await streamOf('openai/mock-first-token-3000', ['claude/mock-ok']);
    complete(result);
    expect(new Set(result.chunks.map((c) => c.model))).toEqual(new Set(['claude/mock-ok']));
    const row = await rowOf(result);
    expect(row.attempts.map((a) => [a.provider, a.outcome, a.error_kind])).toEqual([
      ['openai', 'error', 'timeout'],
      ['claude', 'success', undefined],
    ]);
  });

  it('a stream that ends cleanly without a finish reason is resumed on an OpenAI-compatible route by replaying and skipping', async () => {
    const result = await streamOf('openai/mock-cut-after-2', ['compat/mock-ok']);
    complete(result);
    expect(result.chunks.map((c) => c.model)).toContain('openai/mock-cut-after-2');
    expect(result.chunks.at(-1)?.model).toBe('compat/mock-ok');
    const row = await rowOf(result);
    expect(row).toMatchObject({ status: 'success', result: ANSWER, provider_used: 'compat' });
    expect(row.attempts.at(-1)?.message).toMatch(/resumed after \d+ delivered characters by replaying/);
  });

  it('a reset connection is resumed on Claude by assistant prefill', async () => {
    const result = await streamOf('openai/mock-reset-after-3', ['claude/mock-ok']);
    complete(result);
    const row = await rowOf(result);
    expect(row).toMatchObject({ status: 'success', result: ANSWER, provider_used: 'claude' });
    expect(row.attempts.at(-1)?.message).toMatch(/by assistant prefill/);
  });

  it('a provider that refuses assistant prefill with a 400 is replayed instead', async () => {
    const result = await streamOf('openai/mock-cut-after-2', ['claude/mock-no-prefill']);
    complete(result);
    const row = await rowOf(result);
    expect(row.attempts.map((a) => [a.provider, a.error_kind])).toEqual([
      ['openai', 'malformed_response'],
      ['claude', 'bad_request'],
      ['claude', undefined],
    ]);
    expect(row.attempts.at(-1)?.message).toMatch(/replaying/);
  });

  it('a stream stalled past STREAM_IDLE_TIMEOUT_SECONDS is abandoned (its connection closed) and resumed', async () => {
    const before = h.mock.streams.aborted;
    const result = await streamOf('openai/mock-stall-after-2', ['claude/mock-ok']);
    complete(result);
    expect(result.elapsedMs).toBeGreaterThanOrEqual(1_000);
    await waitFor('the stalled provider connection to be closed', () => h.mock.streams.aborted > before);
    expect((await rowOf(result)).attempts[0]).toMatchObject({ provider: 'openai', error_kind: 'timeout' });
  });

  it('one unreadable chunk is skipped and the answer completes', async () => {
    const result = await streamOf('openai/mock-invalid-chunk', []);
    complete(result);
    expect((await rowOf(result)).status).toBe('success');
  });

  it.each(['openai/mock-no-terminator', 'claude/mock-no-terminator', 'compat/mock-no-terminator'])(
    '%s: a stream that closes without its terminator is finished at once, not failed',
    async (model) => {
      const result = await streamOf(model, []);
      complete(result);
      // Well inside the idle limit: nothing waited for a terminator that never came.
      expect(result.elapsedMs).toBeLessThan(1_000);
      expect(result.chunks.every((c) => c.model === model)).toBe(true);
    },
  );

  it('a stream that gives its finish reason and then goes quiet is finished after a short grace, not failed', async () => {
    const result = await streamOf('openai/mock-stall-at-end', []);
    complete(result);
    expect((await rowOf(result)).attempts).toEqual([expect.objectContaining({ provider: 'openai', outcome: 'success' })]);
  });

  it('a broken stream that no route can resume ends with an error event the SDK raises, and is recorded as failed', async () => {
    const result = await streamOf('openai/mock-cut-after-2', []);
    expect(result.error).toBeInstanceOf(OpenAI.APIError);
    expect(result.error).toMatchObject({ code: 'stream_interrupted' });
    expect(result.text).not.toBe(ANSWER);
    expect(ANSWER.startsWith(result.text)).toBe(true);
    expect(await rowOf(result)).toMatchObject({ status: 'error', error_code: 'stream_interrupted', result: null });
  });

  it('a replay that begins differently is not spliced on: the stream ends with an error', async () => {
    const result = await streamOf('openai/mock-cut-after-2', ['compat/mock-random-answer']);
    expect(result.error).toBeInstanceOf(OpenAI.APIError);
    expect(ANSWER.startsWith(result.text)).toBe(true);
    expect((await rowOf(result)).attempts.at(-1)).toMatchObject({ provider: 'compat', error_kind: 'unsupported' });
  });

  it('never delivers a truncated answer as a success, whatever the fault and the fallbacks', async () => {
    const faults = ['cut-after-0', 'cut-after-1', 'cut-after-3', 'reset-after-1', 'reset-after-4', 'stall-after-1', 'first-token-3000', 'invalid-chunk', 'no-terminator', 'status-503', 'hang'];
    const fallbacks = [[], ['claude/mock-ok'], ['compat/mock-ok'], ['compat/mock-random-answer'], ['claude/mock-no-prefill+cut-after-1', 'compat/mock-ok']];
    const runs = faults.flatMap((fault) => fallbacks.map((f) => ({ model: `openai/mock-${fault}`, fallbacks: f })));
    const results = [];
    // A few at a time: the whole gateway, the mock and the clients share this one process, and a
    // healthy provider must still beat the one-second first-token limit.
    for (let i = 0; i < runs.length; i += BATCH) {
      const batch = runs.slice(i, i + BATCH);
      results.push(...(await Promise.all(batch.map(async (run) => ({ run, result: await streamOf(run.model, run.fallbacks).catch((error: unknown) => ({ chunks: [], text: '', error, elapsedMs: 0 })) })))));
    }
    // A whole answer of the mock: ANSWER, or (from mock-random-answer) the same with a random word.
    const whole = new RegExp(`^mock answer( [0-9a-f]{6})?: ${QUESTION.slice(0, 40).replace(/[?.]/g, '\\$&')}$`);
    for (const { run, result } of results) {
      const finished = result.chunks.at(-1)?.choices[0]?.finish_reason === 'stop';
      // Either a complete answer that ends properly, or an error the application sees.
      const verdict = result.error === undefined ? (whole.test(result.text) && finished ? 'complete' : 'TRUNCATED') : 'error';
      expect({ ...run, verdict }).not.toMatchObject({ verdict: 'TRUNCATED' });
    }
    // With a healthy fallback every fault is survived.
    for (const { run, result } of results.filter((r) => r.run.fallbacks[0] === 'claude/mock-ok')) {
      expect({ ...run, text: result.text, error: result.error }).toMatchObject({ text: ANSWER, error: undefined });
    }
  }, 60_000);

  it('a client that goes away mid-stream cancels the provider call, and the task is recorded as cancelled', async () => {
    const before = h.mock.streams.aborted;
    const params: ChatCompletionCreateParamsStreaming = { model: 'openai/mock-chunk-delay-400', messages: userMessage(), stream: true };
    const stream = await h.client.chat.completions.create(params);
    let id = '';
    for await (const chunk of stream) {
      id = chunk.id;
      if (chunk.choices[0]?.delta.content) break; // leaving the loop aborts the request
    }
    await waitFor('the gateway to close its provider stream', () => h.mock.streams.aborted > before, 5_000);
    const row = await waitFor('the cancelled task to be recorded', async () => {
      const found = (await h.gw.db('ai_requests').where({ task_id: id.replace(/^chatcmpl-/, '') }).first()) as Row | undefined;
      return found?.status === 'error' ? found : undefined;
    });
    expect(row.error_code).toBe('cancelled');
  });
});
