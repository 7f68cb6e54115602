/**
 * Accepting tasks and finding them again. Intake claims the idempotency key in Redis (when one is
 * given), records the task in Postgres (api/intake-record.ts), then adds its job; the workers write
 * the rest of the record.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { TaskQueue } from '../shared/queue';
import type { Lane } from '../shared/fair/policy';
import type { HistoryRow, HistoryStore } from '../shared/history-store';
import { withTimeout } from '../shared/redis';
import type { JobData, TaskOutcome } from '../shared/task-schemas';
import { HttpError } from './http-error';
import type { IdempotencyKeys } from './idempotency-keys';
import type { Intake, Placement } from './intake';
import { queueUnavailable } from './queue-unavailable';
import type { TaskRequest } from './schemas';
import { isFinal, outcomeView, pendingRowView, rowView, type TaskView } from './task-view';
import type { JobCache } from '../shared/spend/job-cache';

const REDIS_TIMEOUT_MS = 1_000;

export interface SubmitResult {
  taskId: string;
  /** True when an Idempotency-Key matched an earlier request: nothing new was enqueued. */
  reused: boolean;
  /** The lane the new job went to (absent when reused). */
  lane?: Lane;
}

export interface TaskServiceDeps {
  queue: TaskQueue;
  intake: Intake;
  redis: Redis;
  store: HistoryStore;
  idempotency: IdempotencyKeys;
}

export class TaskService {
  constructor(private readonly deps: TaskServiceDeps) {}

  /** `cache`: the response-cache entry the worker files the answer under. */
  async submit(
    request: TaskRequest,
    caller: string,
    idempotencyKey: string | undefined,
    requestId: string,
    placement: Placement,
    cache?: JobCache,
  ): Promise<SubmitResult> {
    // While the connection is down, fail at once rather than after the timeout.
    if (this.deps.redis.status !== 'ready') throw queueUnavailable(new Error(`redis connection is ${this.deps.redis.status}`));
    const taskId = randomUUID();
    const claim = idempotencyKey
      ? await this.deps.idempotency.claim(caller, idempotencyKey, ['ai/task', request.task, request.text, request.provider, request.options], taskId)
      : undefined;
    if (claim?.reused) return { taskId: claim.taskId, reused: true };
    const data: JobData = {
      taskId,
      task: request.task,
      text: request.text,
      provider: request.provider,
      options: request.options,
      caller,
      idempotencyKey,
      requestId,
      enqueuedAt: Date.now(),
      ...(cache ? { cache } : {}),
    };
    let lane: Lane;
    try {
      lane = await this.deps.intake.enqueue(data, placement);
    } catch (err) {
      // Free the key so the client's retry with the same key can be accepted.
      if (claim) await this.deps.idempotency.free(claim.scope);
      throw err instanceof HttpError ? err : queueUnavailable(err);
    }
    return { taskId, reused: false, lane };
  }

  /**
   * The task's current view: Postgres holds finished tasks; a job still in the queue says whether
   * the task is queued or running. Either source alone suffices when the other is down, and a task
   * whose job vanished (Redis lost its data) shows its Postgres row until the reconciler re-runs it.
   * Another caller's task is "not found" (never "forbidden", which would confirm it exists) unless `seesAll` (admin keys).
   */
  async find(taskId: string, caller: string, seesAll = false): Promise<TaskView | (Partial<TaskView> & { task_id: string })> {
    const readable = (owner: string) => seesAll || owner === caller;
    let databaseError: unknown;
    let row: HistoryRow | undefined;
    try {
      row = await this.deps.store.findById(taskId);
      if (row && !readable(row.caller)) row = undefined;
      if (row && isFinal(row.status)) return rowView(row);
    } catch (err) {
      databaseError = err;
    }
    let job;
    try {
      job = await withTimeout(this.deps.queue.getJob(taskId), REDIS_TIMEOUT_MS, 'job lookup');
    } catch (err) {
      // An accepted task is recorded in Postgres: its row says queued or running while Redis is away.
      if (row) return pendingRowView(row);
      if (databaseError) throw new HttpError('storage_unavailable', 'neither Postgres nor Redis answered; try again shortly');
      throw queueUnavailable(err);
    }
    if (!job || !readable(job.data.caller)) {
      // The job vanished (Redis lost its data): the reconciler queues the task again.
      if (row) return pendingRowView(row);
      if (databaseError) throw new HttpError('database_unavailable', 'Postgres is unreachable; the task cannot be looked up now');
      throw new HttpError('task_not_found', `no task with id ${taskId}`);
    }
    const outcome = job.returnvalue as TaskOutcome | null;
    if (outcome && job.finishedOn) return outcomeView(outcome);
    // Finished, but Postgres was away: the worker keeps the outcome on the job until it is written.
    if (job.data.pendingOutcome) return outcomeView(job.data.pendingOutcome);
    const state = await job.getState();
    return {
      task_id: taskId,
      status: state === 'active' ? 'running' : 'queued',
      task: job.data.task,
      provider_requested: job.data.provider,
      created_at: new Date(job.data.enqueuedAt).toISOString(),
    };
  }
}
