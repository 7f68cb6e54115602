/**
 * The built-in offline provider: no key, no network. It runs a task's own offline implementation
 * (extractive summary, rule-based decisions) so a fresh install answers tasks.
 */
import { ProviderError } from '../../../shared/provider-error';
import type { CompletionRequest, CompletionResult, ProviderAdapter } from '../types';

export const LOCAL_PROVIDER = 'local';
export const LOCAL_MODEL = 'local-extractive-v1';

export type OfflineRunner = (task: string, text: string, options: Record<string, unknown>) => string | undefined;

export function createLocalProvider(runOffline: OfflineRunner): ProviderAdapter {
  return {
    name: LOCAL_PROVIDER,
    model: LOCAL_MODEL,
    async complete(request: CompletionRequest, signal: AbortSignal): Promise<CompletionResult> {
      if (signal.aborted) throw new ProviderError({ provider: LOCAL_PROVIDER, kind: 'timeout', message: 'aborted before start' });
      const started = performance.now();
      const text = runOffline(request.task, request.text, request.options);
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
