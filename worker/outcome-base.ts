/** The fields every record of a task starts from: who asked for what, and when it was queued and started. */
import type { RunningRow } from '../shared/history-store';
import { requestedModelOf } from '../shared/requested-model';
import type { JobData } from '../shared/task-schemas';

export function outcomeBase(data: JobData, startedAt: Date): RunningRow {
  return {
    task_id: data.taskId,
    task: data.task,
    provider_requested: data.provider,
    requested_model: requestedModelOf(data),
    caller: data.caller,
    idempotency_key: data.idempotencyKey ?? null,
    created_at: new Date(data.enqueuedAt).toISOString(),
    started_at: startedAt.toISOString(),
    queue_wait_ms: Math.max(0, startedAt.getTime() - data.enqueuedAt),
  };
}
