/** The chain policy's decision table: pure, no I/O. */
import { ProviderError } from '../../../shared/provider-error';
import { ERROR_KINDS, type ErrorKind } from '../../../shared/task-schemas';
import { FAILURE_SCOPES, failureRule } from '../../../worker/chain/failure-scope';
import { chainFailure, decideAfterFailure, skippedAttempt, type FailureContext } from '../../../worker/chain/policy';

const error = (kind: ErrorKind, retryAfterMs?: number) => new ProviderError({ provider: 'p', kind, message: `p: ${kind}`, retryAfterMs });
const ctx = (over: Partial<FailureContext> = {}): FailureContext => ({
  retry: 0,
  delivered: false,
  remainingMs: 10_000,
  probe: false,
  sameModelAlternative: false,
  cutByOurDeadline: false,
  settings: { maxRetries: 2, baseMs: 100, capMs: 1_000, maxRetryAfterMs: 5_000 },
  random: () => 0.5,
  ...over,
});

describe('the failure-scope table', () => {
  it.each([
    ['overloaded', 'fault', 'deployment'],
    ['server_error', 'fault', 'deployment'],
    ['timeout', 'fault', 'deployment'],
    ['model_not_found', 'misconfigured', 'deployment'],
    ['auth', 'misconfigured', 'credential'],
    ['connection', 'fault', 'base_url'],
    ['rate_limited', 'rate_limited', 'deployment'],
    ['context_length', 'neutral', 'deployment'],
    ['content_filter', 'neutral', 'deployment'],
    ['bad_request', 'neutral', 'deployment'],
  ] as const)('%s counts as %s against the %s scope', (kind, outcome, scope) => {
    expect(FAILURE_SCOPES[kind]).toMatchObject({ outcome, scope });
  });

  it('covers every error kind, and retries the same deployment exactly when the error says it is retryable', () => {
    for (const kind of ERROR_KINDS) expect(FAILURE_SCOPES[kind].retrySame).toBe(error(kind).retryable);
  });

  it('a timeout our own deadline caused is neutral: it says nothing about the provider', () => {
    expect(failureRule('timeout', true).outcome).toBe('neutral');
    expect(failureRule('timeout', false).outcome).toBe('fault');
  });
});

describe('what the chain does after a failure', () => {
  it('retries a 5xx on the same deployment after a jittered back-off, up to MAX_RETRIES', () => {
    expect(decideAfterFailure(error('overloaded'), ctx()).next).toEqual({ kind: 'retry', delayMs: 50 });
    expect(decideAfterFailure(error('overloaded'), ctx({ retry: 2 })).next).toEqual({ kind: 'next', preferSameModel: false });
  });

  it('never resends a timeout, a request-scoped error or a revoked key to the same deployment', () => {
    for (const kind of ['timeout', 'context_length', 'bad_request', 'auth', 'model_not_found', 'connection'] as const) {
      expect(decideAfterFailure(error(kind), ctx()).next.kind).toBe('next');
    }
  });

  it('a request-scoped error skips the other keys of the same model: they would fail the same way', () => {
    expect(decideAfterFailure(error('context_length'), ctx({ sameModelAlternative: true })).next).toEqual({ kind: 'next', preferSameModel: false, skipSameModel: true });
  });

  it('a content-filter refusal ends the chain: another model would be asked what was refused', () => {
    expect(decideAfterFailure(error('content_filter'), ctx()).next).toEqual({ kind: 'end', code: 'content_filtered' });
  });

  it('a 429 moves to the next key of the same model at once when there is one, else waits out a short Retry-After', () => {
    expect(decideAfterFailure(error('rate_limited', 1_000), ctx({ sameModelAlternative: true })).next).toEqual({ kind: 'next', preferSameModel: true });
    expect(decideAfterFailure(error('rate_limited', 1_000), ctx()).next).toEqual({ kind: 'retry', delayMs: 1_000 });
  });

  it('a 429 without Retry-After moves on: the deployment cools down for RATE_LIMIT_COOLDOWN_MS', () => {
    expect(decideAfterFailure(error('rate_limited'), ctx()).next.kind).toBe('next');
  });

  it('a Retry-After past RETRY_AFTER_MAX_MS, or past the time the task has left, fails over instead of waiting', () => {
    expect(decideAfterFailure(error('rate_limited', 6_000), ctx()).next.kind).toBe('next');
    expect(decideAfterFailure(error('rate_limited', 1_000), ctx({ remainingMs: 900 })).next.kind).toBe('next');
  });

  it('a revoked key prefers the next key of the same model', () => {
    expect(decideAfterFailure(error('auth'), ctx({ sameModelAlternative: true })).next).toEqual({ kind: 'next', preferSameModel: true });
  });

  it('does not retry once part of the answer reached the client, nor after a failed half-open probe', () => {
    expect(decideAfterFailure(error('network'), ctx({ delivered: true })).next.kind).toBe('next');
    expect(decideAfterFailure(error('overloaded'), ctx({ probe: true })).next.kind).toBe('next');
  });
});

describe('what the caller reads', () => {
  it('names the scope and the wait of a skipped deployment', () => {
    expect(skippedAttempt('openai', 'gpt-4o', { scope: 'deployment', reason: 'cooldown', retryInMs: 2_500 })).toMatchObject({
      outcome: 'skipped',
      error_kind: 'rate_limited',
      message: 'cooling down after a 429 for another 2.5 s',
    });
    expect(skippedAttempt('openai', 'gpt-4o', { scope: 'credential', reason: 'misconfigured', retryInMs: 1, misconfigured: 'HTTP 401' }).message).toBe('misconfigured (its key): HTTP 401');
    expect(skippedAttempt('openai', 'gpt-4o', { scope: 'base_url', reason: 'circuit_open', retryInMs: 30_000 }).message).toBe('circuit open (its base URL); next probe in 30.0 s');
  });

  it('says which limit ended the task, and lists what was tried', () => {
    const attempts = [{ provider: 'a', outcome: 'error' as const, error_kind: 'timeout' as const, latency_ms: 1 }];
    expect(chainFailure({ attempts, deadlinePassed: true, deliveredChars: 0, deadlineName: 'TASK_DEADLINE_SECONDS' })).toEqual({
      code: 'task_deadline_exceeded',
      message: 'the task ran out of time (TASK_DEADLINE_SECONDS) after: a: timeout',
    });
    expect(chainFailure({ attempts: [], deadlinePassed: false, deliveredChars: 0, deadlineName: 'x' }).code).toBe('no_provider_available');
    expect(chainFailure({ attempts, deadlinePassed: false, deliveredChars: 12, deadlineName: 'x' }).code).toBe('stream_interrupted');
  });
});
