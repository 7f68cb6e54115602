/**
 * One provider, with retries: a retryable error is sent again after a full-jitter backoff (or the
 * provider's Retry-After, when that fits the task's budget); anything else returns at once.
 */
import { ProviderError } from '../../shared/provider-error';
import type { Attempt } from '../../shared/task-schemas';
import type { CircuitBreaker } from '../../shared/breaker/types';
import { fullJitterDelay, sleep } from '../backoff';
import type { CompletionRequest, CompletionResult, ProviderAdapter } from '../providers/types';
import { TaskOutputError, type TaskDefinition, type TaskOutput } from '../tasks/types';

export interface RetrySettings {
  maxRetries: number;
  baseMs: number;
  capMs: number;
  /** Longest Retry-After the gateway waits for before failing over instead. */
  maxRetryAfterMs: number;
  timeoutMs: number;
}

export interface ProviderSuccess {
  adapter: ProviderAdapter;
  completion: CompletionResult;
  output: TaskOutput;
}

export type ProviderCallResult = { ok: true; value: ProviderSuccess } | { ok: false; error: ProviderError };

export function asProviderError(provider: string, err: unknown): ProviderError {
  if (err instanceof ProviderError) return err;
  if (err instanceof TaskOutputError) return new ProviderError({ provider, kind: 'malformed_response', message: err.message });
  const message = err instanceof Error ? err.message : String(err);
  return new ProviderError({ provider, kind: 'server_error', message: `adapter failed: ${message}` });
}

function attemptFromError(error: ProviderError, latencyMs: number): Attempt {
  return {
    provider: error.provider,
    outcome: 'error',
    status_code: error.status,
    error_kind: error.kind,
    message: error.message.slice(0, 500),
    latency_ms: Math.round(latencyMs),
  };
}

function sumUsage(a: CompletionResult['usage'], b: CompletionResult['usage']): CompletionResult['usage'] {
  return { inputTokens: a.inputTokens + b.inputTokens, outputTokens: a.outputTokens + b.outputTokens };
}

export interface CallContext {
  task: TaskDefinition;
  request: CompletionRequest;
  breaker: CircuitBreaker;
  retry: RetrySettings;
  /** Epoch ms by which the whole task must be done. */
  deadline: number;
  attempts: Attempt[];
}

async function attemptOnce(adapter: ProviderAdapter, ctx: CallContext): Promise<ProviderSuccess> {
  const budget = Math.max(1, Math.min(ctx.retry.timeoutMs, ctx.deadline - Date.now()));
  const signal = AbortSignal.timeout(budget);
  let completion: CompletionResult;
  try {
    completion = await adapter.complete(ctx.request, signal);
  } catch (err) {
    if (signal.aborted && !(err instanceof ProviderError)) {
      throw new ProviderError({ provider: adapter.name, kind: 'timeout', message: `no answer within ${budget} ms` });
    }
    throw err;
  }
  const repair = async (instruction: string): Promise<string> => {
    const again = await adapter.complete(
      { ...ctx.request, prompt: `${ctx.request.prompt}\n\n${instruction}` },
      AbortSignal.timeout(Math.max(1, Math.min(ctx.retry.timeoutMs, ctx.deadline - Date.now()))),
    );
    completion = { ...again, usage: sumUsage(completion.usage, again.usage) };
    return again.text;
  };
  const output = await ctx.task.parse(completion.text, { text: ctx.request.text, options: ctx.request.options, provider: adapter.name, repair });
  return { adapter, completion, output };
}

export async function callWithRetries(adapter: ProviderAdapter, ctx: CallContext): Promise<ProviderCallResult> {
  for (let retry = 0; ; retry += 1) {
    const started = performance.now();
    try {
      const value = await attemptOnce(adapter, ctx);
      await ctx.breaker.record(adapter.name, 'success');
      ctx.attempts.push({
        provider: adapter.name,
        model: value.completion.model,
        outcome: 'success',
        latency_ms: Math.round(performance.now() - started),
      });
      return { ok: true, value };
    } catch (err) {
      const error = asProviderError(adapter.name, err);
      ctx.attempts.push(attemptFromError(error, performance.now() - started));
      await ctx.breaker.record(adapter.name, error.countsAsProviderFault ? 'fault' : 'neutral');
      // A timed-out provider is not asked again on this task: it would most likely time out again.
      if (!error.retryable || error.kind === 'timeout' || retry >= ctx.retry.maxRetries) return { ok: false, error };
      const remaining = ctx.deadline - Date.now();
      const wait =
        error.retryAfterMs !== undefined ? error.retryAfterMs : fullJitterDelay(retry, ctx.retry.baseMs, ctx.retry.capMs);
      if (wait > ctx.retry.maxRetryAfterMs || wait >= remaining) return { ok: false, error };
      await sleep(wait);
    }
  }
}
