/**
 * `--compare-unpartitioned`: the same rows copied into one plain table with the indexes the history
 * had before partitioning (primary key on task_id), and the same statements timed on both, so the
 * cost and gain of partitioning are measured rather than assumed.
 */
import type { Client } from 'pg';
import { addMonths, listMonthPartitions, monthStart } from '../../shared/history-partitions';
import { applyHistoryRetention } from '../../shared/history-retention';
import { pgRunSql } from '../../shared/run-sql';
import { callerSql } from './generate';

export interface Comparison {
  what: string;
  plainMs: number;
  partitionedMs: number;
  /** Planning + execution inside Postgres, from EXPLAIN ANALYZE. */
  plainServer: string;
  partitionedServer: string;
}

const REPEATS = 25;

async function median(client: Client, sql: string, params: unknown[]): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i += 1) {
    const t = performance.now();
    await client.query(sql, params);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(REPEATS / 2)] as number;
}

async function serverTimes(client: Client, sql: string, params: unknown[]): Promise<string> {
  const lines = (await client.query(`EXPLAIN (ANALYZE) ${sql}`, params)).rows.map((r: Record<string, string>) => r['QUERY PLAN'] ?? '');
  const pick = (prefix: string) => lines.find((l) => l.startsWith(prefix))?.replace(/.*: /, '') ?? '?';
  return `plan ${pick('Planning Time')}, run ${pick('Execution Time')}`;
}

export async function createPlainCopy(client: Client): Promise<void> {
  await client.query("SET maintenance_work_mem = '512MB'");
  await client.query('CREATE TABLE ai_requests_plain AS SELECT * FROM ai_requests');
  await client.query('ALTER TABLE ai_requests_plain ADD PRIMARY KEY (task_id)');
  await client.query('CREATE INDEX ON ai_requests_plain (created_at)');
  await client.query('CREATE INDEX ON ai_requests_plain (status, created_at)');
  await client.query('CREATE INDEX ON ai_requests_plain (caller, created_at DESC, task_id DESC)');
  await client.query('VACUUM (ANALYZE) ai_requests_plain');
}

export async function compareWithPlain(client: Client): Promise<Comparison[]> {
  const big = ((await client.query(`SELECT ${callerSql('0')} AS v`)).rows[0] as { v: string }).v;
  const cursor = (
    await client.query(`SELECT created_at, task_id FROM ai_requests WHERE created_at < now() - interval '180 days' ORDER BY created_at DESC, task_id DESC LIMIT 1`)
  ).rows[0] as { created_at: Date; task_id: string };
  const old = ((await client.query(`SELECT task_id FROM ai_requests WHERE created_at < now() - interval '200 days' LIMIT 1`)).rows[0] as { task_id: string }).task_id;
  const reads: [string, string, unknown[]][] = [
    ['admin: first page', 'SELECT * FROM T ORDER BY created_at DESC, task_id DESC LIMIT 51', []],
    ['admin: 6 months deep', 'SELECT * FROM T WHERE (created_at, task_id) < ($1::timestamptz, $2::uuid) ORDER BY created_at DESC, task_id DESC LIMIT 51', [cursor.created_at, cursor.task_id]],
    ['admin: status=error', `SELECT * FROM T WHERE status = 'error' ORDER BY created_at DESC, task_id DESC LIMIT 51`, []],
    ['biggest caller: first page', 'SELECT * FROM T WHERE caller = $1 ORDER BY created_at DESC, task_id DESC LIMIT 51', [big]],
    ['task id lookup', 'SELECT * FROM T WHERE task_id = $1 LIMIT 1', [old]],
  ];
  const out: Comparison[] = [];
  for (const [what, sql, params] of reads) {
    const plain = sql.replace('FROM T', 'FROM ai_requests_plain');
    const parted = sql.replace('FROM T', 'FROM ai_requests');
    out.push({
      what,
      plainMs: await median(client, plain, params),
      partitionedMs: await median(client, parted, params),
      plainServer: await serverTimes(client, plain, params),
      partitionedServer: await serverTimes(client, parted, params),
    });
  }
  const row = (i: number) =>
    `(gen_random_uuid(), now(), now(), now(), 'summarize', 'auto', 'openai', 'openai-large', 'success', 'A short answer.', 0.8, NULL, 100, 2, '[]', 10, 20, ${callerSql(String(i % 200))}, NULL, NULL, NULL)`;
  const upsert = (table: string, key: string, rows: number) =>
    `INSERT INTO ${table} VALUES ${Array.from({ length: rows }, (_, i) => row(i)).join(',')} ON CONFLICT ${key} DO UPDATE SET status = excluded.status`;
  for (const rows of [1, 200]) {
    out.push({
      what: `upsert of ${rows} new row${rows > 1 ? 's' : ''} (one statement)`,
      plainMs: await median(client, upsert('ai_requests_plain', '(task_id)', rows), []),
      partitionedMs: await median(client, upsert('ai_requests', '(task_id, created_at)', rows), []),
      plainServer: '',
      partitionedServer: '',
    });
  }
  out.push(await compareRetention(client));
  return out;
}

/**
 * Last, because it removes rows: retention up to 12 hours into the second month, i.e. the oldest
 * month and half a day more. Plain table: one DELETE. Partitioned: HISTORY_RETENTION_DAYS's code
 * (drop the month, delete the half day in batches).
 */
async function compareRetention(client: Client): Promise<Comparison> {
  const [oldest] = await listMonthPartitions(pgRunSql(client));
  if (!oldest) throw new Error('no month partition');
  const cutoff = new Date(monthStart(addMonths(oldest, 1)).getTime() + 12 * 3_600_000);
  let t = performance.now();
  const plain = await client.query('DELETE FROM ai_requests_plain WHERE created_at < $1', [cutoff]);
  const plainMs = performance.now() - t;
  const days = (Date.now() - cutoff.getTime()) / 86_400_000;
  t = performance.now();
  const result = await applyHistoryRetention(pgRunSql(client), new Date(), days);
  const partitionedMs = performance.now() - t;
  return {
    what: `retention: remove the oldest month and 12 hours more`,
    plainMs,
    partitionedMs,
    plainServer: `DELETE of ${plain.rowCount ?? 0} rows`,
    partitionedServer: `dropped ${result.droppedPartitions.join(', ')} (${result.rowsInDroppedPartitions} rows), deleted ${result.rowsDeleted} rows in batches`,
  };
}
