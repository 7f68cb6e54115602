/**
 * Measures what GET /history and GET /ai/task/:id run, through the same code (HistoryQuery,
 * HistoryStore), and captures each statement as sent to EXPLAIN (ANALYZE, BUFFERS) it.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { HistoryQuery } from '../../api/history-query';
import { encodeCursor, historyQuerySchema } from '../../api/history-schemas';
import type { Db } from '../../shared/db';
import { HistoryStore } from '../../shared/history-store';
import type { TaskOutcome } from '../../shared/task-schemas';
import { CALLERS, callerSql } from './generate';

export interface Measured {
  name: string;
  /** The first run, then the median and p95 of the repeats, in ms. */
  firstMs: number;
  medianMs: number;
  p95Ms: number;
  rows: number;
  plan: string;
}

interface Captured {
  sql: string;
  bindings: unknown[];
}

const REPEATS = 30;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

/** Every statement Knex sends, with `$n` placeholders, so EXPLAIN runs exactly it. */
function captureQueries(db: Db): () => Captured[] {
  let seen: Captured[] = [];
  db.on('query', (q: { sql: string; bindings?: unknown[] }) => {
    seen.push({ sql: q.sql, bindings: q.bindings ?? [] });
  });
  return () => {
    const out = seen;
    seen = [];
    return out;
  };
}

async function explain(client: Client, q: Captured, inTransaction = false): Promise<string> {
  if (inTransaction) await client.query('BEGIN');
  try {
    const res = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.bindings);
    return (res.rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    if (inTransaction) await client.query('ROLLBACK');
  }
}

interface TimeOptions {
  /** A write: EXPLAIN ANALYZE runs inside a transaction that is rolled back. */
  writes?: boolean;
  /** Runs before the EXPLAIN (e.g. removes the row the timed runs wrote, so the plan shows a fresh insert). */
  beforeExplain?: () => Promise<void>;
  noPlan?: boolean;
}

async function timeIt(name: string, run: () => Promise<number>, taken: () => Captured[], client: Client, options: TimeOptions = {}): Promise<Measured> {
  taken();
  let t = performance.now();
  const rows = await run();
  const firstMs = performance.now() - t;
  const times: number[] = [];
  // A statement that reads the whole table is timed a few times, not thirty.
  const repeats = firstMs > 200 ? 3 : REPEATS;
  for (let i = 0; i < repeats; i += 1) {
    t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  // The last statement of the last run: the one EXPLAIN repeats.
  const statement = taken().at(-1) as Captured;
  await options.beforeExplain?.();
  const plan = options.noPlan ? '' : await explain(client, statement, options.writes);
  return { name, firstMs, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), rows, plan };
}

async function cursorAt(client: Client, daysAgo: number, caller?: string): Promise<string> {
  const res = await client.query(
    `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS ts, task_id::text AS id FROM ai_requests
     WHERE created_at < now() - make_interval(days => $1) ${caller ? 'AND caller = $2' : ''} ORDER BY created_at DESC, task_id DESC LIMIT 1`,
    caller ? [daysAgo, caller] : [daysAgo],
  );
  const row = res.rows[0] as { ts: string; id: string };
  return encodeCursor({ createdAt: row.ts, taskId: row.id });
}

function outcome(createdAt: Date): TaskOutcome {
  const iso = createdAt.toISOString();
  return {
    task_id: randomUUID(),
    status: 'success',
    task: 'summarize',
    provider_requested: 'auto',
    provider_used: 'openai',
    model: 'openai-large',
    result: 'A short answer.',
    confidence: 0.8,
    decision: null,
    latency_ms: 120,
    queue_wait_ms: 3,
    attempts: [{ provider: 'openai', outcome: 'success', latency_ms: 118 }],
    usage: { input_tokens: 300, output_tokens: 80 },
    error: null,
    caller: 'bench-writer',
    idempotency_key: null,
    created_at: iso,
    started_at: iso,
    finished_at: iso,
  };
}

