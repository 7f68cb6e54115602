import type { Knex } from 'knex';

/** The request history: one row per task, upserted by the worker (idempotent on task_id). */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('ai_requests', (t) => {
    t.uuid('task_id').primary();
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('started_at', { useTz: true });
    t.timestamp('finished_at', { useTz: true });
    t.text('task').notNullable();
    t.text('provider_requested').notNullable();
    t.text('provider_used');
    t.text('model');
    t.text('status').notNullable();
    t.text('result');
    t.double('confidence');
    t.jsonb('decision');
    t.integer('latency_ms');
    t.integer('queue_wait_ms');
    t.jsonb('attempts').notNullable().defaultTo('[]');
    t.integer('input_tokens');
    t.integer('output_tokens');
    t.text('caller').notNullable();
    t.text('error_code');
    t.text('error_message');
    t.text('idempotency_key');
    t.unique(['caller', 'idempotency_key'], { indexName: 'ai_requests_caller_idempotency_key_unique' });
    t.index(['created_at'], 'ai_requests_created_at_idx');
    t.index(['status', 'created_at'], 'ai_requests_status_created_at_idx');
  });
  await knex.raw(
    `ALTER TABLE ai_requests ADD CONSTRAINT ai_requests_status_check CHECK (status IN ('queued', 'running', 'success', 'error'))`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('ai_requests');
}
