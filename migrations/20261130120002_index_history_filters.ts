import type { Knex } from 'knex';

/**
 * GET /history filters by task and by provider (answered by or requested from). Measured at 10
 * million rows (docs/performance.md): a filter that matches few or no rows read every row of the
 * table through the created_at index or a sequential scan (1.5 to 2 s, 460,000 buffers). With these
 * indexes the same pages take milliseconds. Requests name a provider rarely (most ask for `auto`),
 * so the provider_requested index leaves `auto` out and stays small.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('CREATE INDEX ai_requests_task_created_at_idx ON ai_requests (task, created_at)');
  await knex.raw('CREATE INDEX ai_requests_provider_used_created_at_idx ON ai_requests (provider_used, created_at)');
  await knex.raw(`CREATE INDEX ai_requests_provider_requested_created_at_idx ON ai_requests (provider_requested, created_at) WHERE provider_requested <> 'auto'`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX ai_requests_task_created_at_idx, ai_requests_provider_used_created_at_idx, ai_requests_provider_requested_created_at_idx');
}
