import type { Knex } from 'knex';

/**
 * Spend control (docs/spend.md): each task's cost in USD (null when a model that consumed tokens
 * has no price) and whether the response cache answered it; budgets and a tokens-per-minute limit
 * on managed keys. Adding nullable columns (and a constant default) rewrites no rows.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE ai_requests ADD COLUMN cost_usd double precision, ADD COLUMN cache_hit boolean NOT NULL DEFAULT false');
  await knex.raw(`
    ALTER TABLE api_keys
      ADD COLUMN budget_usd double precision CHECK (budget_usd > 0),
      ADD COLUMN budget_period text NOT NULL DEFAULT 'month' CHECK (budget_period IN ('day', 'month', 'total')),
      ADD COLUMN tokens_per_minute integer CHECK (tokens_per_minute > 0)`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE api_keys DROP COLUMN budget_usd, DROP COLUMN budget_period, DROP COLUMN tokens_per_minute');
  await knex.raw('ALTER TABLE ai_requests DROP COLUMN cost_usd, DROP COLUMN cache_hit');
}
