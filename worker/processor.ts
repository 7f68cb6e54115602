/**
 * The BullMQ processor: run the task, then persist its outcome inside the processor, so a job is
 * only completed once its record is in Postgres. When Postgres is away the outcome is kept on the
 * job and the job is retried with backoff; the retry writes the kept outcome without calling any
 * provider again.
 */
import type { Job } from 'bullmq';
import type { Logger } from '../shared/logger';
import type { HistoryStore } from '../shared/history-store';
import { jobDataSchema, type JobData, type TaskOutcome } from '../shared/task-schemas';
import { runTask, type TaskRunnerDeps } from './run-task';

export interface ProcessorDeps extends TaskRunnerDeps {
  store: HistoryStore;
  logger: Logger;
}

export function createProcessor(deps: ProcessorDeps) {
  return async function processTaskJob(job: Job<JobData, TaskOutcome>): Promise<TaskOutcome> {
    const data = jobDataSchema.parse(job.data);
    const log = deps.logger.child({ task_id: data.taskId, request_id: data.requestId });

    let outcome = data.pendingOutcome;
    if (!outcome) {
      const startedAt = new Date();
      await markRunning(deps, data, startedAt, log);
      outcome = await runTask(data, startedAt, deps);
    }

    try {
      await deps.store.saveOutcome(outcome);
    } catch (err) {
      log.warn('could not persist the outcome; keeping it on the job for a retry', { error: err, attempt: job.attemptsMade + 1 });
      if (!data.pendingOutcome) await job.updateData({ ...data, pendingOutcome: outcome });
      throw err;
    }
    log.info('task finished', {
      status: outcome.status,
      provider: outcome.provider_used,
      latency_ms: outcome.latency_ms,
      task: outcome.task,
    });
    return outcome;
  };
}

/** Best effort: a running row helps operators, but Postgres being away must not stop the task. */
async function markRunning(deps: ProcessorDeps, data: JobData, startedAt: Date, log: Logger): Promise<void> {
  try {
    await deps.store.markRunning({
      task_id: data.taskId,
      task: data.task,
      provider_requested: data.provider,
      caller: data.caller,
      idempotency_key: data.idempotencyKey ?? null,
      created_at: new Date(data.enqueuedAt).toISOString(),
      started_at: startedAt.toISOString(),
      queue_wait_ms: Math.max(0, startedAt.getTime() - data.enqueuedAt),
    });
  } catch (err) {
    log.warn('could not mark the task running in Postgres', { error: err });
  }
}
