/**
 * One provider, with retries: a retryable error is sent again after a full-jitter backoff (or the
 * provider's Retry-After, when that is within the cap and the task's budget); anything else
 * returns at once. Every attempt is reported to the circuit breaker.
 */
import { ProviderError } from '../../shared/provider-error';
import type { Attempt } from '../../shared/task-schemas';
import type { CallOutcome, CircuitBreaker } from '../../shared/breaker/types';
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

/**
 * How the breaker counts an error. Only provider faults count; a timeout that the task's own
 * budget cut shorter than TIMEOUT_SECONDS says nothing about the provider.
 */
export function breakerOutcome(error: ProviderError, cutShort: boolean): CallOutcome {
  if (error.kind === 'rate_limited') return 'rate_limited';
  if (error.kind === 'auth') return 'misconfigured';
  if (!error.countsAsProviderFault) return 'neutral';
  return error.kind === 'timeout' && cutShort ? 'neutral' : 'fault';
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
  /** The probe lease the breaker handed out when it admitted this provider half-open. */
  lease?: string;
}

async function attemptOnce(adapter: ProviderAdapter, ctx: CallContext, budgetMs: number): Promise<ProviderSuccess> {
  const signal = AbortSignal.timeout(budgetMs);
  let completion: CompletionResult;
  try {
    completion = await adapter.complete(ctx.request, signal);
  } catch (err) {
    if (signal.aborted && !(err instanceof ProviderError)) {
      throw new ProviderError({ provider: adapter.name, kind: 'timeout', message: `no answer within ${budgetMs} ms` });
    }
    throw err;
  }
  const repair = async (instruction: string): Promise<string> => {
    const again = await adapter.complete(
      { ...ctx.request, prompt: `${ctx.request.prompt}\n\n${instruction}` },
      AbortSignal.timeout(Math.max(1, Math.min(ctx.retry.timeoutMs, ctx.deadline - Date.now()))),
    );
    // The answer the caller gets is the repaired one, so its cost is part of the successful call.
    completion = { ...again, usage: sumUsage(completion.usage, again.usage) };
    return again.text;
  };
  const output = await ctx.task.parse(completion.text, { text: ctx.request.text, options: ctx.request.options, provider: adapter.name, repair });
  return { adapter, completion, output };
}

/** Pause before the next try, or undefined to fail over now. */
function retryDelay(error: ProviderError, retry: number, ctx: CallContext): number | undefined {
  // A timed-out provider is not asked again on this task: it would most likely time out again.
  if (!error.retryable || error.kind === 'timeout' || retry >= ctx.retry.maxRetries) return undefined;
  if (error.retryAfterMs !== undefined && error.retryAfterMs > ctx.retry.maxRetryAfterMs) return undefined;
  const wait = error.retryAfterMs ?? fullJitterDelay(retry, ctx.retry.baseMs, ctx.retry.capMs);
  // Waiting out a Retry-After longer than the task has left would only end in a deadline error.
  return wait >= ctx.deadline - Date.now() ? undefined : wait;
}

export async function callWithRetries(adapter: ProviderAdapter, ctx: CallContext): Promise<ProviderCallResult> {
  let lease = ctx.lease;
  for (let retry = 0; ; retry += 1) {
    const started = performance.now();
    const budget = Math.max(1, Math.min(ctx.retry.timeoutMs, ctx.deadline - Date.now()));
    try {
      const value = await attemptOnce(adapter, ctx, budget);
      await ctx.breaker.record(adapter.name, 'success', { lease });
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
      const outcome = breakerOutcome(error, budget < ctx.retry.timeoutMs);
      await ctx.breaker.record(adapter.name, outcome, {
        lease,
        retryAfterMs: error.retryAfterMs,
        reason: outcome === 'misconfigured' ? error.message : undefined,
      });
      // A failed probe has just re-opened the circuit.
      if (lease !== undefined && outcome === 'fault') return { ok: false, error };
      lease = undefined;
      const wait = retryDelay(error, retry, ctx);
      if (wait === undefined) return { ok: false, error };
      await sleep(wait);
      // The provider said when to come back, so its own cooldown does not stop this retry; after
      // any other fault, failures seen meanwhile (here or by other workers) may have opened the circuit.
      if (error.kind !== 'rate_limited') {
        const again = await ctx.breaker.allow(adapter.name);
        if (!again.allowed) return { ok: false, error };
        lease = again.lease;
      }
    }
  }
}
