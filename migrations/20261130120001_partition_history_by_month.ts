import type { Knex } from 'knex';
import { DEFAULT_PARTITION, MONTHS_AHEAD, createMonthPartition, ensureHistoryPartitions } from '../shared/history-partitions';
import { knexRunSql } from '../shared/run-sql';

/**
 * The history becomes a table range-partitioned by month on created_at, so old months are dropped
 * whole (retention) and indexes stay one month deep. Existing rows are copied into their months.
 *
 * A unique constraint on a partitioned table must include the partition key: the primary key
 * becomes (task_id, created_at). The worker's upsert stays idempotent because created_at is the
 * enqueue time carried in the job, the same on every write of a task (worker/outcome-base.ts).
 * The old UNIQUE (caller, idempotency_key) cannot be kept (it would only be unique per timestamp);
 * idempotency is enforced in Redis at intake, and the column stays as a record of the key sent.
 */
const COLUMNS = `
  task_id uuid NOT NULL,
  created_at timestamptz NOT NULL,
  started_at timestamptz,
  finished_at timestamptz,
  task text NOT NULL,
  provider_requested text NOT NULL,
  provider_used text,
  model text,
  status text NOT NULL,
  result text,
  confidence double precision,
  decision jsonb,
  latency_ms integer,
  queue_wait_ms integer,
  attempts jsonb NOT NULL DEFAULT '[]',
  input_tokens integer,
  output_tokens integer,
  caller text NOT NULL,
  error_code text,
  error_message text,
  idempotency_key text,
  CONSTRAINT ai_requests_status_check CHECK (status IN ('queued', 'running', 'success', 'error'))`;

const COLUMN_NAMES =
  'task_id, created_at, started_at, finished_at, task, provider_requested, provider_used, model, status, result, confidence, decision, latency_ms, queue_wait_ms, attempts, input_tokens, output_tokens, caller, error_code, error_message, idempotency_key';

/** The indexes GET /history pages by (newest first): every caller, one caller, one status. */
async function createHistoryIndexes(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX ai_requests_created_at_idx ON ai_requests (created_at)');
  await knex.raw('CREATE INDEX ai_requests_status_created_at_idx ON ai_requests (status, created_at)');
  await knex.raw('CREATE INDEX ai_requests_caller_created_at_idx ON ai_requests (caller, created_at DESC, task_id DESC)');
}

export async function up(knex: Knex): Promise<void> {
  const sql = knexRunSql(knex);
  // Nothing may write between the copy and the swap; the migration's transaction holds this lock.
  await knex.raw('LOCK TABLE ai_requests IN ACCESS EXCLUSIVE MODE');
  await knex.raw('ALTER TABLE ai_requests RENAME TO ai_requests_unpartitioned');
  // Index and constraint names are per schema: free them for the new table.
  await knex.raw('ALTER TABLE ai_requests_unpartitioned DROP CONSTRAINT ai_requests_pkey');
  await knex.raw('ALTER TABLE ai_requests_unpartitioned DROP CONSTRAINT ai_requests_caller_idempotency_key_unique');
  await knex.raw('ALTER TABLE ai_requests_unpartitioned DROP CONSTRAINT ai_requests_status_check');
  await knex.raw('DROP INDEX ai_requests_created_at_idx, ai_requests_status_created_at_idx, ai_requests_caller_created_at_idx');

  await knex.raw(`CREATE TABLE ai_requests (${COLUMNS}) PARTITION BY RANGE (created_at)`);
  await knex.raw(`CREATE TABLE ${DEFAULT_PARTITION} PARTITION OF ai_requests DEFAULT`);
  const { rows } = await sql(
    `SELECT DISTINCT extract(year FROM created_at AT TIME ZONE 'UTC')::int AS year, extract(month FROM created_at AT TIME ZONE 'UTC')::int AS month FROM ai_requests_unpartitioned`,
  );
  for (const r of rows) await createMonthPartition(sql, { year: Number(r.year), month: Number(r.month) });
  await ensureHistoryPartitions(sql, { now: new Date(), monthsAhead: MONTHS_AHEAD });
  await knex.raw(`INSERT INTO ai_requests (${COLUMN_NAMES}) SELECT ${COLUMN_NAMES} FROM ai_requests_unpartitioned`);
  await knex.raw('DROP TABLE ai_requests_unpartitioned');
  // Built after the copy: one sort per partition is far cheaper than growing the indexes row by row.
  await knex.raw('ALTER TABLE ai_requests ADD CONSTRAINT ai_requests_pkey PRIMARY KEY (task_id, created_at)');
  await createHistoryIndexes(knex);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('LOCK TABLE ai_requests IN ACCESS EXCLUSIVE MODE');
  await knex.raw('ALTER TABLE ai_requests RENAME TO ai_requests_partitioned');
  await knex.raw('ALTER TABLE ai_requests_partitioned DROP CONSTRAINT ai_requests_pkey');
  await knex.raw('ALTER TABLE ai_requests_partitioned DROP CONSTRAINT ai_requests_status_check');
  await knex.raw('DROP INDEX ai_requests_created_at_idx, ai_requests_status_created_at_idx, ai_requests_caller_created_at_idx');
  await knex.raw(`CREATE TABLE ai_requests (${COLUMNS}, CONSTRAINT ai_requests_pkey PRIMARY KEY (task_id))`);
  await knex.raw(`INSERT INTO ai_requests (${COLUMN_NAMES}) SELECT ${COLUMN_NAMES} FROM ai_requests_partitioned`);
  await knex.raw('DROP TABLE ai_requests_partitioned');
  // Rows written after the upgrade may share a (caller, key): keep the first, as the old writer did.
  await knex.raw(
    `UPDATE ai_requests r SET idempotency_key = NULL WHERE idempotency_key IS NOT NULL AND EXISTS (SELECT 1 FROM ai_requests o WHERE o.caller = r.caller AND o.idempotency_key = r.idempotency_key AND (o.created_at, o.task_id) < (r.created_at, r.task_id))`,
  );
  await knex.raw('ALTER TABLE ai_requests ADD CONSTRAINT ai_requests_caller_idempotency_key_unique UNIQUE (caller, idempotency_key)');
  await createHistoryIndexes(knex);
}
