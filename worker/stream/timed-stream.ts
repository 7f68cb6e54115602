/**
 * One streamed provider call under the stream limits: no first token within the first-token limit,
 * or silence between parts past the idle limit, is a provider timeout (a fault, so the chain
 * fails over). Once the provider has given its finish reason, silence ends the answer instead:
 * a stream that never sends its terminator is finished after a short grace, not failed.
 * The caller's signal (the client went away) ends the call with the caller's reason.
 */
import { ProviderError } from '../../shared/provider-error';
import type { StreamPart } from '../providers/stream-types';

export interface StreamLimits {
  firstTokenMs: number;
  idleMs: number;
  /** How long to wait for the rest of a stream whose finish reason has arrived. */
  finishGraceMs: number;
}

export interface TimedStreamOptions {
  provider: string;
  model: string;
  limits: StreamLimits;
  /** Epoch ms: the task's deadline. */
  deadline: number;
  /** Aborted by the caller (cancel); its reason is thrown. */
  signal: AbortSignal;
}

/** The reason a provider call's own signal carries once the call is over. */
const CALL_ENDED = new DOMException('the provider call ended', 'AbortError');

type Step = { kind: 'part'; result: IteratorResult<StreamPart> } | { kind: 'timeout' } | { kind: 'aborted' };

function nextStep(next: Promise<IteratorResult<StreamPart>>, waitMs: number, signal: AbortSignal): Promise<Step> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish({ kind: 'timeout' }), Math.max(0, waitMs));
    const onAbort = (): void => finish({ kind: 'aborted' });
    signal.addEventListener('abort', onAbort, { once: true });
    function finish(step: Step): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(step);
    }
    next.then(
      (result) => finish({ kind: 'part', result }),
      (err: unknown) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

export async function* timedStream(
  open: (signal: AbortSignal) => AsyncIterable<StreamPart>,
  options: TimedStreamOptions,
): AsyncGenerator<StreamPart> {
  const { provider, limits, deadline, signal } = options;
  const call = new AbortController();
  const cancel = (): void => call.abort(signal.reason);
  signal.addEventListener('abort', cancel, { once: true });
  const iterator = open(call.signal)[Symbol.asyncIterator]();
  let started = false;
  let finishing: Extract<StreamPart, { type: 'finishing' }> | undefined;
  try {
    signal.throwIfAborted();
    for (;;) {
      const limit = finishing ? limits.finishGraceMs : started ? limits.idleMs : limits.firstTokenMs;
      const next = iterator.next();
      const step = await nextStep(next, Math.min(limit, deadline - Date.now()), signal);
      if (step.kind !== 'part') next.catch(() => undefined);
      if (step.kind === 'aborted') throw signal.reason;
      if (step.kind === 'timeout') {
        if (finishing) {
          yield { type: 'finish', finishReason: finishing.finishReason, usage: finishing.usage ?? { inputTokens: 0, outputTokens: 0 }, model: options.model };
          return;
        }
        throw timeoutError(provider, started, limit, Date.now() >= deadline);
      }
      if (step.result.done) return;
      const part = step.result.value;
      if (part.type === 'text' || part.type === 'progress') started = true;
      if (part.type === 'finishing') finishing = part;
      yield part;
      if (part.type === 'finish') return;
    }
  } catch (err) {
    // Whatever the adapter made of an abort, the caller's reason is the truth.
    if (signal.aborted) throw signal.reason;
    throw err;
  } finally {
    signal.removeEventListener('abort', cancel);
    // Ends the HTTP call whichever way the loop ended (a no-op when it finished by itself). With a
    // reason made once: abort() without one builds a DOMException, stack and all, on every call.
    call.abort(CALL_ENDED);
    iterator.return?.(undefined)?.catch(() => undefined);
  }
}

function timeoutError(provider: string, started: boolean, limitMs: number, deadlinePassed: boolean): ProviderError {
  const message = deadlinePassed
    ? `${provider}: the task's deadline passed while the answer was streaming`
    : started
      ? `${provider}: the stream was silent for ${limitMs} ms (STREAM_IDLE_TIMEOUT_SECONDS)`
      : `${provider}: no first token within ${limitMs} ms (FIRST_TOKEN_TIMEOUT_SECONDS)`;
  return new ProviderError({ provider, kind: 'timeout', message });
}
