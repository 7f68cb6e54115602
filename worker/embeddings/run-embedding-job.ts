/**
 * Runs an embeddings job through the ordinary fallback chain (breakers, retries, deadline,
 * failover, attempts), each target wrapped as an adapter whose call embeds: the chain sees one more
 * kind of provider call and nothing else changes. The outcome records counts and tokens; the
 * vectors ride on it to the waiting API only (the history store has no column for them).
 */
import type { EmbeddingJob } from '../../shared/embedding-job';
import type { Attempt, JobData, TaskOutcome } from '../../shared/task-schemas';
import { runChain } from '../chain/run-chain';
import { outcomeBase } from '../outcome-base';
import type { CompletionRequest, ProviderAdapter } from '../providers/types';
import type { TaskRunnerDeps } from '../run-task';
import { embeddingsTask } from './embedding-task';
import type { EmbeddingProvider } from './providers';

export interface EmbeddingJobDeps extends TaskRunnerDeps {
  embeddingProviders?: ReadonlyMap<string, EmbeddingProvider>;
}

interface Captured {
  vectors?: number[][];
}

function embeddingAdapter(provider: EmbeddingProvider, model: string, job: EmbeddingJob, captured: Captured): ProviderAdapter {
  return {
    name: provider.name,
    model,
    async complete(_request, signal) {
      const started = performance.now();
      const answer = await provider.embed({ model, values: job.input, dimensions: job.dimensions }, signal);
      captured.vectors = answer.vectors;
      const size = answer.vectors[0]?.length ?? 0;
      return {
        text: `${answer.vectors.length} embeddings of ${size} dimensions`,
        model,
        finishReason: 'stop',
        usage: { inputTokens: answer.tokens, outputTokens: 0 },
        latencyMs: Math.round(performance.now() - started),
      };
    },
  };
}

export async function runEmbeddingJob(data: JobData, job: EmbeddingJob, startedAt: Date, deps: EmbeddingJobDeps): Promise<TaskOutcome> {
  const started = performance.now();
  const base = { ...outcomeBase(data, startedAt), confidence: null, decision: null, notes: [] };
  const finished = () => ({ latency_ms: Math.round(performance.now() - started), finished_at: new Date().toISOString() });
  const captured: Captured = {};
  const adapters: ProviderAdapter[] = [];
  const missing: Attempt[] = [];
  for (const target of job.targets) {
    const provider = deps.embeddingProviders?.get(target.provider);
    if (provider) adapters.push(embeddingAdapter(provider, target.model, job, captured));
    else missing.push({ provider: target.provider, model: target.model, outcome: 'skipped', error_kind: 'unsupported', message: 'cannot embed on this worker', latency_ms: 0 });
  }
  const request: CompletionRequest = { task: data.task, text: data.text, options: {}, system: '', prompt: '', responseFormat: 'text' };
  const result = await runChain({
    chain: adapters,
    task: embeddingsTask,
    request,
    breaker: deps.breaker,
    retry: deps.retry,
    deadline: Date.now() + deps.taskDeadlineMs,
    onFailover: deps.onFailover,
  });
  const attempts = [...missing, ...result.attempts];
  if (!result.ok || captured.vectors === undefined) {
    const error = result.ok ? { code: 'task_failed', message: 'the provider answered without vectors' } : { code: result.code, message: result.message };
    return { ...base, status: 'error', provider_used: null, model: null, result: null, usage: null, attempts, error, ...finished() };
  }
  const { adapter, completion } = result.success;
  return {
    ...base,
    status: 'success',
    provider_used: adapter.name,
    model: completion.model,
    result: completion.text,
    usage: { input_tokens: completion.usage.inputTokens, output_tokens: 0 },
    embeddings: captured.vectors,
    attempts,
    error: null,
    ...finished(),
  };
}
