/** The task as the API shows it, whether it comes from Postgres, a finished job, or a job still queued. */
import type { HistoryRow } from '../shared/history-store';
import type { TaskOutcome, TaskStatus } from '../shared/task-schemas';

export type TaskView = Omit<TaskOutcome, 'status' | 'caller' | 'idempotency_key'> & { status: TaskStatus };

export function outcomeView(outcome: TaskOutcome): TaskView {
  const { caller: _caller, idempotency_key: _key, ...view } = outcome;
  return view;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** A history row: a task's fields, and how many tool calls a chat answer made (null otherwise). */
export type RowView = Partial<TaskView> & { task_id: string; status: TaskStatus; tool_call_count?: number | null };

export function rowView(row: HistoryRow): RowView {
  return {
    task_id: row.task_id,
    status: row.status,
    task: row.task,
    provider_requested: row.provider_requested,
    provider_used: row.provider_used,
    model: row.model,
    requested_model: row.requested_model ?? null,
    ...(row.finish_reason === null || row.finish_reason === undefined ? {} : { finish_reason: row.finish_reason }),
    notes: row.notes ?? [],
    tool_call_count: row.tool_call_count ?? null,
    result: row.result,
    confidence: row.confidence,
    decision: row.decision,
    latency_ms: row.latency_ms ?? 0,
    queue_wait_ms: row.queue_wait_ms ?? 0,
    attempts: row.attempts,
    usage: row.input_tokens === null ? null : { input_tokens: row.input_tokens, output_tokens: row.output_tokens ?? 0 },
    cost_usd: row.cost_usd ?? null,
    cache_hit: row.cache_hit ?? false,
    error: row.error_code ? { code: row.error_code, message: row.error_message ?? '' } : null,
    created_at: iso(row.created_at) ?? '',
    started_at: iso(row.started_at) ?? '',
    finished_at: iso(row.finished_at) ?? '',
  };
}

/** A task accepted but not finished, as its Postgres row shows it (its job is away or gone). */
export function pendingRowView(row: HistoryRow): Partial<TaskView> & { task_id: string; status: TaskStatus } {
  return { task_id: row.task_id, status: row.status, task: row.task, provider_requested: row.provider_requested, created_at: iso(row.created_at) ?? '' };
}

export function isFinal(status: TaskStatus): boolean {
  return status === 'success' || status === 'error';
}
