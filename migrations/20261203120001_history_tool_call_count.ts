import type { Knex } from 'knex';

/**
 * How many tool calls a chat completion's answer made (null for tasks and for answers recorded
 * before this column). The calls themselves go to the client; the history keeps the count, so
 * agent traffic can be told from plain chat. Added on the partitioned parent: every partition,
 * existing and future, gets it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE ai_requests ADD COLUMN tool_call_count integer');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE ai_requests DROP COLUMN tool_call_count');
}
