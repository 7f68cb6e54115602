import type { Knex } from 'knex';

/**
 * Fair queueing per managed key (docs/fair-queueing.md): a weight for its share of the workers, the
 * most tasks it may have waiting and running, and whether it is limited to the batch lane.
 * NULL limits mean the configured defaults (FAIR_DEFAULT_MAX_QUEUED, FAIR_DEFAULT_MAX_IN_FLIGHT).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('api_keys', (t) => {
    t.double('weight').notNullable().defaultTo(1);
    t.integer('max_queued');
    t.integer('max_in_flight');
    t.boolean('batch_only').notNullable().defaultTo(false);
  });
  await knex.raw(`ALTER TABLE api_keys ADD CONSTRAINT api_keys_weight_check CHECK (weight >= 0.01 AND weight <= 1000)`);
  await knex.raw(`ALTER TABLE api_keys ADD CONSTRAINT api_keys_max_queued_check CHECK (max_queued IS NULL OR max_queued > 0)`);
  await knex.raw(`ALTER TABLE api_keys ADD CONSTRAINT api_keys_max_in_flight_check CHECK (max_in_flight IS NULL OR max_in_flight > 0)`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('api_keys', (t) => {
    t.dropColumn('weight');
    t.dropColumn('max_queued');
    t.dropColumn('max_in_flight');
    t.dropColumn('batch_only');
  });
}
