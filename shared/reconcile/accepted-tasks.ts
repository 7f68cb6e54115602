/**
 * Accepted tasks in Postgres: the row the API writes (status `queued`, with the job's payload)
 * before it answers 202 or starts waiting, and the reads and writes of the reconciler that
 * re-enqueues a task whose job vanished from Redis. Rows live in the history table (`ai_requests`)
 * so a task has one record from intake to outcome; the worker's upserts share its key
 * (task_id, created_at), created_at being the job's `enqueuedAt`.
 */
import type { Db } from '../db';
import { GroupCommit } from '../group-commit';
import { PreparedInsert } from '../prepared-insert';
import { requestedModelOf } from '../requested-model';
import { jobDataSchema, type JobData } from '../task-schemas';

const TABLE = 'ai_requests';
const PRIMARY_KEY = ['task_id', 'created_at'];
const UNFINISHED = ['queued', 'running'];

/** An accepted task not yet final, as the reconciler reads it. */
export interface UnfinishedTask {
  taskId: string;
  createdAt: Date;
  requeueCount: number;
  /** The job as it was queued; undefined when the stored payload no longer parses (an older shape). */
  data: JobData | undefined;
}

/** Where a sweep continues from: rows are read in (created_at, task_id) order. */
export interface SweepCursor {
  createdAt: Date;
  taskId: string;
}

/** What the job carries that the record needs: everything but the transient retry fields. */
function payloadOf(data: JobData): Omit<JobData, 'pendingOutcome' | 'persistTries'> {
  const { pendingOutcome: _outcome, persistTries: _tries, ...payload } = data;
  return payload;
}

/** A UTF-16 surrogate without its partner: valid in a JS string, refused by jsonb. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The payload as jsonb can hold it: a lone surrogate becomes U+FFFD, as it does in every text
 * column (the driver encodes strings as UTF-8), so a task accepted with one is recorded too.
 */
function storablePayload(data: JobData): string {
  return JSON.stringify(payloadOf(data), (_key, value: unknown) => (typeof value === 'string' ? value.replace(LONE_SURROGATE, '\ufffd') : value));
}

function acceptedRow(data: JobData): Record<string, unknown> {
  return {
    task_id: data.taskId,
    created_at: new Date(data.enqueuedAt).toISOString(),
    task: data.task,
    provider_requested: data.provider,
    requested_model: requestedModelOf(data),
    caller: data.caller,
    idempotency_key: data.idempotencyKey ?? null,
    status: 'queued',
    job_payload: storablePayload(data),
  };
}

export class AcceptedTaskStore {
  // Intake under load: the rows of many concurrent requests go to Postgres in one INSERT.
  private readonly accepted = new GroupCommit<JobData>(
    (items) => this.insert(items),
    (item) => this.insert([item]),
  );

  // A row already there (the same task recorded twice) is left as it is: it may be further along.
  private readonly acceptedInsert: PreparedInsert;

  constructor(private readonly db: Db) {
    this.acceptedInsert = new PreparedInsert(db, 'accepted', TABLE, PRIMARY_KEY, { kind: 'ignore' });
  }

  /** Resolves once the task's row is in Postgres. */
  record(data: JobData): Promise<void> {
    return this.accepted.add(data);
  }

  /** Removes the row of a task that was refused after all (its job could not be queued). */
  async withdraw(data: JobData): Promise<void> {
    await this.db(TABLE).where({ task_id: data.taskId, created_at: new Date(data.enqueuedAt).toISOString(), status: 'queued' }).delete();
  }

  private async insert(items: JobData[]): Promise<void> {
    await this.acceptedInsert.run(items.map(acceptedRow));
  }

  /** The next `limit` unfinished tasks accepted before `acceptedBefore`, after `cursor`. */
  async unfinished(acceptedBefore: Date, limit: number, cursor?: SweepCursor): Promise<UnfinishedTask[]> {
    const query = this.db(TABLE)
      .select('task_id', 'created_at', 'requeue_count', 'job_payload')
      .whereIn('status', UNFINISHED)
      .whereNotNull('job_payload')
      .where('created_at', '<', acceptedBefore)
      .orderBy([{ column: 'created_at' }, { column: 'task_id' }])
      .limit(limit);
    if (cursor) query.whereRaw('(created_at, task_id) > (?, ?)', [cursor.createdAt, cursor.taskId]);
    const rows = (await query) as { task_id: string; created_at: Date; requeue_count: number; job_payload: unknown }[];
    return rows.map((r) => {
      const parsed = jobDataSchema.safeParse(r.job_payload);
      return { taskId: r.task_id, createdAt: new Date(r.created_at), requeueCount: r.requeue_count, data: parsed.success ? parsed.data : undefined };
    });
  }

  async markRequeued(tasks: readonly UnfinishedTask[]): Promise<void> {
    if (tasks.length === 0) return;
    await this.db(TABLE)
      .whereIn(['task_id', 'created_at'], tasks.map((t) => [t.taskId, t.createdAt]))
      .whereIn('status', UNFINISHED)
      .increment('requeue_count', 1);
  }

  /** Ends a task that cannot be run again with an error outcome, so it stops being swept. */
  async markLost(task: UnfinishedTask, message: string): Promise<void> {
    await this.db(TABLE)
      .where({ task_id: task.taskId, created_at: task.createdAt })
      .whereIn('status', UNFINISHED)
      .update({ status: 'error', error_code: 'task_lost', error_message: message, finished_at: new Date(), job_payload: null });
  }
}
