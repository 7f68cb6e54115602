/** Helpers for the history-at-volume tests: a migrated database of one's own, a pg session, rows written the worker's way. */
import { Client } from 'pg';
import type { Db } from '../../shared/db';
import { HistoryStore } from '../../shared/history-store';
import { createRootLogger } from '../../shared/logger';
import { pgRunSql, type RunSql } from '../../shared/run-sql';
import { prepareDatabase } from '../../shared/startup';
import type { TaskOutcome } from '../../shared/task-schemas';
import { freshDatabase } from '../helpers/env';
import { hookMade } from '../helpers/hook-made';
import { successOutcome } from '../helpers/outcome';

export interface HistoryDb {
  url: string;
  db: Db;
  client: Client;
  sql: RunSql;
  close(): Promise<void>;
}

/** A fresh database migrated the way every entry point does it (prepareDatabase). */
export async function migratedDatabase(): Promise<HistoryDb> {
  const database = freshDatabase();
  const db = await prepareDatabase(database.url, createRootLogger({ level: 'error', silent: true }), 3);
  const client = new Client({ connectionString: database.url });
  client.on('error', () => undefined);
  await client.connect();
  return {
    url: database.url,
    db,
    client,
    sql: pgRunSql(client),
    async close() {
      await client.end().catch(() => undefined);
      await db.destroy();
      await database.drop();
    },
  };
}

/** A migrated database and its HistoryStore, fresh for each test of the describe block that calls this. */
export function historyPerTest(): { readonly h: HistoryDb; readonly store: HistoryStore } {
  let h: HistoryDb | undefined;
  let store: HistoryStore | undefined;
  beforeEach(async () => {
    h = await migratedDatabase();
    store = new HistoryStore(h.db);
  });
  afterEach(async () => {
    await h?.close();
  });
  return {
    get h() {
      return hookMade(h, 'the history database');
    },
    get store() {
      return hookMade(store, 'the history store');
    },
  };
}

/** A finished task's outcome, enqueued at `createdAt`. */
export function outcomeAt(createdAt: Date, overrides: Partial<TaskOutcome> = {}): TaskOutcome {
  return successOutcome(createdAt, {
    provider_used: 'local',
    model: 'm',
    confidence: 0.5,
    latency_ms: 5,
    attempts: [{ provider: 'local', outcome: 'success', latency_ms: 4 }],
    caller: 'tester',
    ...overrides,
  });
}

/** Which table holds each row (the partition), by task id. */
export async function partitionsOf(sql: RunSql): Promise<Map<string, string>> {
  const { rows } = await sql('SELECT task_id::text AS id, tableoid::regclass::text AS part FROM ai_requests');
  return new Map(rows.map((r) => [String(r.id), String(r.part)]));
}

export async function partitionNames(sql: RunSql): Promise<string[]> {
  const { rows } = await sql(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'ai_requests'::regclass ORDER BY 1`,
  );
  return rows.map((r) => String(r.name));
}
