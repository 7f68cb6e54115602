/**
 * A 202 is a promise: a task is recorded in Postgres (status `queued`, with its job's payload)
 * before its job is queued, so a Redis that loses its data loses no accepted task; the reconciler
 * (shared/reconcile) queues it again. Writes are group-committed, so intake under load costs one
 * INSERT per batch, not per task.
 *
 * When Postgres cannot take the record the task is refused (503 `database_unavailable`, with
 * Retry-After): accepting it on Redis alone would break that promise. When the record is written
 * but the job cannot be queued, the record is withdrawn, so a refused task is never run later.
 */
import type { Logger } from '../shared/logger';
import type { Outages } from '../shared/outage-log';
import type { AcceptedTaskStore } from '../shared/reconcile/accepted-tasks';
import type { JobData } from '../shared/task-schemas';
import { HttpError } from './http-error';

export interface IntakeMetrics {
  intakeRecordFailures: { inc(): void };
}

/** Postgres SQLSTATE class 22 ("data exception"): the text itself cannot be stored (a NUL, say). */
function isDataError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('22');
}

export class IntakeRecorder {
  constructor(
    private readonly store: AcceptedTaskStore,
    private readonly logger: Logger,
    /** A refused task is a line when Postgres goes and one when it returns, not one per request. */
    private readonly outages: Pick<Outages, 'postgres'>,
    private readonly metrics?: IntakeMetrics,
  ) {}

  /** Resolves once the task is in Postgres; otherwise throws the HttpError the caller should get. */
  async record(data: JobData): Promise<void> {
    try {
      await this.store.record(data);
      this.outages.postgres.up();
    } catch (err) {
      if (isDataError(err)) {
        throw new HttpError('invalid_request', 'the request holds text that cannot be stored (such as a NUL character)', { details: { reason: (err as Error).message } });
      }
      this.metrics?.intakeRecordFailures.inc();
      this.outages.postgres.down(err, { task_id: data.taskId, during: 'recording an accepted task' });
      throw new HttpError('database_unavailable', 'the task cannot be recorded (Postgres is unreachable), so it was not accepted; try again shortly', {
        headers: { 'Retry-After': '1' },
      });
    }
  }

  /** Best effort after the job could not be queued; a row left behind is logged, and would be run by the reconciler. */
  async withdraw(data: JobData): Promise<void> {
    try {
      await this.store.withdraw(data);
    } catch (err) {
      this.logger.error('a refused task could not be withdrawn from Postgres; the reconciler will run it', { task_id: data.taskId, error: err });
    }
  }
}
