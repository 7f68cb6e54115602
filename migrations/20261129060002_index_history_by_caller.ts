import type { Knex } from 'knex';

/** GET /history reads one caller's rows newest first; without this it scans every caller's rows. */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX ai_requests_caller_created_at_idx ON ai_requests (caller, created_at DESC, task_id DESC)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX ai_requests_caller_created_at_idx');
}
