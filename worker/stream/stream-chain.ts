/**
 * The fallback chain for a streamed answer. Before the first byte reaches the client a failure is
 * invisible: the same provider is retried (retryable errors) or the next target is tried. After
 * it, the next target resumes the answer (assistant prefill where the provider takes it, else
 * replay-and-skip); when no target can, the chain fails and the client gets an in-band error,
 * never a short answer dressed as a complete one.
 */
import type { ErrorCode } from '../../shared/errors/catalog';
import { ProviderError } from '../../shared/provider-error';
import type { Admission, CircuitBreaker } from '../../shared/breaker/types';
import type { Attempt } from '../../shared/task-schemas';
import { fullJitterDelay, sleep } from '../backoff';
import { asProviderError, breakerOutcome, type RetrySettings } from '../chain/call-provider';
import type { CompletionRequest, ProviderAdapter } from '../providers/types';
import { CancelledError } from './relay';
import { streamCall, type ResumeMode, type StreamFinish, type TextSink } from './stream-call';
import type { StreamLimits } from './timed-stream';

export interface StreamChainInput {
  /** Adapters bound to their target's model, in order. */
  targets: ProviderAdapter[];
  request: CompletionRequest;
  breaker: CircuitBreaker;
  retry: RetrySettings;
  limits: StreamLimits;
  deadline: number;
  sink: TextSink;
  /** Aborts when the client has gone (or the relay broke). */
  signal: AbortSignal;
  onFailover?: (from: string, to: string, reason: string) => void;
}

/** Codes from the error catalogue, so the API can answer each with its status. */
export type StreamFailureCode = Extract<
  ErrorCode,
  'all_providers_failed' | 'no_provider_available' | 'content_filtered' | 'task_deadline_exceeded' | 'stream_interrupted' | 'cancelled'
>;

export type StreamChainResult =
  | { ok: true; text: string; provider: string; finish: StreamFinish; attempts: Attempt[]; notes: string[] }
  | { ok: false; code: StreamFailureCode; message: string; text: string; attempts: Attempt[]; notes: string[] };

type TargetResult = { ok: true; finish: StreamFinish } | { ok: false; error: ProviderError | CancelledError };

const RESUMED_BY: Record<ResumeMode, string> = { fresh: '', prefill: 'assistant prefill', replay: 'replaying the request and skipping the delivered text' };

function skippedAttempt(provider: string, admission: Exclude<Admission, { allowed: true }>): Attempt {
  const kind = admission.reason === 'cooldown' ? 'rate_limited' : 'circuit_open';
  return { provider, outcome: 'skipped', error_kind: kind, message: `${kind.replace('_', ' ')}; next try in ${Math.round(admission.retryInMs)} ms`, latency_ms: 0 };
}

/** `openai: server_error (HTTP 500)`: what failed, without quoting a library's message into the client's stream. */
function describeFailure(error: ProviderError): string {
  return `${error.provider}: ${error.kind}${error.status === undefined ? '' : ` (HTTP ${error.status})`}`;
}

