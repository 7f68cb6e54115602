/**
 * Reads and writes of the `ai_requests` table. Writes are upserts keyed on (task_id, created_at),
 * the table's primary key (it is partitioned by month on created_at, see shared/history-partitions.ts).
 * created_at is the enqueue time carried in the job, the same on every write of a task, so a job that
 * runs twice (a worker died mid-task and BullMQ handed it on) still leaves exactly one row, in one
 * partition, even when it ran in the month after it was queued.
 */
import type { Db } from './db';
import { GroupCommit } from './group-commit';
import { PreparedInsert } from './prepared-insert';
import type { TaskOutcome, TaskStatus } from './task-schemas';
import { toStorable } from './text/storable';

export interface RunningRow {
  task_id: string;
  task: string;
  provider_requested: string;
  /** The model asked for first (shared/requested-model.ts); null for /ai/task. */
  requested_model: string | null;
  caller: string;
  idempotency_key: string | null;
  created_at: string;
  started_at: string;
  queue_wait_ms: number;
}

export interface HistoryRow {
  task_id: string;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  task: string;
  provider_requested: string;
  provider_used: string | null;
  /** The model that answered (after a failover, not the one asked for: see requested_model). */
  model: string | null;
  requested_model: string | null;
  /** Why the answering model stopped, in OpenAI's words; null for embeddings, failures and older rows. */
  finish_reason: string | null;
  /** What the parser or the chain corrected or dropped; null when nothing. */
  notes: string[] | null;
  status: TaskStatus;
  result: string | null;
  confidence: number | null;
  decision: TaskOutcome['decision'];
  latency_ms: number | null;
  queue_wait_ms: number | null;
  attempts: TaskOutcome['attempts'];
  input_tokens: number | null;
  output_tokens: number | null;
  /** Chat completions: how many tool calls the answer made; null otherwise. */
  tool_call_count: number | null;
  caller: string;
  error_code: string | null;
  error_message: string | null;
  idempotency_key: string | null;
  /** USD; null when unpriced (and on rows written before spend control). */
  cost_usd: number | null;
  cache_hit: boolean;
}

const TABLE = 'ai_requests';
const PRIMARY_KEY = ['task_id', 'created_at'];

function outcomeRecord(outcome: TaskOutcome): Record<string, unknown> {
  return {
    task_id: outcome.task_id,
    created_at: outcome.created_at,
    started_at: outcome.started_at,
    finished_at: outcome.finished_at,
    task: outcome.task,
    provider_requested: outcome.provider_requested,
    provider_used: outcome.provider_used,
    model: outcome.model,
    requested_model: outcome.requested_model ?? null,
    finish_reason: outcome.finish_reason ?? null,
    // Notes are the gateway's own words, but may quote a model's answer: a NUL quoted there must not fail the task's record.
    notes: outcome.notes?.length ? outcome.notes.map(toStorable) : null,
    status: outcome.status,
    result: outcome.result,
    confidence: outcome.confidence,
    decision: outcome.decision === null ? null : JSON.stringify(outcome.decision),
    latency_ms: Math.round(outcome.latency_ms),
    queue_wait_ms: Math.round(outcome.queue_wait_ms),
    attempts: JSON.stringify(outcome.attempts),
    input_tokens: outcome.usage?.input_tokens ?? null,
    output_tokens: outcome.usage?.output_tokens ?? null,
    tool_call_count: outcome.tool_calls === undefined ? null : outcome.tool_calls.length,
    caller: outcome.caller,
    error_code: outcome.error?.code ?? null,
    error_message: outcome.error?.message ?? null,
    idempotency_key: outcome.idempotency_key,
    // A final task is never re-enqueued: the payload kept for that is no longer needed (shared/reconcile).
    job_payload: null,
    cost_usd: outcome.cost_usd ?? null,
    cache_hit: outcome.cache_hit ?? false,
  };
}

export class HistoryStore {
  // Under load many workers' writes arrive together; they go to Postgres in batches (see GroupCommit).
  private readonly running = new GroupCommit<RunningRow>(
    (rows) => this.insertRunning(rows),
    (row) => this.insertRunning([row]),
  );
  private readonly outcomes = new GroupCommit<TaskOutcome>(
    (items) => this.upsertOutcomes(items.map(outcomeRecord)),
    (o) => this.upsertOutcomes([outcomeRecord(o)]),
  );

  // A running mark never downgrades a row that already holds a final outcome.
  private readonly runningInsert: PreparedInsert;
  private readonly outcomeUpsert: PreparedInsert;

  constructor(private readonly db: Db) {
    this.runningInsert = new PreparedInsert(db, 'running', TABLE, PRIMARY_KEY, { kind: 'update', columns: ['started_at', 'status'], onlyIfStatusIn: ['queued', 'running'] });
    this.outcomeUpsert = new PreparedInsert(db, 'outcome', TABLE, PRIMARY_KEY, { kind: 'update', columns: 'all' });
  }

  /** Marks a task running; never downgrades a row that already holds a final outcome. */
  markRunning(row: RunningRow): Promise<void> {
    return this.running.add(row);
  }

  saveOutcome(outcome: TaskOutcome): Promise<void> {
    return this.outcomes.add(outcome);
  }

  private async insertRunning(rows: RunningRow[]): Promise<void> {
    await this.runningInsert.run(rows.map((r) => ({ ...r, status: 'running' })));
  }

  private async upsertOutcomes(records: Record<string, unknown>[]): Promise<void> {
    await this.outcomeUpsert.run(records);
  }

  async findById(taskId: string): Promise<HistoryRow | undefined> {
    return this.db<HistoryRow>(TABLE).where({ task_id: taskId }).first();
  }
}
