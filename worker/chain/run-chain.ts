/**
 * The fallback chain: each provider in turn until one answers. An open circuit (or a provider
 * cooling down after a 429) is skipped at once; a content-filter refusal ends the task (another
 * provider would only be asked to do what was refused). Every move from one provider to the next
 * is recorded on the attempt that ended it (`failover_to`) and told to `onFailover`.
 */
import type { ErrorCode } from '../../shared/errors/catalog';
import type { Attempt } from '../../shared/task-schemas';
import type { ProviderError } from '../../shared/provider-error';
import type { Admission, CircuitBreaker } from '../../shared/breaker/types';
import type { CompletionRequest, ProviderAdapter } from '../providers/types';
import type { TaskDefinition } from '../tasks/types';
import { callWithRetries, type ProviderSuccess, type RetrySettings } from './call-provider';

export interface ChainInput {
  chain: ProviderAdapter[];
  task: TaskDefinition;
  request: CompletionRequest;
  breaker: CircuitBreaker;
  retry: RetrySettings;
  deadline: number;
  /** Told of each move from one provider to the next (reason: the error kind, `circuit_open` or `rate_limited`). */
  onFailover?: (from: string, to: string, reason: string) => void;
}

/** Codes from the error catalogue, so the API can answer each with its status. */
export type ChainFailureCode = Extract<ErrorCode, 'all_providers_failed' | 'content_filtered' | 'task_deadline_exceeded' | 'no_provider_available'>;

export type ChainResult =
  | { ok: true; success: ProviderSuccess; attempts: Attempt[] }
  | { ok: false; code: ChainFailureCode; message: string; attempts: Attempt[] };

function skipped(provider: string, admission: Exclude<Admission, { allowed: true }>): Attempt {
  const seconds = (admission.retryInMs / 1000).toFixed(1);
  return admission.reason === 'cooldown'
    ? { provider, outcome: 'skipped', error_kind: 'rate_limited', message: `cooling down after a 429 for another ${seconds} s`, latency_ms: 0 }
    : { provider, outcome: 'skipped', error_kind: 'circuit_open', message: `circuit open; next probe in ${seconds} s`, latency_ms: 0 };
}

/** "openai: timeout, claude: overloaded": what a caller reads first when the whole chain failed. */
function summary(attempts: Attempt[]): string {
  return attempts.map((a) => `${a.provider}: ${a.error_kind ?? a.outcome}`).join(', ');
}

export async function runChain(input: ChainInput): Promise<ChainResult> {
  const attempts: Attempt[] = [];
  let lastError: ProviderError | undefined;
  let left: Attempt | undefined;

  const deadlineExceeded = (): ChainResult => ({
    ok: false,
    code: 'task_deadline_exceeded',
    message: `the task ran out of time (TASK_DEADLINE_SECONDS) ${attempts.length ? `after: ${summary(attempts)}` : 'before any provider answered'}`,
    attempts,
  });

  for (const adapter of input.chain) {
    if (Date.now() >= input.deadline) return deadlineExceeded();
    if (left) {
      left.failover_to = adapter.name;
      input.onFailover?.(left.provider, adapter.name, left.error_kind ?? 'unknown');
    }
    const admission = await input.breaker.allow(adapter.name);
    if (!admission.allowed) {
      left = skipped(adapter.name, admission);
      attempts.push(left);
      continue;
    }
    const result = await callWithRetries(adapter, { ...input, attempts, lease: admission.lease });
    if (result.ok) return { ok: true, success: result.value, attempts };
    lastError = result.error;
    if (result.error.kind === 'content_filter') {
      return { ok: false, code: 'content_filtered', message: `${adapter.name} refused the content: ${result.error.message}`, attempts };
    }
    left = attempts[attempts.length - 1];
  }

  if (attempts.length === 0) {
    return { ok: false, code: 'no_provider_available', message: 'no provider is configured for this request', attempts };
  }
  if (!lastError) {
    return { ok: false, code: 'all_providers_failed', message: `no provider could be tried: ${attempts.map((a) => `${a.provider} (${a.message})`).join(', ')}`, attempts };
  }
  if (Date.now() >= input.deadline) return deadlineExceeded();
  return { ok: false, code: 'all_providers_failed', message: `every provider failed (${summary(attempts)}); the last error was: ${lastError.message}`, attempts };
}