export async function runStreamChain(input: StreamChainInput): Promise<StreamChainResult> {
  const attempts: Attempt[] = [];
  const notes: string[] = [];
  let delivered = '';
  // [rich] Set once a tool call reached the client: such an answer is never resumed (docs/openai-compatibility.md).
  let toolCallsDelivered = false;
  let lastError: ProviderError | undefined;
  let left: Attempt | undefined;
  const failure = (code: StreamFailureCode, message: string): StreamChainResult => ({ ok: false, code, message, text: delivered, attempts, notes });

  /** Calls one target, retrying what may be retried while nothing of this call reached the client. */
  async function tryTarget(adapter: ProviderAdapter, admission: Extract<Admission, { allowed: true }>): Promise<TargetResult> {
    let lease = admission.lease;
    let mode: ResumeMode = delivered === '' ? 'fresh' : adapter.assistantPrefill ? 'prefill' : 'replay';
    for (let retry = 0; ; ) {
      const started = performance.now();
      const resumedAt = delivered.length;
      const result = await streamCall({ ...input, adapter, mode, delivered, sink: input.sink, signal: input.signal });
      delivered += result.added;
      if (result.toolCallStarted === true) toolCallsDelivered = true;
      const latency = Math.round(performance.now() - started);
      if (result.ok) {
        await input.breaker.record(adapter.name, 'success', { lease });
        const resumed = mode === 'fresh' ? undefined : `resumed after ${resumedAt} delivered characters by ${RESUMED_BY[mode]}`;
        if (resumed) notes.push(`${adapter.name}: ${resumed}`);
        if (result.finish.skipped > 0) notes.push(`${adapter.name}: skipped ${result.finish.skipped} unreadable chunk(s)`);
        attempts.push({ provider: adapter.name, model: result.finish.model, outcome: 'success', latency_ms: latency, message: resumed });
        return { ok: true, finish: result.finish };
      }
      if (input.signal.aborted) {
        await input.breaker.record(adapter.name, 'neutral', { lease });
        const reason: unknown = input.signal.reason;
        return { ok: false, error: reason instanceof CancelledError ? reason : new CancelledError(String(reason)) };
      }
      const error = asProviderError(adapter.name, result.error);
      attempts.push({ provider: adapter.name, model: adapter.model, outcome: 'error', status_code: error.status, error_kind: error.kind, message: error.message.slice(0, 500), latency_ms: latency });
      const outcome = breakerOutcome(error, false);
      await input.breaker.record(adapter.name, outcome, { lease, retryAfterMs: error.retryAfterMs, reason: outcome === 'misconfigured' ? error.message : undefined });
      lease = undefined;
      if (mode === 'prefill' && result.added === '' && error.kind === 'bad_request') {
        notes.push(`${adapter.name}: refused the assistant prefill; replaying the request instead`);
        mode = 'replay';
        continue;
      }
      if (result.added !== '' || toolCallsDelivered || !error.retryable || error.kind === 'timeout' || retry >= input.retry.maxRetries) return { ok: false, error };
      const wait = error.retryAfterMs ?? fullJitterDelay(retry, input.retry.baseMs, input.retry.capMs);
      if (wait > input.retry.maxRetryAfterMs || wait >= input.deadline - Date.now()) return { ok: false, error };
      await sleep(wait, input.signal);
      retry += 1;
      if (error.kind !== 'rate_limited') {
        const again = await input.breaker.allow(adapter.name);
        if (!again.allowed) return { ok: false, error };
        lease = again.lease;
      }
    }
  }

  for (const adapter of input.targets) {
    if (input.signal.aborted) return failure('cancelled', 'the client went away; the answer was cancelled');
    if (Date.now() >= input.deadline) break;
    if (left) {
      left.failover_to = adapter.name;
      input.onFailover?.(left.provider, adapter.name, left.error_kind ?? 'unknown');
    }
    const admission = await input.breaker.allow(adapter.name);
    if (!admission.allowed) {
      left = skippedAttempt(adapter.name, admission);
      attempts.push(left);
      continue;
    }
    const result = await tryTarget(adapter, admission);
    if (result.ok) return { ok: true, text: delivered, provider: adapter.name, finish: result.finish, attempts, notes };
    if (result.error instanceof CancelledError) return failure('cancelled', result.error.message);
    lastError = result.error;
    if (result.error.kind === 'content_filter') return failure('content_filtered', `${adapter.name} refused the content`);
    // [rich] A half-streamed tool call cannot be joined to another model's: end with a clean error event.
    if (toolCallsDelivered) {
      return failure('stream_interrupted', `the answer broke off after a tool call had started streaming (${adapter.name}: ${result.error.kind}); tool calls are not resumed on another route`);
    }
    left = attempts[attempts.length - 1];
  }

  // In the gateway's own words (provider, kind, status): the provider's or the SDK's text stays in `attempts`.
  const last = lastError ? `; the last failure was ${describeFailure(lastError)}` : '';
  if (Date.now() >= input.deadline) return failure('task_deadline_exceeded', `the task used up its time budget${last}`);
  if (delivered !== '') {
    return failure('stream_interrupted', `the answer broke off after ${delivered.length} characters and no route could resume it${last}`);
  }
  if (attempts.length === 0) return failure('no_provider_available', 'no provider is configured for this request');
  if (!lastError) return failure('all_providers_failed', 'every provider was skipped: all circuits are open');
  return failure('all_providers_failed', `every provider failed${last}`);
}
