/**
 * timedStream: the stream limits (first token, silence, finish grace, the task's deadline) and the
 * caller's abort, raced against a scripted stream with one timer per stream. Limits are tens of ms
 * and the gaps that must trip them hundreds, so a slow machine delays but never flips an outcome.
 */
import { timedStream, type StreamLimits } from '../../../worker/stream/timed-stream';
import type { StreamPart } from '../../../worker/providers/stream-types';
import { ProviderError } from '../../../shared/provider-error';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const finish: StreamPart = { type: 'finish', finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 2 }, model: 'm' };
const limits: StreamLimits = { firstTokenMs: 60, idleMs: 60, finishGraceMs: 60 };

/** A stream that yields each part after its delay, and records how it was opened and ended. */
function scripted(script: Array<{ afterMs: number; part: StreamPart } | { afterMs: number; error: Error }>) {
  const seen = { signal: undefined as AbortSignal | undefined, returned: false };
  const open = (signal: AbortSignal): AsyncIterable<StreamPart> => {
    seen.signal = signal;
    return (async function* () {
      try {
        for (const step of script) {
          await sleep(step.afterMs);
          if ('error' in step) throw step.error;
          yield step.part;
        }
      } finally {
        seen.returned = true;
      }
    })();
  };
  return { open, seen };
}

