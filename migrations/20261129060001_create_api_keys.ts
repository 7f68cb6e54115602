import type { Knex } from 'knex';

/**
 * Managed API keys. Only the SHA-256 of a key is stored; the key itself is shown once, at creation.
 * A name is unique among active keys, so a revoked key's name can be given to its replacement.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('api_keys', (t) => {
    t.uuid('id').primary();
    t.text('name').notNullable();
    t.text('key_hash').notNullable().unique({ indexName: 'api_keys_key_hash_unique' });
    t.text('key_prefix').notNullable();
    t.specificType('scopes', 'text[]').notNullable();
    t.integer('rate_limit_per_minute');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_used_at', { useTz: true });
    t.timestamp('revoked_at', { useTz: true });
  });
  await knex.raw(`CREATE UNIQUE INDEX api_keys_active_name_unique ON api_keys (name) WHERE revoked_at IS NULL`);
  await knex.raw(
    `ALTER TABLE api_keys ADD CONSTRAINT api_keys_scopes_check CHECK (cardinality(scopes) > 0 AND scopes <@ ARRAY['tasks', 'history', 'admin']::text[])`,
  );
  await knex.raw(`ALTER TABLE api_keys ADD CONSTRAINT api_keys_rate_limit_check CHECK (rate_limit_per_minute IS NULL OR rate_limit_per_minute > 0)`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('api_keys');
}