export async function measureHistory(db: Db, client: Client): Promise<Measured[]> {
  const taken = captureQueries(db);
  const query = new HistoryQuery(db);
  const store = new HistoryStore(db);
  const callerOf = async (n: number) => ((await client.query(`SELECT ${callerSql(String(n))} AS c`)).rows[0] as { c: string }).c;
  const big = await callerOf(0);
  const small = await callerOf(CALLERS - 1);
  const pageOf = (caller: string | undefined, raw: Record<string, string>) => async () =>
    (await query.page(caller, historyQuerySchema.parse({ limit: '50', ...raw }))).rows.length;
  const deep = await cursorAt(client, 180);
  const deepBig = await cursorAt(client, 180, big);
  const deepSmall = await cursorAt(client, 180, small);
  const weekAgo = new Date(Date.now() - 7 * 86_400_000).toISOString();
  const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();

  const pages: [string, string | undefined, Record<string, string>][] = [
    ['admin: first page', undefined, {}],
    ['admin: page 6 months deep (cursor)', undefined, { cursor: deep }],
    ['admin: status=error', undefined, { status: 'error' }],
    ['admin: status=error, 6 months deep', undefined, { status: 'error', cursor: deep }],
    ['admin: status=running (0.1% of rows)', undefined, { status: 'running' }],
    ['admin: provider=nvidia (1.5%)', undefined, { provider: 'nvidia' }],
    ['admin: task=document_review (2%)', undefined, { task: 'document_review' }],
    ['admin: task=chat, since 7 days', undefined, { task: 'chat', since: weekAgo }],
    ['biggest caller (~17% of rows): first page', big, {}],
    ['biggest caller: 6 months deep', big, { cursor: deepBig }],
    ['biggest caller: status=error, provider=openai', big, { status: 'error', provider: 'openai' }],
    ['smallest caller (~0.2%): first page', small, {}],
    ['smallest caller: 6 months deep', small, { cursor: deepSmall }],
    ['smallest caller: task=invoice_check', small, { task: 'invoice_check' }],
    // Worst cases: a filter no row matches reads every row the other conditions leave (no index on task or provider).
    ['admin: task=no_such_task (no row matches)', undefined, { task: 'no_such_task' }],
    ['admin: task=no_such_task, since 30 days', undefined, { task: 'no_such_task', since: monthAgo }],
    ['admin: provider=no_such_provider (no row matches)', undefined, { provider: 'no_such_provider' }],
    ['biggest caller: provider=no_such_provider (no row matches)', big, { provider: 'no_such_provider' }],
  ];
  const results: Measured[] = [];
  for (const [name, caller, raw] of pages) results.push(await timeIt(`GET /history, ${name}`, pageOf(caller, raw), taken, client));

  const old = ((await client.query(`SELECT task_id::text AS id FROM ai_requests WHERE created_at < now() - interval '200 days' LIMIT 1`)).rows[0] as { id: string }).id;
  const recent = ((await client.query(`SELECT task_id::text AS id FROM ai_requests ORDER BY created_at DESC LIMIT 1`)).rows[0] as { id: string }).id;
  const find = (id: string) => async () => ((await store.findById(id)) ? 1 : 0);
  results.push(await timeIt('GET /ai/task/:id, a task 200+ days old', find(old), taken, client));
  results.push(await timeIt('GET /ai/task/:id, the newest task', find(recent), taken, client));
  results.push(await timeIt('GET /ai/task/:id, an unknown id', find(randomUUID()), taken, client));

  // Writes, as the worker makes them: a new outcome, the same outcome again (a job that ran twice), a group-committed batch.
  let last = outcome(new Date());
  const saveNew = async () => {
    last = outcome(new Date());
    await store.saveOutcome(last);
    return 1;
  };
  const forgetLast = async () => {
    await client.query('DELETE FROM ai_requests WHERE task_id = $1', [last.task_id]);
  };
  results.push(await timeIt('upsert: one new outcome', saveNew, taken, client, { writes: true, beforeExplain: forgetLast }));
  const again = outcome(new Date());
  await store.saveOutcome(again);
  results.push(await timeIt('upsert: the same outcome again (conflict)', async () => (await store.saveOutcome(again), 1), taken, client, { writes: true }));
  const batch = async () => {
    const items = Array.from({ length: 200 }, () => outcome(new Date()));
    await Promise.all(items.map((o) => store.saveOutcome(o)));
    return items.length;
  };
  results.push(await timeIt('upsert: 200 outcomes at once (group commit: 1 + 199)', batch, taken, client, { noPlan: true }));
  return results;
}
