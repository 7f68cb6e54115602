/**
 * The fallback chain: each provider in turn until one answers. An open circuit is skipped at once;
 * a content-filter refusal ends the task (another provider would only be asked to do what was refused).
 */
import type { Attempt } from '../../shared/task-schemas';
import type { ProviderError } from '../../shared/provider-error';
import type { CircuitBreaker } from '../../shared/breaker/types';
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
  /** Told of each move from one provider to the next, for logs and metrics. */
  onFailover?: (from: string, to: string, reason: string) => void;
}

export type ChainFailureCode = 'all_providers_failed' | 'content_filtered' | 'task_deadline_exceeded' | 'no_provider_available';

export type ChainResult =
  | { ok: true; success: ProviderSuccess; attempts: Attempt[] }
  | { ok: false; code: ChainFailureCode; message: string; attempts: Attempt[] };

export async function runChain(input: ChainInput): Promise<ChainResult> {
  const attempts: Attempt[] = [];
  let lastError: ProviderError | undefined;
  let previous: { name: string; reason: string } | undefined;

  for (const adapter of input.chain) {
    if (Date.now() >= input.deadline) {
      return { ok: false, code: 'task_deadline_exceeded', message: 'the task ran out of time before any provider answered', attempts };
    }
    if (!(await input.breaker.allow(adapter.name))) {
      attempts.push({ provider: adapter.name, outcome: 'skipped', error_kind: 'circuit_open', message: 'circuit open', latency_ms: 0 });
      continue;
    }
    if (previous) input.onFailover?.(previous.name, adapter.name, previous.reason);
    const result = await callWithRetries(adapter, { ...input, attempts });
    if (result.ok) return { ok: true, success: result.value, attempts };
    lastError = result.error;
    if (result.error.kind === 'content_filter') {
      return { ok: false, code: 'content_filtered', message: `${adapter.name} refused the content: ${result.error.message}`, attempts };
    }
    previous = { name: adapter.name, reason: result.error.kind };
  }

  if (attempts.length === 0) {
    return { ok: false, code: 'no_provider_available', message: 'no provider is configured for this request', attempts };
  }
  if (!lastError) {
    return { ok: false, code: 'all_providers_failed', message: 'every provider was skipped: all circuits are open', attempts };
  }
  const timedOut = Date.now() >= input.deadline;
  return {
    ok: false,
    code: timedOut ? 'task_deadline_exceeded' : 'all_providers_failed',
    message: timedOut ? 'the task ran out of time; see attempts' : `every provider failed; the last error was: ${lastError.message}`,
    attempts,
  };
}
