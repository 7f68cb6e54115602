/**
 * A streamed Idempotency-Key repeat follows its task's relay stream in Redis, and once the relay has
 * expired it writes the filed answer instead (./idempotency.ts). Between the two, Redis can lose the
 * relay while the task runs (a failover, an eviction) before the worker has filed the answer: the
 * repeat would then wait out its time limits for a stream that never ends, or relay what is left of
 * it as a broken answer. relay-stream.ts tells such a repeat that its relay is lost; this answers it
 * from the task's outcome instead, the filed answer or the job's own once it finishes, waited for
 * within the request's timeout (its own `timeout` error when that elapses, as a non-streamed repeat).
 */
import type { TaskOutcome } from '../../shared/task-schemas';
import { HttpError } from '../http-error';
import { succeeded } from './await-outcome';
import type { V1Claim, V1Idempotency } from './idempotency';
import { LOST, type Finish, type LostRelay, type Relayed, type SurfaceWriter } from './relay-stream';

/** When and for how long the request waits for its answer. */
export interface RequestWait {
  waitMs: number;
  since: number;
}

function finishOf(outcome: TaskOutcome): Finish {
  const model = `${outcome.provider_used ?? 'unknown'}/${outcome.model ?? 'unknown'}`;
  return { model, finishReason: outcome.finish_reason ?? 'stop', usage: outcome.usage ?? { input_tokens: 0, output_tokens: 0 } };
}

/** A finished answer written whole as a surface's stream: a repeat after its relay expired. */
export function streamOutcome(writer: SurfaceWriter, outcome: TaskOutcome): Finish {
  const finish = finishOf(outcome);
  writer.open(finish.model);
  if (outcome.result) writer.text(finish.model, outcome.result);
  writer.finish(finish);
  return finish;
}

/**
 * The repeat's `LostRelay`. Nothing relayed yet: the outcome is written whole, by `whole` when the
 * surface writes a filed answer its own way (chat completions), else by `streamOutcome`. Text
 * relayed already: the outcome's rest of it, which the relayed text begins (what the worker streams
 * is what it files); an answer that cannot be taken up so (tool calls) ends as broken.
 */
export function answerLostRelay(idempotency: V1Idempotency, claim: V1Claim, wait: RequestWait, whole?: (outcome: TaskOutcome) => void): LostRelay {
  return async (writer: SurfaceWriter, relayed: Relayed): Promise<void> => {
    let outcome: TaskOutcome;
    try {
      outcome = succeeded(await idempotency.outcome(claim, wait.waitMs, wait.since));
    } catch (err) {
      // Before the stream opened, an HttpError is the response; after, it ends the stream in-band.
      if (!writer.isOpen || !(err instanceof HttpError)) throw err;
      writer.fail(err.code, err.message);
      return;
    }
    if (!writer.isOpen) {
      if (whole) whole(outcome);
      else streamOutcome(writer, outcome);
      return;
    }
    const text = outcome.result ?? '';
    if (relayed.toolCalls || !text.startsWith(relayed.text)) {
      writer.fail('stream_interrupted', LOST);
      return;
    }
    const finish = finishOf(outcome);
    if (text.length > relayed.text.length) writer.text(finish.model, text.slice(relayed.text.length));
    writer.finish(finish);
  };
}
