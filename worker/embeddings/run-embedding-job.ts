/**
 * Runs an embeddings job through the ordinary fallback chain (deployment health, retries,
 * deadline, failover, attempts), each target wrapped as an adapter whose call embeds, one tier per
 * target (vectors of two models do not mix, so nothing is balanced): the chain sees one more kind
 * of provider call and nothing else changes. The outcome records counts and tokens; the
 * vectors ride on it to the waiting API only (the history store has no column for them).
 */
import type { EmbeddingJob } from '../../shared/embedding-job';
import type { Attempt, JobData, TaskOutcome } from '../../shared/task-schemas';
import { runChain } from '../chain/executor';
import type { Deployment } from '../chain/deployments';
import { baseUrlRef } from '../../shared/providers/deployments';
import { taskChainSettings, type TaskRunnerDeps } from '../run-task';
import { outcomeBase } from '../outcome-base';
import type { CompletionRequest, ProviderAdapter, ProviderEntry } from '../providers/types';
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

/** The embedding deployment's health is its own (an embeddings endpoint fails apart from chat), under the provider's first key. */
function embeddingRef(provider: string, model: string, entry: ProviderEntry | undefined): Deployment['ref'] {
  const key = entry?.keys?.[0];
  const credential = key?.credential ?? { id: 'none', label: `${provider} (no key)` };
  return { id: `${provider}/${model}#${credential.label}`, provider, model, credential, baseUrl: key?.baseUrl ?? baseUrlRef(`gateway://${provider}`) };
}

export async function runEmbeddingJob(data: JobData, job: EmbeddingJob, startedAt: Date, deps: EmbeddingJobDeps): Promise<TaskOutcome> {
  const started = performance.now();
  const base = { ...outcomeBase(data, startedAt), confidence: null, decision: null, notes: [] };
  const finished = () => ({ latency_ms: Math.round(performance.now() - started), finished_at: new Date().toISOString() });
  const captured: Captured = {};
  const tiers: Deployment[][] = [];
  const missing: Attempt[] = [];
  for (const target of job.targets) {
    const provider = deps.embeddingProviders?.get(target.provider);
    if (provider) tiers.push([{ ref: embeddingRef(target.provider, target.model, deps.registry.get(target.provider)), adapter: embeddingAdapter(provider, target.model, job, captured) }]);
    else missing.push({ provider: target.provider, model: target.model, outcome: 'skipped', error_kind: 'unsupported', message: 'cannot embed on this worker', latency_ms: 0 });
  }
  const request: CompletionRequest = { task: data.task, text: data.text, options: {}, system: '', prompt: '', responseFormat: 'text' };
  const result = await runChain({
    tiers,
    request,
    ...taskChainSettings(deps),
    // The "answer" is the adapter's summary line; the vectors are captured beside it.
    accept: async (completion) => completion.text,
  });
  const attempts = [...missing, ...result.attempts];
  if (!result.ok || captured.vectors === undefined) {
    const error = result.ok ? { code: 'task_failed', message: 'the provider answered without vectors' } : { code: result.code, message: result.message };
    return { ...base, status: 'error', provider_used: null, model: null, result: null, usage: null, attempts, error, ...finished() };
  }
  const { deployment, completion } = result;
  return {
    ...base,
    status: 'success',
    provider_used: deployment.ref.provider,
    model: completion.model,
    result: completion.text,
    usage: { input_tokens: completion.usage.inputTokens, output_tokens: 0 },
    embeddings: captured.vectors,
    attempts,
    error: null,
    ...finished(),
  };
}
