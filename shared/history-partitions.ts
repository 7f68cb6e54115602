/**
 * The history table (`ai_requests`) is range-partitioned by month on `created_at` (UTC months), with
 * a default partition so an insert never fails for want of a partition. Month partitions are named
 * `ai_requests_pYYYY_MM`; that name is how maintenance finds a partition's range.
 *
 * Everything here is plain SQL through a `RunSql` function, so the same code serves the migration
 * (a Knex transaction) and maintenance (a pg session holding an advisory lock). Values are built in
 * code from numbers, never from input, so the statements carry no parameters (which also lets one
 * call send several statements as one implicit transaction).
 */
import type { RunSql } from './run-sql';

export const HISTORY_TABLE = 'ai_requests';
export const DEFAULT_PARTITION = 'ai_requests_default';
/** Partitions are created this many months ahead of the current one. */
export const MONTHS_AHEAD = 2;

const MONTH_PARTITION = /^ai_requests_p(\d{4})_(\d{2})$/;

/** A UTC calendar month; `month` is 1 to 12. */
export interface Month {
  year: number;
  month: number;
}

export function monthOf(date: Date): Month {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

export function addMonths(m: Month, n: number): Month {
  const index = m.year * 12 + (m.month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthStart(m: Month): Date {
  return new Date(Date.UTC(m.year, m.month - 1, 1));
}

export function partitionName(m: Month): string {
  return `${HISTORY_TABLE}_p${m.year}_${String(m.month).padStart(2, '0')}`;
}

export function parsePartitionName(name: string): Month | undefined {
  const match = MONTH_PARTITION.exec(name);
  if (!match) return undefined;
  const month = { year: Number(match[1]), month: Number(match[2]) };
  return month.month >= 1 && month.month <= 12 ? month : undefined;
}

const key = (m: Month) => m.year * 12 + m.month;
const literal = (d: Date) => `'${d.toISOString()}'::timestamptz`;

/** The months that have a partition of their own, oldest first. */
export async function listMonthPartitions(sql: RunSql): Promise<Month[]> {
  const { rows } = await sql(
    `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = '${HISTORY_TABLE}'::regclass`,
  );
  return rows
    .map((r) => parsePartitionName(String(r.name)))
    .filter((m): m is Month => m !== undefined)
    .sort((a, b) => key(a) - key(b));
}

/** Months with rows in the default partition (written while their partition did not exist). */
async function monthsInDefault(sql: RunSql): Promise<Month[]> {
  const { rows } = await sql(
    `SELECT DISTINCT extract(year FROM created_at AT TIME ZONE 'UTC')::int AS year, extract(month FROM created_at AT TIME ZONE 'UTC')::int AS month FROM ${DEFAULT_PARTITION}`,
  );
  return rows.map((r) => ({ year: Number(r.year), month: Number(r.month) }));
}

/**
 * Creates one month's partition. Rows of that month already in the default partition are moved
 * into it in the same transaction (Postgres refuses a new partition while the default holds rows
 * that belong to it).
 */
export async function createMonthPartition(sql: RunSql, m: Month): Promise<void> {
  const name = partitionName(m);
  const from = literal(monthStart(m));
  const to = literal(monthStart(addMonths(m, 1)));
  const range = `created_at >= ${from} AND created_at < ${to}`;
  const { rows } = await sql(`SELECT EXISTS (SELECT 1 FROM ${DEFAULT_PARTITION} WHERE ${range}) AS stranded`);
  const create = `CREATE TABLE IF NOT EXISTS ${name} PARTITION OF ${HISTORY_TABLE} FOR VALUES FROM (${from}) TO (${to})`;
  if (rows[0]?.stranded !== true) {
    await sql(create);
    return;
  }
  await sql(
    [
      `CREATE TEMP TABLE ai_requests_moving (LIKE ${HISTORY_TABLE})`,
      `WITH moved AS (DELETE FROM ${DEFAULT_PARTITION} WHERE ${range} RETURNING *) INSERT INTO ai_requests_moving SELECT * FROM moved`,
      create,
      `INSERT INTO ${HISTORY_TABLE} SELECT * FROM ai_requests_moving`,
      `DROP TABLE ai_requests_moving`,
    ].join(';\n'),
  );
}

export interface EnsureOptions {
  now: Date;
  monthsAhead?: number;
  /** Rows older than this are due for deletion (retention): their months get no partition. */
  keepFrom?: Date;
}

/**
 * Creates the partitions for the current month and the next `monthsAhead`, and for every month
 * that has rows stranded in the default partition. Idempotent; run it under the maintenance lock so
 * two processes do not race (the loser of a race would fail, never corrupt). Answers the created names.
 */
export async function ensureHistoryPartitions(sql: RunSql, options: EnsureOptions): Promise<string[]> {
  const current = monthOf(options.now);
  const wanted = new Map<number, Month>();
  for (let i = 0; i <= (options.monthsAhead ?? MONTHS_AHEAD); i += 1) {
    const m = addMonths(current, i);
    wanted.set(key(m), m);
  }
  for (const m of await monthsInDefault(sql)) {
    const expired = options.keepFrom !== undefined && monthStart(addMonths(m, 1)) <= options.keepFrom;
    if (!expired) wanted.set(key(m), m);
  }
  const existing = new Set((await listMonthPartitions(sql)).map(key));
  const created: string[] = [];
  for (const m of [...wanted.values()].sort((a, b) => key(a) - key(b))) {
    if (existing.has(key(m))) continue;
    await createMonthPartition(sql, m);
    created.push(partitionName(m));
  }
  return created;
}
