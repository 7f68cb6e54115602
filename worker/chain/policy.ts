/**
 * The chain policy: every decision the fallback chain makes, as pure functions, the same for a
 * streamed and a non-streamed answer. What a failure is charged to comes from the failure-scope
 * table; this file decides what happens next (retry the same deployment after a pause, move to
 * the next key of the same model, move on, or end the chain), how a skipped deployment reads in
 * the attempts, and what the caller is told when nothing answered. No I/O, no clock of its own.
 */
import type { ErrorCode } from '../../shared/errors/catalog';
import type { Refusal } from '../../shared/health/types';
import type { ProviderError } from '../../shared/provider-error';
import type { Attempt } from '../../shared/task-schemas';
import { fullJitterDelay } from '../backoff';
import { failureRule, type FailureRule } from './failure-scope';

export interface RetrySettings {
  maxRetries: number;
  baseMs: number;
  capMs: number;
  /** Longest Retry-After the gateway waits for before failing over instead. */
  maxRetryAfterMs: number;
}

export interface FailureContext {
  /** Retries of this deployment already made for this task. */
  retry: number;
  /** Part of this call's answer already reached the client: it cannot be sent again unseen. */
  delivered: boolean;
  /** Until the task's deadline. */
  remainingMs: number;
  /** The call was this deployment's half-open probe: a failed probe has just re-opened it. */
  probe: boolean;
  /** Another deployment of the same provider and model (another key) is still untried in this tier. */
  sameModelAlternative: boolean;
  /** The task's deadline (not the provider) ended the call. */
  cutByOurDeadline: boolean;
  settings: RetrySettings;
  random?: () => number;
}

export type NextStep =
  /** Ask the same deployment again after `delayMs`. */
  | { kind: 'retry'; delayMs: number }
  /** Move on; `preferSameModel`: the next key of this model before any other model; `skipSameModel`: no other key of this model. */
  | { kind: 'next'; preferSameModel: boolean; skipSameModel?: boolean }
  /** Stop the chain with this code (another model would be asked what was refused). */
  | { kind: 'end'; code: Extract<ErrorCode, 'content_filtered'> };

export interface FailureDecision {
  rule: FailureRule;
  next: NextStep;
}

/** The pause before asking the same deployment again, or undefined when the chain should move on. */
export function retryDelay(error: ProviderError, ctx: FailureContext): number | undefined {
  if (ctx.retry >= ctx.settings.maxRetries) return undefined;
  if (error.retryAfterMs !== undefined && error.retryAfterMs > ctx.settings.maxRetryAfterMs) return undefined;
  const wait = error.retryAfterMs ?? fullJitterDelay(ctx.retry, ctx.settings.baseMs, ctx.settings.capMs, ctx.random);
  // Waiting out a Retry-After longer than the task has left would only end in a deadline error.
  return wait >= ctx.remainingMs ? undefined : wait;
}

export function decideAfterFailure(error: ProviderError, ctx: FailureContext): FailureDecision {
  const rule = failureRule(error.kind, ctx.cutByOurDeadline);
  if (rule.endsChain) return { rule, next: { kind: 'end', code: 'content_filtered' } };
  const moveOn: NextStep = rule.skipSameModel ? { kind: 'next', preferSameModel: false, skipSameModel: true } : { kind: 'next', preferSameModel: rule.preferSameModel };
  // A key-scoped failure with another key at hand: that key now, rather than waiting on this one.
  if (rule.preferSameModel && ctx.sameModelAlternative) return { rule, next: moveOn };
  if (!rule.retrySame || ctx.delivered || ctx.cutByOurDeadline) return { rule, next: moveOn };
  // A 429 that names no Retry-After cools the deployment down for RATE_LIMIT_COOLDOWN_MS: asking it again sooner would only be refused.
  if (error.kind === 'rate_limited' && error.retryAfterMs === undefined) return { rule, next: moveOn };
  if (ctx.probe && rule.outcome === 'fault') return { rule, next: moveOn };
  const delayMs = retryDelay(error, ctx);
  return { rule, next: delayMs === undefined ? moveOn : { kind: 'retry', delayMs } };
}

/** How a deployment that health refused reads in the attempts. */
export function skippedAttempt(provider: string, model: string, refusal: Refusal): Attempt {
  const seconds = (refusal.retryInMs / 1000).toFixed(1);
  const where = refusal.scope === 'deployment' ? '' : ` (${refusal.scope === 'credential' ? 'its key' : 'its base URL'})`;
  switch (refusal.reason) {
    case 'cooldown':
      return { provider, model, outcome: 'skipped', error_kind: 'rate_limited', message: `cooling down after a 429${where} for another ${seconds} s`, latency_ms: 0 };
    case 'misconfigured':
      return { provider, model, outcome: 'skipped', error_kind: 'circuit_open', message: `misconfigured${where}: ${refusal.misconfigured ?? 'see /provider/status'}`, latency_ms: 0 };
    case 'circuit_open':
      return { provider, model, outcome: 'skipped', error_kind: 'circuit_open', message: `circuit open${where}; next probe in ${seconds} s`, latency_ms: 0 };
  }
}

/** "openai: timeout, claude: overloaded": what a caller reads first when the whole chain failed. */
export function summary(attempts: readonly Attempt[]): string {
  return attempts.map((a) => `${a.provider}: ${a.error_kind ?? a.outcome}`).join(', ');
}

export type ChainFailureCode = Extract<
  ErrorCode,
  'all_providers_failed' | 'no_provider_available' | 'content_filtered' | 'task_deadline_exceeded' | 'stream_interrupted' | 'cancelled'
>;

export interface ChainEnd {
  attempts: readonly Attempt[];
  lastError?: ProviderError;
  deadlinePassed: boolean;
  /** Characters of the answer the client already has. */
  deliveredChars: number;
  /** Which limit the deadline is, as the caller knows it (TASK_DEADLINE_SECONDS, V1_REQUEST_TIMEOUT_SECONDS). */
  deadlineName: string;
}

/** What the caller is told when no deployment answered. */
export function chainFailure(end: ChainEnd): { code: ChainFailureCode; message: string } {
  const { attempts, lastError } = end;
  const last = lastError ? `; the last error was: ${lastError.message}` : '';
  // A broken stream ends with an error event the client's SDK shows as is: the gateway's own account
  // (provider, error kind, status), never a library's text; the provider's words stay in the attempts.
  const lastFailure = lastError ? `; the last failure was ${lastError.provider}: ${lastError.kind}${lastError.status === undefined ? '' : ` (HTTP ${lastError.status})`}` : '';
  if (end.deadlinePassed) {
    return {
      code: 'task_deadline_exceeded',
      message: `the task ran out of time (${end.deadlineName}) ${attempts.length > 0 ? `after: ${summary(attempts)}` : 'before any provider answered'}`,
    };
  }
  if (end.deliveredChars > 0) {
    return { code: 'stream_interrupted', message: `the answer broke off after ${end.deliveredChars} characters and no route could resume it${lastFailure}` };
  }
  if (attempts.length === 0) return { code: 'no_provider_available', message: 'no provider is configured for this request' };
  if (!lastError) {
    return { code: 'all_providers_failed', message: `no provider could be tried: ${attempts.map((a) => `${a.provider} (${a.message ?? a.error_kind ?? ''})`).join(', ')}` };
  }
  return { code: 'all_providers_failed', message: `every provider failed (${summary(attempts)})${last}` };
}
