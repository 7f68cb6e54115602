/** Scripted deployments and an in-memory health store for the chain's millisecond tests. */
import { MemoryHealthStore } from '../../../shared/health/memory-store';
import type { HealthSettings } from '../../../shared/health/types';
import { ProviderError } from '../../../shared/provider-error';
import { deploymentRef } from '../../../shared/providers/deployments';
import type { ErrorKind } from '../../../shared/task-schemas';
import type { Deployment } from '../../../worker/chain/deployments';
import type { ExecutorInput } from '../../../worker/chain/executor';
import type { StreamPart } from '../../../worker/providers/stream-types';
import type { CompletionRequest } from '../../../worker/providers/types';

export const SETTINGS: HealthSettings = {
  threshold: 3,
  failureRate: 0.5,
  minCalls: 100,
  windowMs: 600_000,
  resetTimeoutMs: 60_000,
  maxResetTimeoutMs: 600_000,
  halfOpenProbes: 1,
  probeLeaseMs: 120_000,
  defaultCooldownMs: 30_000,
  latencySamples: 5,
};

/** One scripted call: parts to yield (with optional pauses), or an error to throw. */
export type Step = { parts: (StreamPart | { type: 'pause'; ms: number })[] } | { fail: ErrorKind; status?: number; retryAfterMs?: number; afterText?: string } | { hang: true };

export const answer = (text: string, model = 'm'): Step => ({
  parts: [
    { type: 'text', text },
    { type: 'finish', finishReason: 'stop', usage: { inputTokens: 3, outputTokens: 2 }, model },
  ],
});

export interface Scripted {
  deployment: Deployment;
  calls: CompletionRequest[];
}

/** A deployment whose calls follow `steps` in turn (the last one repeats). */
export function scripted(provider: string, model: string, key: string, steps: Step[], baseUrl = `https://${provider}.example/v1`): Scripted {
  const calls: CompletionRequest[] = [];
  const ref = deploymentRef(provider, model, { label: key, value: `secret-${provider}-${key}` }, baseUrl);
  async function* stream(request: CompletionRequest, signal: AbortSignal): AsyncGenerator<StreamPart> {
    calls.push(request);
    const step = steps[Math.min(calls.length - 1, steps.length - 1)] as Step;
    if ('hang' in step) {
      await new Promise((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }));
      return;
    }
    if ('fail' in step) {
      if (step.afterText) yield { type: 'text', text: step.afterText };
      throw new ProviderError({ provider, kind: step.fail, status: step.status, retryAfterMs: step.retryAfterMs, message: `${provider}: ${step.fail}` });
    }
    for (const part of step.parts) {
      if (part.type === 'pause') {
        await new Promise((resolve) => setTimeout(resolve, part.ms));
        continue;
      }
      yield part;
    }
  }
  return {
    calls,
    deployment: {
      ref,
      adapter: { name: provider, model, stream, complete: () => Promise.reject(new Error('the chain must stream')) },
    },
  };
}

export function memoryHealth(now?: () => number): MemoryHealthStore {
  return new MemoryHealthStore({ settings: SETTINGS, now });
}

export function chainInput(tiers: Deployment[][], overrides: Partial<ExecutorInput<string>> = {}): ExecutorInput<string> {
  return {
    tiers,
    request: { task: 'chat_completion', text: 'hi', options: {}, system: '', prompt: '', responseFormat: 'text', messages: [{ role: 'user', content: 'hi' }] },
    health: memoryHealth(),
    retry: { maxRetries: 1, baseMs: 1, capMs: 2, maxRetryAfterMs: 50 },
    limits: { firstTokenMs: 200, idleMs: 200, finishGraceMs: 50 },
    totalTimeoutMs: 200,
    deadline: Date.now() + 5_000,
    deadlineName: 'TASK_DEADLINE_SECONDS',
    accept: async (completion) => completion.text,
    ...overrides,
  };
}

/** Attempts as "provider/model#key:outcome[:kind]". */
export function trail(attempts: { provider: string; model?: string; outcome: string; error_kind?: string }[]): string[] {
  return attempts.map((a) => [`${a.provider}/${a.model ?? '?'}`, a.outcome, a.error_kind].filter(Boolean).join(':'));
}
