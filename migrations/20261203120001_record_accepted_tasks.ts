import type { Knex } from 'knex';

/**
 * A task is recorded in the history (status `queued`) before the gateway answers 202 or starts
 * waiting, so a Redis that loses its data loses no accepted task (docs/reliability.md, "When Redis
 * loses its data"). Two columns make that possible:
 * - `job_payload`: the queued job's payload (task, input, options, caller's key id, idempotency
 *   key, chat messages and targets; never a credential), from which the reconciler re-enqueues a
 *   task whose job vanished. Cleared when the outcome is written: a finished task needs it no more.
 * - `requeue_count`: how often the reconciler re-enqueued the task, so a task that keeps vanishing
 *   (its job failed and expired) ends as an error instead of running forever.
 * The partial index holds only unfinished rows, so the reconciler's sweep reads a small index however
 * large the history grows.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE ai_requests ADD COLUMN job_payload jsonb, ADD COLUMN requeue_count integer NOT NULL DEFAULT 0');
  await knex.raw(
    `CREATE INDEX ai_requests_unfinished_idx ON ai_requests (created_at, task_id) WHERE status IN ('queued', 'running') AND job_payload IS NOT NULL`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX ai_requests_unfinished_idx');
  await knex.raw('ALTER TABLE ai_requests DROP COLUMN job_payload, DROP COLUMN requeue_count');
}
