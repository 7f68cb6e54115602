/** Postgres through Knex: the connection, database creation and migrations. */
import knex, { type Knex } from 'knex';
import { Client } from 'pg';
import { migrationSource } from '../migrations';

export type Db = Knex;

export function createDb(databaseUrl: string, poolMax = 10): Db {
  return knex({
    client: 'pg',
    connection: { connectionString: databaseUrl, connectionTimeoutMillis: 2_000 },
    pool: { min: 0, max: poolMax, acquireTimeoutMillis: 5_000 },
    acquireConnectionTimeout: 5_000,
    // Knex prints pool errors with console.log; callers already receive them as rejections.
    log: { warn: () => undefined, error: () => undefined, deprecate: () => undefined, debug: () => undefined },
  });
}

/** Creates the database named in the URL when it does not exist, connecting to the `postgres` database to do so. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const dbName = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!dbName) throw new Error('DATABASE_URL names no database');
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (found.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE "${dbName.replace(/"/g, '""')}"`);
      } catch (err) {
        // Another process (a second worker starting at the same moment) created it first: Postgres
        // says so with 42P04, or with 23505 when both passed its own existence check together.
        const code = (err as { code?: string }).code;
        if (code !== '42P04' && code !== '23505') throw err;
      }
    }
  } finally {
    await client.end();
  }
}

/** Any fixed number: every process of every gateway on this database takes the same lock to migrate. */
const MIGRATION_LOCK_ID = 7_212_340_101;

/**
 * Knex's own migration lock is a row in a table it creates on first use, so processes starting
 * together on an empty database race to create that table. A session-level advisory lock held
 * on one pooled connection serialises them: the others wait, then find nothing left to apply.
 */
export async function migrateLatest(db: Db): Promise<string[]> {
  const connection = await db.client.acquireConnection();
  try {
    await db.raw('SELECT pg_advisory_lock(?)', [MIGRATION_LOCK_ID]).connection(connection);
    const [, applied] = (await db.migrate.latest({ migrationSource })) as [number, string[]];
    return applied;
  } finally {
    await db.raw('SELECT pg_advisory_unlock(?)', [MIGRATION_LOCK_ID]).connection(connection).catch(() => undefined);
    await db.client.releaseConnection(connection);
  }
}

export async function dbAnswers(db: Db, timeoutMs = 1_000): Promise<boolean> {
  try {
    await db.raw('SELECT 1').timeout(timeoutMs, { cancel: false });
    return true;
  } catch {
    return false;
  }
}
