/** Runs one task through its provider chain and shapes the outcome that is persisted and returned. */
import type { Context } from '@opentelemetry/api';
import type { JobData, TaskOutcome } from '../shared/task-schemas';
import type { HealthStore } from '../shared/health/types';
import type { ErrorCode } from '../shared/errors/catalog';
import type { ProviderDescriptor } from '../shared/providers/descriptor';
import type { ProviderEntry } from './providers/types';
import { getTask } from './tasks/registry';
import { resolveChain, type ChainSettings } from './chain/resolve-chain';
import { runChain, type ExecutorInput } from './chain/executor';
import { resolveTiers } from './chain/deployments';
import type { RetrySettings } from './chain/policy';
import type { StreamLimits } from './stream/timed-stream';
import { outcomeBase } from './outcome-base';
import { confidenceFor, type ConfidenceOverrides } from './confidence';

export interface TaskRunnerDeps {
  registry: ReadonlyMap<string, ProviderEntry>;
  health: HealthStore;
  chain: ChainSettings;
  retry: RetrySettings;
  /** First-token and idle limits of every provider call (all calls stream). */
  limits: StreamLimits;
  /** The whole answer's limit for a provider that cannot stream (TIMEOUT_SECONDS). */
  totalTimeoutMs: number;
  taskDeadlineMs: number;
  /** Per-provider base confidence from CONFIDENCE_OVERRIDES. */
  confidenceOverrides?: ConfidenceOverrides;
  /** The provider rows the config was parsed with (their base confidence); the built-in table when absent. */
  providerRows?: readonly ProviderDescriptor[];
  onFailover?: (from: string, to: string, reason: string) => void;
  /** The job's trace context (the processor reads it where BullMQ starts the job). */
  traceParent?: Context;
}

/**
 * The chain stops a moment before TASK_DEADLINE_SECONDS (a tenth of it, at most a second) so that
 * the outcome, a task_deadline_exceeded included, is written and reaches a caller waiting in sync
 * mode before that caller's wait, which is capped at the same deadline, runs out.
 */
export function chainBudgetMs(taskDeadlineMs: number): number {
  return taskDeadlineMs - Math.min(1_000, taskDeadlineMs / 10);
}

type ChainSettingsPart = 'health' | 'retry' | 'limits' | 'totalTimeoutMs' | 'deadline' | 'deadlineName' | 'onFailover' | 'traceParent';

/** The chain input a task or embedding job takes from the worker's settings, the deadline starting now. */
export function taskChainSettings(deps: TaskRunnerDeps): Pick<ExecutorInput<unknown>, ChainSettingsPart> {
  return {
    health: deps.health,
    retry: deps.retry,
    limits: deps.limits,
    totalTimeoutMs: deps.totalTimeoutMs,
    deadline: Date.now() + chainBudgetMs(deps.taskDeadlineMs),
    deadlineName: 'TASK_DEADLINE_SECONDS',
    onFailover: deps.onFailover,
    traceParent: deps.traceParent,
  };
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
  const request = { ...rendered, task: data.task, text: data.text, options: options.data as Record<string, unknown> };
  const { tiers } = resolveTiers(resolveChain(data.provider, deps.registry, deps.chain), deps.registry);
  const result = await runChain({
    tiers,
    request,
    ...taskChainSettings(deps),
    accept: async (completion, deployment, ask) =>
      task.parse(completion.text, {
        text: data.text,
        options: options.data,
        provider: deployment.ref.provider,
        repair: async (instruction) => (await ask({ ...request, prompt: `${request.prompt}\n\n${instruction}` })).text,
      }),
  });
  if (!result.ok) return failure(result.code, result.message, result.attempts);

  const { deployment, completion, output } = result;
  const provider = deployment.ref.provider;
  return {
    ...base,
    status: 'success',
    provider_used: provider,
    model: completion.model,
    result: output.result,
    confidence: confidenceFor(provider, output, deps.confidenceOverrides, deps.providerRows),
    notes: output.notes,
    decision: output.decision,
    usage: { input_tokens: completion.usage.inputTokens, output_tokens: completion.usage.outputTokens },
    // A task cut at the output limit (`length`) may have been parsed from half an answer: the history says so.
    finish_reason: completion.finishReason,
    attempts: result.attempts,
    error: null,
    latency_ms: Math.round(performance.now() - started),
    finished_at: new Date().toISOString(),
  };
}
