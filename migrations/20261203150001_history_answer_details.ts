import type { Knex } from 'knex';

/**
 * What the history records of an answer beyond its text (GET /history shows and filters these):
 * - finish_reason: why the answering model stopped (`stop`, `length`, `tool_calls`, `content_filter`,
 *   OpenAI's words for every provider); null for embeddings, failures and older rows.
 * - requested_model: the model the request asked for first (a /v1 request's first target); the
 *   existing `model` column is the model that answered, which differs after a failover. Null for
 *   /ai/task, where the caller names a provider, not a model.
 * - notes: what the task's parser or the chain corrected or dropped (a repaired answer, invented
 *   evidence, a resumed stream); null when there were none.
 *
 * Columns added on the partitioned parent reach every partition, existing and future, and cost no
 * rewrite (nullable, no default). The indexes are for the filters: `model` like provider_used; the
 * others partial, so rows that finish with `stop` and carry no notes or tool calls (nearly all)
 * cost them nothing.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE ai_requests ADD COLUMN finish_reason text, ADD COLUMN requested_model text, ADD COLUMN notes text[]');
  await knex.raw('CREATE INDEX ai_requests_model_created_at_idx ON ai_requests (model, created_at)');
  await knex.raw(`CREATE INDEX ai_requests_unusual_finish_created_at_idx ON ai_requests (finish_reason, created_at) WHERE finish_reason <> 'stop'`);
  await knex.raw('CREATE INDEX ai_requests_noted_created_at_idx ON ai_requests (created_at) WHERE notes IS NOT NULL');
  await knex.raw('CREATE INDEX ai_requests_tool_calls_created_at_idx ON ai_requests (created_at) WHERE tool_call_count > 0');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(
    'DROP INDEX ai_requests_model_created_at_idx, ai_requests_unusual_finish_created_at_idx, ai_requests_noted_created_at_idx, ai_requests_tool_calls_created_at_idx',
  );
  await knex.raw('ALTER TABLE ai_requests DROP COLUMN finish_reason, DROP COLUMN requested_model, DROP COLUMN notes');
}
