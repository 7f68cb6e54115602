/**
 * In-test fake providers for chain tests: each answers from a script (succeed, fail with a given
 * ProviderError kind, or hang until aborted) and records every call it received.
 */
import { ProviderError } from '../../shared/provider-error';
import type { ErrorKind } from '../../shared/task-schemas';
import type { CompletionRequest, CompletionResult, ProviderAdapter } from '../../worker/providers/types';

export type Step = { ok: string } | { fail: ErrorKind; status?: number; retryAfterMs?: number } | { hang: true } | { delayMs: number; ok: string };

export interface ScriptedProvider extends ProviderAdapter {
  calls: CompletionRequest[];
}

/** Plays `steps` in order; the last step repeats forever. */
export function scriptedProvider(name: string, steps: Step[], model = `${name}-model`): ScriptedProvider {
  const calls: CompletionRequest[] = [];
  return {
    name,
    model,
    calls,
    async complete(request: CompletionRequest, signal: AbortSignal): Promise<CompletionResult> {
      const step = steps[Math.min(calls.length, steps.length - 1)];
      calls.push(request);
      if (!step) throw new Error('scripted provider has no steps');
      if ('hang' in step) {
        return new Promise<never>((_, reject) =>
          signal.addEventListener('abort', () => reject(new ProviderError({ provider: name, kind: 'timeout', message: 'aborted' })), { once: true }),
        );
      }
      if ('delayMs' in step) await new Promise((r) => setTimeout(r, step.delayMs));
      if ('fail' in step) {
        throw new ProviderError({ provider: name, kind: step.fail, status: step.status, message: `${name} says ${step.fail}`, retryAfterMs: step.retryAfterMs });
      }
      return { text: step.ok, model, finishReason: 'stop', usage: { inputTokens: 11, outputTokens: 7 }, latencyMs: 1 };
    },
  };
}
