/**
 * One small interface for running literal SQL, so partition maintenance runs the same code inside a
 * Knex migration transaction and on a pg session that holds an advisory lock.
 */
import type { Knex } from 'knex';
import type { Client, QueryResult } from 'pg';

export interface SqlResult {
  rows: Record<string, unknown>[];
  rowCount: number;
}

/** Runs statements without parameters; several statements in one string run as one implicit transaction. */
export type RunSql = (sql: string) => Promise<SqlResult>;

/** pg answers an array of results when one string held several statements; the last one counts. */
function lastResult(result: QueryResult | QueryResult[]): SqlResult {
  const last = Array.isArray(result) ? result[result.length - 1] : result;
  return { rows: (last?.rows ?? []) as Record<string, unknown>[], rowCount: last?.rowCount ?? 0 };
}

export function pgRunSql(client: Client): RunSql {
  return async (sql) => lastResult((await client.query(sql)) as QueryResult | QueryResult[]);
}

export function knexRunSql(db: Knex): RunSql {
  return async (sql) => lastResult((await db.raw(sql)) as QueryResult | QueryResult[]);
}
