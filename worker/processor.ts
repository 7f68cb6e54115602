/**
 * The BullMQ processor: run the task, then persist its outcome inside the processor, so a job is
 * only completed once its record is in Postgres. When Postgres is away the outcome is kept on the
 * job and the job is parked in BullMQ's delayed set with a capped backoff (this spends none of the
 * job's attempts, so a long outage loses nothing); the next try writes the kept outcome without
 * calling any provider again.
 */
import { outcomeBase } from './outcome-base';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { traceFields, type Logger } from '../shared/logger';
import { context, trace } from '@opentelemetry/api';
import type { HistoryStore } from '../shared/history-store';
import { jobDataSchema, type JobData, type TaskOutcome } from '../shared/task-schemas';
import { runTask, type TaskRunnerDeps } from './run-task';
import { runChatJob, type ChatStreamSettings } from './stream/run-chat-job';
import { runEmbeddingJob } from './embeddings/run-embedding-job';
import type { EmbeddingProvider } from './embeddings/providers';
import type { GatewayMetrics } from '../shared/metrics';
import { annotateJobSpan, jobContextOf } from './job-span';
import { isDataError, toStorable } from '../shared/text/storable';
import type { OutageLog } from '../shared/outage-log';
import type { PriceBook } from '../shared/spend/price-book';
import type { SpendLedger } from '../shared/spend/ledger';
import { priceOutcome } from '../shared/spend/task-cost';
import type { ResponseCache } from '../shared/spend/response-cache';
import type { IdempotencyAnswers } from '../shared/idempotency';

export interface PersistSettings {
  /** Tries at writing one outcome before the job is failed (the outcome stays on the failed job). */
  maxTries: number;
  /** The backoff doubles from 1 s up to this. */
  maxDelayMs: number;
}

export interface ProcessorDeps extends TaskRunnerDeps {
  store: HistoryStore;
  logger: Logger;
  /** Task metrics are taken from each fresh outcome here, once (a kept outcome was counted when it was made). */
  metrics?: GatewayMetrics;
  persist: PersistSettings;
  /** Folds Postgres failures into one line per outage (shared/outage-log.ts); without it each is logged. */
  postgresOutage?: OutageLog;
  /** How streamed chat completions reach the API; without it they fail at once. */
  chatStream?: ChatStreamSettings;
  /** The providers that can embed (POST /v1/embeddings); without them embedding jobs fail as skipped. */
  embeddingProviders?: ReadonlyMap<string, EmbeddingProvider>;
  /** Prices each fresh outcome (cost_usd per attempt and per task); without it costs stay unset. */
  prices?: PriceBook;
  /** Budget counters, updated once an outcome is in Postgres. */
  spend?: SpendLedger;
  /** Files successful answers of jobs that carry a cache entry. */
  cache?: ResponseCache;
  /** Files the outcome of /v1 jobs sent with an Idempotency-Key, for the request's repeats. */
  idempotencyAnswers?: IdempotencyAnswers;
  /** How long a task runs before its row says `running` (RUNNING_MARK_DELAY_MS below by default). */
  runningMarkDelayMs?: number;
}

/**
 * A task's row says `running` only once it has run this long. Most tasks finish sooner, and then
 * their outcome is the only write: one Postgres statement per task instead of two, on the worker
 * and on Postgres, and one round trip less before a fast answer. While the job exists, a task's
 * status is read from the queue anyway (`active` is running); the row's `running` serves the
 * history listing and the status view while Redis is away.
 */
export const RUNNING_MARK_DELAY_MS = 1_000;

export function persistDelayMs(tries: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, 1_000 * 2 ** Math.min(tries - 1, 30));
}

