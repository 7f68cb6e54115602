/**
 * A streamed Idempotency-Key repeat whose relay Redis loses while the repeat is following it
 * (api/v1/relay-lost.ts): it goes on from what it relayed with the rest of the task's outcome.
 * The integration tests (test/openai/idempotency-relay-lost.test.ts) lose the relay before the
 * repeat reads it; losing entries a repeat has not read yet needs the hub's timing, so here the
 * subscription is scripted.
 */
import { EventEmitter } from 'node:events';
import type { Response } from 'express';
import type { TaskOutcome } from '../../../shared/task-schemas';
import type { RelayEvent } from '../../../shared/stream-events';
import { HttpError } from '../../../api/http-error';
import type { V1Claim, V1Idempotency } from '../../../api/v1/idempotency';
import { answerLostRelay } from '../../../api/v1/relay-lost';
import { relayStream, type StreamDeps, type SurfaceWriter } from '../../../api/v1/relay-stream';
import type { HubRead } from '../../../api/v1/stream-hub';

const source = { provider: 'openai', model: 'm' };
const text = (seq: number, t: string): RelayEvent => ({ type: 'text', seq, text: t, ...source });
const end = (texts: number): RelayEvent => ({ type: 'end', texts, finish_reason: 'stop', usage: { input_tokens: 1, output_tokens: 2 }, ...source });
const outcome = { task_id: 't', status: 'success', result: 'one two three', provider_used: 'openai', model: 'm', finish_reason: 'stop', usage: { input_tokens: 1, output_tokens: 2 } } as TaskOutcome;

/** What the surface wrote, in order. */
function recorder(): SurfaceWriter & { log: string[] } {
  const log: string[] = [];
  let open = false;
  return {
    log,
    get isOpen() {
      return open;
    },
    open: () => {
      open = true;
      log.push('open');
    },
    text(model, t) {
      if (!open) this.open(model);
      log.push(`text:${t}`);
    },
    finish: (info) => log.push(`finish:${info.finishReason}`),
    fail: (code) => log.push(`fail:${code}`),
    keepAlive: () => undefined,
  };
}

/**
 * Relays `reads` as a repeat (with a LostRelay whose wait for the outcome gives `answer`, or throws
 * it) or, without `answer`, as a plain follower.
 */
async function relay(reads: HubRead[], answer?: TaskOutcome | Error): Promise<string[]> {
  const writer = recorder();
  const subscription = { next: async () => reads.shift() ?? 'timeout', endUnstarted: () => undefined, taskEnded: () => undefined, close: () => undefined };
  const deps = {
    hub: { subscribe: () => subscription },
    jobs: { streamKeys: () => ({ events: 'events' }), cancel: async () => undefined },
    // The job's end is scripted in `reads` (`task_ended`), not watched.
    waiter: { wait: () => new Promise(() => undefined) },
    startWaitMs: 1_000,
    idleGiveUpMs: 1_000,
  } as unknown as StreamDeps;
  const res = Object.assign(new EventEmitter(), { setHeader: () => undefined }) as unknown as Response;
  const idempotency = {
    outcome: async () => {
      if (answer instanceof Error) throw answer;
      return answer;
    },
  } as unknown as V1Idempotency;
  const lost = answer ? answerLostRelay(idempotency, {} as V1Claim, { waitMs: 1_000, since: Date.now() }) : undefined;
  await relayStream(res, deps, 't', {} as never, writer, { follow: true, keepOnClose: true, lost });
  return writer.log;
}

describe('a streamed repeat whose relay is lost while it follows it', () => {
  it('entries it had not read went missing: the rest of the answer from the outcome, not a broken stream', async () => {
    expect(await relay([{ type: 'start' }, text(1, 'one '), text(3, 'three'), end(3)], outcome)).toEqual(['open', 'text:one ', 'text:two three', 'finish:stop']);
    expect(await relay([{ type: 'start' }, text(1, 'one '), text(3, 'three'), end(3)])).toEqual(['open', 'text:one ', 'fail:stream_interrupted']);
  });

  it('the task ended and its stream\'s end never came: the rest of the answer from the outcome', async () => {
    expect(await relay([{ type: 'start' }, text(1, 'one '), text(2, 'two '), 'task_ended'], outcome)).toEqual(['open', 'text:one ', 'text:two ', 'text:three', 'finish:stop']);
    expect(await relay([{ type: 'start' }, text(1, 'one '), text(2, 'two three'), 'task_ended'], outcome)).toEqual(['open', 'text:one ', 'text:two three', 'finish:stop']);
  });

  it('a stream that lost its head: the whole answer written as a filed one', async () => {
    expect(await relay([{ type: 'hb' }, text(2, 'two '), end(3)], outcome)).toEqual(['open', 'text:one two three', 'finish:stop']);
  });

  it('an outcome that does not go on from what was relayed ends the stream as broken', async () => {
    expect(await relay([{ type: 'start' }, text(1, 'uno '), 'task_ended'], outcome)).toEqual(['open', 'text:uno ', 'fail:stream_interrupted']);
  });

  it('the wait for the outcome elapsing is the request\'s timeout error: its response, or its error event once text was relayed', async () => {
    const elapsed = new HttpError('timeout', 'no answer within 5 s; the task goes on at GET /ai/task/t');
    await expect(relay(['task_ended'], elapsed)).rejects.toBe(elapsed);
    expect(await relay([{ type: 'start' }, text(1, 'one '), 'task_ended'], elapsed)).toEqual(['open', 'text:one ', 'fail:timeout']);
  });

  it('a whole stream is relayed as it is', async () => {
    expect(await relay([{ type: 'start' }, text(1, 'one two '), text(2, 'three'), end(2)], outcome)).toEqual(['open', 'text:one two ', 'text:three', 'finish:stop']);
  });
});
