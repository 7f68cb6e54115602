import type { Knex } from 'knex';

/**
 * Responses made through POST /v1/responses, kept so that a follow-up naming one as
 * `previous_response_id` can rebuild the conversation: its messages (input and the answer), per
 * caller key. The task itself, with its attempts, is in ai_requests under the same id.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('v1_responses', (t) => {
    t.text('id').primary();
    t.text('caller').notNullable();
    t.uuid('task_id').notNullable();
    t.text('model').notNullable();
    t.jsonb('conversation').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.raw('CREATE INDEX v1_responses_created_at ON v1_responses (created_at)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('v1_responses');
}
