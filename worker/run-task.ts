/** Runs one task through its provider chain and shapes the outcome that is persisted and returned. */
import type { JobData, TaskOutcome } from '../shared/task-schemas';
import type { CircuitBreaker } from '../shared/breaker/types';
import type { ErrorCode } from '../shared/errors/catalog';
import type { ProviderDescriptor } from '../shared/providers/descriptor';
import type { ProviderEntry } from './providers/types';
import { getTask } from './tasks/registry';
import { resolveChain, type ChainSettings } from './chain/resolve-chain';
import { runChain } from './chain/run-chain';
import type { RetrySettings } from './chain/call-provider';
import { outcomeBase } from './outcome-base';
import { confidenceFor, type ConfidenceOverrides } from './confidence';

export interface TaskRunnerDeps {
  registry: ReadonlyMap<string, ProviderEntry>;
  breaker: CircuitBreaker;
  chain: ChainSettings;
  retry: RetrySettings;
  taskDeadlineMs: number;
  /** Per-provider base confidence from CONFIDENCE_OVERRIDES. */
  confidenceOverrides?: ConfidenceOverrides;
  /** The provider rows the config was parsed with (their base confidence); the built-in table when absent. */
  providerRows?: readonly ProviderDescriptor[];
  onFailover?: (from: string, to: string, reason: string) => void;
}

/**
 * The chain stops a moment before TASK_DEADLINE_SECONDS (a tenth of it, at most a second) so that
 * the outcome, a task_deadline_exceeded included, is written and reaches a caller waiting in sync
 * mode before that caller's wait, which is capped at the same deadline, runs out.
 */
export function chainBudgetMs(taskDeadlineMs: number): number {
  return taskDeadlineMs - Math.min(1_000, taskDeadlineMs / 10);
}

export async function runTask(data: JobData, startedAt: Date, deps: TaskRunnerDeps): Promise<TaskOutcome> {
  const started = performance.now();
  const base = outcomeBase(data, startedAt);
  const failure = (code: ErrorCode, message: string, attempts: TaskOutcome['attempts']): TaskOutcome => ({
    ...base,
    status: 'error',
    provider_used: null,
    model: null,
    result: null,
    confidence: null,
    decision: null,
    usage: null,
    attempts,
    error: { code, message },
    latency_ms: Math.round(performance.now() - started),
    finished_at: new Date().toISOString(),
  });

  const task = getTask(data.task);
  if (!task) return failure('unknown_task', `unknown task "${data.task}"`, []);
  const options = task.options.safeParse(data.options);
  if (!options.success) return failure('invalid_options', options.error.message, []);

  const rendered = task.render(data.text, options.data);
  const result = await runChain({
    chain: resolveChain(data.provider, deps.registry, deps.chain),
    task,
    request: { ...rendered, task: data.task, text: data.text, options: options.data as Record<string, unknown> },
    breaker: deps.breaker,
    retry: deps.retry,
    deadline: Date.now() + chainBudgetMs(deps.taskDeadlineMs),
    onFailover: deps.onFailover,
  });
  if (!result.ok) return failure(result.code, result.message, result.attempts);

  const { adapter, completion, output } = result.success;
  return {
    ...base,
    status: 'success',
    provider_used: adapter.name,
    model: completion.model,
    result: output.result,
    confidence: confidenceFor(adapter.name, output, deps.confidenceOverrides, deps.providerRows),
    notes: output.notes,
    decision: output.decision,
    usage: { input_tokens: completion.usage.inputTokens, output_tokens: completion.usage.outputTokens },
    attempts: result.attempts,
    error: null,
    latency_ms: Math.round(performance.now() - started),
    finished_at: new Date().toISOString(),
  };
}
