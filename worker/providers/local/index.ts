/**
 * The built-in offline provider: no key, no network. It runs a task's own offline implementation
 * (extractive summary, rule-based decisions) so a fresh install answers tasks.
 */
import { ProviderError } from '../../../shared/provider-error';
import type { CompletionRequest, CompletionResult, ProviderAdapter } from '../types';

export const LOCAL_PROVIDER = 'local';
export const LOCAL_MODEL = 'local-extractive-v1';

/** Runs a task's offline form; `signal` stops it (the call's deadline). */
export type OfflineRunner = (task: string, text: string, options: Record<string, unknown>, signal: AbortSignal) => Promise<string | undefined> | string | undefined;

function isAbort(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError';
}

export function createLocalProvider(runOffline: OfflineRunner): ProviderAdapter {
  return {
    name: LOCAL_PROVIDER,
    model: LOCAL_MODEL,
    async complete(request: CompletionRequest, signal: AbortSignal): Promise<CompletionResult> {
      if (signal.aborted) throw new ProviderError({ provider: LOCAL_PROVIDER, kind: 'timeout', message: 'aborted before start' });
      const started = performance.now();
      let text: string | undefined;
      try {
        text = await runOffline(request.task, request.text, request.options, signal);
      } catch (err) {
        if (signal.aborted || isAbort(err)) {
          throw new ProviderError({ provider: LOCAL_PROVIDER, kind: 'timeout', message: 'the offline task ran past its time limit and was stopped' });
        }
        // A thread that died (out of memory, a bug in a rule) is the provider failing, not the job.
        throw new ProviderError({ provider: LOCAL_PROVIDER, kind: 'server_error', message: `the offline task failed: ${err instanceof Error ? err.message : String(err)}`, cause: err });
      }
      if (text === undefined) {
        throw new ProviderError({
          provider: LOCAL_PROVIDER,
          kind: 'unsupported',
          // Some tasks have no offline form at all (translate, chat); others decline inputs their heuristics cannot handle.
          message: `the local provider cannot do the task "${request.task}" offline (not at all, or not for this input); it needs a model provider`,
        });
      }
      return {
        text,
        model: LOCAL_MODEL,
        finishReason: 'stop',
        usage: { inputTokens: 0, outputTokens: 0 },
        latencyMs: performance.now() - started,
      };
    },
  };
}