export function createProcessor(deps: ProcessorDeps) {
  return async function processTaskJob(job: Job<JobData, TaskOutcome>, token?: string): Promise<TaskOutcome> {
    // Handed on explicitly: the gateway tracks no async context (worker/job-span.ts).
    const jobContext = jobContextOf(job);
    const data = jobDataSchema.parse(job.data);
    const log = deps.logger.child({ task_id: data.taskId, request_id: data.requestId, ...traceFields(jobContext) });
    const { onFailover } = deps;
    const taskDeps: ProcessorDeps = {
      ...deps,
      traceParent: jobContext,
      // The failover line is written by the worker's logger: with the job's span active, it carries the trace ids.
      onFailover: onFailover && ((from, to, reason) => context.with(jobContext, () => onFailover(from, to, reason))),
    };

    let outcome = data.pendingOutcome;
    if (!outcome) {
      const startedAt = new Date();
      const running = markRunningLater(deps, data, startedAt, log);
      try {
        outcome = await runJob(data, startedAt, taskDeps);
      } finally {
        // Never after the outcome: a mark still in flight is waited for, one not yet due is dropped.
        await running.settle();
      }
      if (deps.prices) outcome = priceOutcome(outcome, deps.prices);
      // Counted before persisting: the providers were called whether or not Postgres takes the record.
      deps.metrics?.recordOutcome(outcome);
      annotateJobSpan(outcome, trace.getSpan(jobContext));
    }

    try {
      await deps.store.saveOutcome(outcome);
      deps.postgresOutage?.up();
    } catch (err) {
      if (!isDataError(err)) await keepForLater(job, data, outcome, err, deps, log, token);
      // The data itself is refused: writing it again can never succeed, so the task fails now.
      log.error('the outcome holds text Postgres cannot store; failing the task', { error: err });
      outcome = unstorableFailure(outcome);
      try {
        await deps.store.saveOutcome(outcome);
      } catch (again) {
        if (isDataError(again)) throw new UnrecoverableError(`the outcome cannot be stored: ${again instanceof Error ? again.message : String(again)}`);
        await keepForLater(job, data, outcome, again, deps, log, token);
      }
    }
    await recordSpend(deps, outcome, log);
    if (data.cache) await deps.cache?.put(data.cache, outcome).catch((err: unknown) => log.warn('could not file the answer in the response cache', { error: err }));
    // Best effort: while the job is kept (JOB_RETENTION_SECONDS) a repeat also finds the outcome on it.
    if (data.idempotency) {
      await deps.idempotencyAnswers?.put(data.idempotency, outcome).catch((err: unknown) => log.warn('could not file the answer for its Idempotency-Key', { error: err }));
    }
    if (data.pendingOutcome) log.info('kept outcome written after the database came back', { tries: (data.persistTries ?? 0) + 1 });
    log.info('task finished', {
      status: outcome.status,
      provider: outcome.provider_used,
      latency_ms: outcome.latency_ms,
      task: outcome.task,
    });
    return outcome;
  };
}

/** Parks the job with its outcome until the next try; never returns. */
async function keepForLater(
  job: Job<JobData, TaskOutcome>,
  data: JobData,
  outcome: TaskOutcome,
  err: unknown,
  deps: ProcessorDeps,
  log: Logger,
  token: string | undefined,
): Promise<never> {
  const tries = (data.persistTries ?? 0) + 1;
  await job.updateData({ ...data, pendingOutcome: outcome, persistTries: tries });
  if (tries >= deps.persist.maxTries || token === undefined) {
    log.error('giving up writing the outcome; it stays on the failed job in Redis', { error: err, tries });
    throw new UnrecoverableError(`could not write the outcome after ${tries} tries: ${err instanceof Error ? err.message : String(err)}`);
  }
  const delay = persistDelayMs(tries, deps.persist.maxDelayMs);
  const context = { task_id: data.taskId, tries, next_try_in_ms: delay };
  if (deps.postgresOutage) deps.postgresOutage.down(err, { ...context, note: 'outcomes are kept on their jobs and written when it returns' });
  else log.warn('could not write the outcome; keeping it on the job and trying again', { error: err, ...context });
  await job.moveToDelayed(Date.now() + delay, token);
  throw new DelayedError();
}

/** The task as failed with `unstorable_result`: no answer kept, and attempt messages made storable. */
export function unstorableFailure(outcome: TaskOutcome): TaskOutcome {
  return {
    ...outcome,
    status: 'error',
    result: null,
    confidence: null,
    decision: null,
    notes: undefined,
    attempts: outcome.attempts.map((a) => (a.message === undefined ? a : { ...a, message: toStorable(a.message) })),
    error: { code: 'unstorable_result', message: "the task's answer held text that cannot be stored (NUL or an unpaired surrogate); it was not retried" },
  };
}

/** Best effort: a counter Redis misses is rebuilt from Postgres, where the outcome now is. */
async function recordSpend(deps: ProcessorDeps, outcome: TaskOutcome, log: Logger): Promise<void> {
  try {
    await deps.spend?.record(outcome);
  } catch (err) {
    log.warn('could not add the task to the spend counters', { error: err });
  }
}

function runJob(data: JobData, startedAt: Date, deps: ProcessorDeps): Promise<TaskOutcome> {
  if (data.embedding) return runEmbeddingJob(data, data.embedding, startedAt, deps);
  if (data.chat) return runChatJob(data, data.chat, startedAt, deps);
  return runTask(data, startedAt, deps);
}

/** Marks the task running once it has run RUNNING_MARK_DELAY_MS; `settle` drops a mark not yet due and waits for one in flight. */
function markRunningLater(deps: ProcessorDeps, data: JobData, startedAt: Date, log: Logger): { settle(): Promise<void> } {
  const delayMs = deps.runningMarkDelayMs ?? RUNNING_MARK_DELAY_MS;
  let inFlight: Promise<void> | undefined;
  const timer = setTimeout(() => (inFlight = markRunning(deps, data, startedAt, log)), delayMs);
  return {
    async settle() {
      clearTimeout(timer);
      await inFlight;
    },
  };
}

/** Best effort: a running row helps operators, but Postgres being away must not stop the task. */
async function markRunning(deps: ProcessorDeps, data: JobData, startedAt: Date, log: Logger): Promise<void> {
  try {
    await deps.store.markRunning(outcomeBase(data, startedAt));
  } catch (err) {
    if (deps.postgresOutage) deps.postgresOutage.down(err, { task_id: data.taskId });
    else log.warn('could not mark the task running in Postgres', { error: err });
  }
}
