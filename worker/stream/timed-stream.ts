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

/**
 * Races each part of one stream against silence and the caller's signal, with one timer and one
 * abort listener for the whole stream. (A timer, a listener and a promise made per part were 5.6%
 * of a busy worker's CPU.) The timer is not moved when a part arrives: when it fires it looks at
 * the wait in progress and either ends it or re-arms for what is left of it.
 *
 * A step that did not end with a part (a timeout, an abort) ends the stream: no step follows it,
 * which is what lets the handlers below be made once rather than per step.
 */
class StepRace {
  private settle: ((step: Step) => void) | undefined;
  private fail: ((err: unknown) => void) | undefined;
  private timer: NodeJS.Timeout | undefined;
  private timerDueAt = 0;
  /** Epoch ms at which the wait in progress becomes a timeout. */
  private waitEndsAt = 0;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', this.onAbort, { once: true });
  }

  /** The next step: `next` settling, the wait of `waitMs` running out, or the caller's abort. */
  step(next: Promise<IteratorResult<StreamPart>>, waitMs: number): Promise<Step> {
    if (this.signal.aborted) return Promise.resolve({ kind: 'aborted' });
    const now = Date.now();
    this.waitEndsAt = now + Math.max(0, waitMs);
    // An armed timer due later than this wait ends (a shorter limit, a near deadline) is too late.
    if (this.timer === undefined || this.timerDueAt > this.waitEndsAt) this.arm(this.waitEndsAt - now);
    return new Promise<Step>((resolve, reject) => {
      this.settle = resolve;
      this.fail = reject;
      next.then(this.onPart, this.onError);
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.signal.removeEventListener('abort', this.onAbort);
    this.settle = this.fail = undefined;
  }

  private arm(ms: number): void {
    clearTimeout(this.timer);
    this.timerDueAt = Date.now() + ms;
    this.timer = setTimeout(this.onTimer, ms);
  }

  private wake(step: Step): void {
    const settle = this.settle;
    this.settle = this.fail = undefined;
    settle?.(step);
  }

  private readonly onPart = (result: IteratorResult<StreamPart>): void => this.wake({ kind: 'part', result });

  private readonly onError = (err: unknown): void => {
    const fail = this.fail;
    this.settle = this.fail = undefined;
    fail?.(err);
  };

  private readonly onAbort = (): void => this.wake({ kind: 'aborted' });

  private readonly onTimer = (): void => {
    this.timer = undefined;
    if (!this.settle) return; // between steps: the next step arms its own wait
    const left = this.waitEndsAt - Date.now();
    if (left <= 0) this.wake({ kind: 'timeout' });
    else this.arm(left);
  };
}

export async function* timedStream(
  open: (signal: AbortSignal) => AsyncIterable<StreamPart>,
  options: TimedStreamOptions,
): AsyncGenerator<StreamPart> {
  const { provider, limits, deadline, signal } = options;
  const call = new AbortController();
  const cancel = (): void => call.abort(signal.reason);
  signal.addEventListener('abort', cancel, { once: true });
  const race = new StepRace(signal);
  const iterator = open(call.signal)[Symbol.asyncIterator]();
  let started = false;
  let finishing: Extract<StreamPart, { type: 'finishing' }> | undefined;
  try {
    signal.throwIfAborted();
    for (;;) {
      const limit = finishing ? limits.finishGraceMs : started ? limits.idleMs : limits.firstTokenMs;
      const next = iterator.next();
      const step = await race.step(next, Math.min(limit, deadline - Date.now()));
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
    race.dispose();
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