async function collect(stream: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

function run(open: (signal: AbortSignal) => AsyncIterable<StreamPart>, overrides: { limits?: StreamLimits; deadline?: number; signal?: AbortSignal } = {}) {
  return timedStream(open, {
    provider: 'fake',
    model: 'm',
    limits: overrides.limits ?? limits,
    deadline: overrides.deadline ?? Date.now() + 60_000,
    signal: overrides.signal ?? new AbortController().signal,
  });
}

describe('timedStream', () => {
  it('passes every part of a stream that keeps within its limits, however long it runs in total', async () => {
    // 12 parts 20 ms apart: 240 ms in all, four times the 60 ms idle limit, never silent for 60 ms.
    const text = Array.from({ length: 12 }, (_, i) => ({ afterMs: 20, part: { type: 'text', text: `t${i}` } as StreamPart }));
    const { open, seen } = scripted([...text, { afterMs: 0, part: finish }]);
    const parts = await collect(run(open));
    expect(parts.map((p) => (p.type === 'text' ? p.text : p.type))).toEqual([...text.map((_, i) => `t${i}`), 'finish']);
    expect(seen.signal?.aborted).toBe(true); // the call's own signal is ended once the stream is over
  });

  it('fails with a provider timeout when no first token comes within the first-token limit', async () => {
    const { open, seen } = scripted([{ afterMs: 400, part: { type: 'text', text: 'late' } }]);
    const err = await collect(run(open)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as ProviderError).kind).toBe('timeout');
    expect((err as ProviderError).message).toBe('fake: no first token within 60 ms (FIRST_TOKEN_TIMEOUT_SECONDS)');
    expect(seen.signal?.aborted).toBe(true);
  });

  it('fails with the idle message when the stream goes silent after its first token', async () => {
    const { open } = scripted([
      { afterMs: 0, part: { type: 'text', text: 'a' } },
      { afterMs: 10, part: { type: 'text', text: 'b' } },
      { afterMs: 400, part: { type: 'text', text: 'late' } },
    ]);
    const parts: StreamPart[] = [];
    const err = await (async () => {
      for await (const part of run(open)) parts.push(part);
    })().catch((e: unknown) => e);
    expect(parts).toEqual([{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }]);
    expect((err as ProviderError).message).toBe('fake: the stream was silent for 60 ms (STREAM_IDLE_TIMEOUT_SECONDS)');
  });

  it('measures silence from when the consumer asks for the next part, not while it is busy with the last', async () => {
    const { open } = scripted([
      { afterMs: 0, part: { type: 'text', text: 'a' } },
      { afterMs: 0, part: { type: 'text', text: 'b' } },
      { afterMs: 0, part: finish },
    ]);
    const parts: StreamPart[] = [];
    for await (const part of run(open)) {
      parts.push(part);
      await sleep(150); // a slow consumer: longer than the idle limit, which must not count it
    }
    expect(parts.map((p) => p.type)).toEqual(['text', 'text', 'finish']);
  });

  it('finishes, not fails, a stream that goes quiet after its finish reason', async () => {
    const { open } = scripted([
      { afterMs: 0, part: { type: 'text', text: 'done' } },
      { afterMs: 0, part: { type: 'finishing', finishReason: 'length', usage: { inputTokens: 3, outputTokens: 4 } } },
      { afterMs: 400, part: finish },
    ]);
    const parts = await collect(run(open, { limits: { firstTokenMs: 1_000, idleMs: 5_000, finishGraceMs: 40 } }));
    expect(parts.at(-1)).toEqual({ type: 'finish', finishReason: 'length', usage: { inputTokens: 3, outputTokens: 4 }, model: 'm' });
  });

  it('waits the shorter finish grace even while a longer idle wait is armed', async () => {
    // The idle limit (5 s) is armed first; the grace (40 ms) must still end the stream at once.
    const { open } = scripted([
      { afterMs: 0, part: { type: 'text', text: 'x' } },
      { afterMs: 0, part: { type: 'finishing', finishReason: 'stop' } },
      { afterMs: 3_000, part: finish },
    ]);
    const parts = await collect(run(open, { limits: { firstTokenMs: 5_000, idleMs: 5_000, finishGraceMs: 40 } }));
    // Made by the grace (no usage came with the finish reason), not the provider's own finish part.
    expect(parts.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 0, outputTokens: 0 }, model: 'm' });
  });

  it("says the task's deadline passed when that comes before the stream's own limit", async () => {
    const { open } = scripted([
      { afterMs: 0, part: { type: 'text', text: 'a' } },
      { afterMs: 400, part: finish },
    ]);
    const err = await collect(run(open, { limits: { firstTokenMs: 5_000, idleMs: 5_000, finishGraceMs: 5_000 }, deadline: Date.now() + 60 })).catch((e: unknown) => e);
    expect((err as ProviderError).message).toBe("fake: the task's deadline passed while the answer was streaming");
  });

  it("throws the caller's reason when the caller aborts during a wait, and ends the provider call", async () => {
    const caller = new AbortController();
    const { open, seen } = scripted([
      { afterMs: 0, part: { type: 'text', text: 'a' } },
      { afterMs: 2_000, part: finish },
    ]);
    const reason = new Error('the client went away');
    setTimeout(() => caller.abort(reason), 30);
    const err = await collect(run(open, { limits: { firstTokenMs: 5_000, idleMs: 5_000, finishGraceMs: 5_000 }, signal: caller.signal })).catch((e: unknown) => e);
    expect(err).toBe(reason);
    expect(seen.signal?.aborted).toBe(true);
  });

  it("throws the caller's reason when the caller aborted while the consumer held a part", async () => {
    const caller = new AbortController();
    const { open } = scripted([
      { afterMs: 0, part: { type: 'text', text: 'a' } },
      { afterMs: 0, part: { type: 'text', text: 'b' } },
      { afterMs: 0, part: finish },
    ]);
    const reason = new Error('cancelled');
    const parts: StreamPart[] = [];
    const err = await (async () => {
      for await (const part of run(open, { signal: caller.signal })) {
        parts.push(part);
        caller.abort(reason);
      }
    })().catch((e: unknown) => e);
    expect(err).toBe(reason);
    expect(parts).toHaveLength(1);
  });

  it("passes on the adapter's own error unchanged", async () => {
    const broken = new ProviderError({ provider: 'fake', kind: 'server_error', message: 'fake: stream broke' });
    const { open } = scripted([
      { afterMs: 0, part: { type: 'text', text: 'a' } },
      { afterMs: 5, error: broken },
    ]);
    await expect(collect(run(open))).rejects.toBe(broken);
  });

  it('leaves no timer behind: a stream that ended leaves the event loop free to exit', async () => {
    const { open } = scripted([
      { afterMs: 0, part: { type: 'text', text: 'a' } },
      { afterMs: 0, part: finish },
    ]);
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    await collect(run(open, { limits: { firstTokenMs: 600_000, idleMs: 600_000, finishGraceMs: 600_000 } }));
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBe(before);
  });
});
