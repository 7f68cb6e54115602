/**
 * Fills the history of a scratch database with generated rows, fast: one INSERT ... SELECT FROM
 * generate_series per month partition, with the indexes dropped during the load and rebuilt after
 * (from their own definitions, so the measured table is exactly what the migrations make).
 *
 * The rows look like a year of gateway traffic: spread evenly over the last `days` days, inserted
 * in time order; 200 callers with a steep skew (the biggest ~17% of rows, the smallest ~0.2%);
 * 95% success, 4.9% error, 0.1% still running; seven tasks and seven providers at uneven shares.
 */
import type { Client } from 'pg';
import { addMonths, createMonthPartition, monthOf, monthStart } from '../../shared/history-partitions';
import { pgRunSql } from '../../shared/run-sql';

export const CALLERS = 200;
/** The caller ids are uuid-shaped, as managed key ids are: md5('caller' || n)::uuid. */
export const callerSql = (n: string) => `md5('caller' || (${n})::text)::uuid::text`;

const COLUMNS =
  'task_id, created_at, started_at, finished_at, task, provider_requested, provider_used, model, status, result, confidence, decision, latency_ms, queue_wait_ms, attempts, input_tokens, output_tokens, caller, error_code, error_message, idempotency_key';

function insertSql(first: number, last: number, startMs: number, stepMs: number): string {
  return `INSERT INTO ai_requests (${COLUMNS})
SELECT gen_random_uuid(), g.t, g.t + make_interval(secs => g.wait / 1000.0),
  CASE WHEN g.status = 'running' THEN NULL ELSE g.t + make_interval(secs => (g.wait + g.lat) / 1000.0) END,
  g.task, CASE WHEN g.r5 < 0.85 THEN 'auto' ELSE g.provider END,
  CASE WHEN g.status = 'success' THEN g.provider END, CASE WHEN g.status = 'success' THEN g.provider || '-large' END,
  g.status,
  CASE WHEN g.status = 'success' THEN 'Answer ' || md5(g.i::text) || ' ' || md5((g.i + 1)::text) || ' ' || md5((g.i + 2)::text) END,
  CASE WHEN g.status = 'success' THEN round((0.5 + g.r4 / 2)::numeric, 2)::float8 END,
  CASE WHEN g.task = 'invoice_check' AND g.status = 'success' THEN '{"decision":"PASS","engine":"rules","reasons":["all required fields are present"]}'::jsonb END,
  g.lat, g.wait,
  jsonb_build_array(jsonb_build_object('provider', g.provider, 'outcome', CASE WHEN g.status = 'error' THEN 'error' ELSE 'success' END, 'latency_ms', g.lat)),
  CASE WHEN g.status = 'success' THEN 200 + (g.r4 * 800)::int END, CASE WHEN g.status = 'success' THEN 50 + (g.r4 * 300)::int END,
  g.caller,
  CASE WHEN g.status = 'error' THEN 'all_providers_failed' END, CASE WHEN g.status = 'error' THEN 'every provider failed' END,
  NULL
FROM (
  SELECT i, t, r4, r5, caller, (20 + r4 * 2000)::int AS lat, (r5 * 40)::int AS wait,
    CASE WHEN r2 < 0.95 THEN 'success' WHEN r2 < 0.999 THEN 'error' ELSE 'running' END AS status,
    CASE WHEN r3 < 0.30 THEN 'chat' WHEN r3 < 0.55 THEN 'summarize' WHEN r3 < 0.70 THEN 'translate' WHEN r3 < 0.82 THEN 'classify'
         WHEN r3 < 0.92 THEN 'extract' WHEN r3 < 0.98 THEN 'invoice_check' ELSE 'document_review' END AS task,
    CASE WHEN r1 < 0.35 THEN 'openai' WHEN r1 < 0.60 THEN 'claude' WHEN r1 < 0.78 THEN 'mistral' WHEN r1 < 0.93 THEN 'gemini'
         WHEN r1 < 0.98 THEN 'huggingface' WHEN r1 < 0.995 THEN 'nvidia' ELSE 'local' END AS provider
  FROM (
    SELECT i, to_timestamp((${startMs}::float8 + i * ${stepMs}::float8) / 1000) AS t,
      random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
      ${callerSql(`floor(${CALLERS} * power(random(), 3))::int`)} AS caller
    FROM generate_series(${first}, ${last}) AS i
  ) x
) g`;
}

interface SavedDefinitions {
  statements: string[];
}

/** Drops the primary key and indexes of the parent table, answering the statements that rebuild them. */
async function dropIndexes(client: Client): Promise<SavedDefinitions> {
  const pk = await client.query(
    `SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'ai_requests'::regclass AND contype IN ('p', 'u')`,
  );
  const idx = await client.query(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = 'ai_requests'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)`,
  );
  const statements: string[] = [];
  for (const r of pk.rows as { conname: string; def: string }[]) {
    statements.push(`ALTER TABLE ai_requests ADD CONSTRAINT ${r.conname} ${r.def}`);
    await client.query(`ALTER TABLE ai_requests DROP CONSTRAINT ${r.conname}`);
  }
  for (const r of idx.rows as { name: string; def: string }[]) {
    // pg_get_indexdef says ON ONLY for a partitioned index; replayed as is it would build no partition's index.
    statements.push(r.def.replace(' ON ONLY ', ' ON '));
    await client.query(`DROP INDEX ${r.name}`);
  }
  return { statements };
}

export interface GenerateResult {
  rows: number;
  loadSeconds: number;
  indexSeconds: number;
  vacuumSeconds: number;
}

/**
 * `clients`: connections to the scratch database; months are loaded on them in parallel.
 * Rows go from `now - days` to `now`.
 */
export async function generateHistory(clients: Client[], rows: number, days: number, now: Date, progress: (line: string) => void): Promise<GenerateResult> {
  const [main] = clients;
  if (!main) throw new Error('no connection');
  const endMs = now.getTime();
  const startMs = endMs - days * 86_400_000;
  const stepMs = (endMs - startMs) / rows;
  const sql = pgRunSql(main);
  const { rows: kind } = await sql(`SELECT relkind FROM pg_class WHERE oid = 'ai_requests'::regclass`);
  // The table as migrated today is partitioned; the conversion measurement fills the table as it was before.
  if (kind[0]?.relkind === 'p') {
    for (let m = monthOf(new Date(startMs)); monthStart(m) < now; m = addMonths(m, 1)) await createMonthPartition(sql, m);
  }

  // A scratch load, not a measured figure: let the index builds sort in memory.
  await main.query("SET maintenance_work_mem = '512MB'");
  const saved = await dropIndexes(main);
  const started = Date.now();
  const chunks: [number, number][] = [];
  for (let m = monthOf(new Date(startMs)); monthStart(m).getTime() < endMs; m = addMonths(m, 1)) {
    const first = Math.max(0, Math.ceil((monthStart(m).getTime() - startMs) / stepMs));
    const last = Math.min(rows - 1, Math.ceil((monthStart(addMonths(m, 1)).getTime() - startMs) / stepMs) - 1);
    if (last >= first) chunks.push([first, last]);
  }
  let done = 0;
  await Promise.all(
    clients.map(async (client) => {
      for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
        await client.query(insertSql(chunk[0], chunk[1], startMs, stepMs));
        done += chunk[1] - chunk[0] + 1;
        progress(`loaded ${done.toLocaleString('en-US')} of ${rows.toLocaleString('en-US')} rows (${Math.round((Date.now() - started) / 1000)} s)`);
      }
    }),
  );
  const loadSeconds = (Date.now() - started) / 1000;

  const indexStarted = Date.now();
  for (const statement of saved.statements) {
    progress(`building: ${statement}`);
    await main.query(statement);
  }
  const indexSeconds = (Date.now() - indexStarted) / 1000;
  const vacuumStarted = Date.now();
  progress('VACUUM (ANALYZE)');
  // What autovacuum would have done by now on a live table: statistics and the visibility map.
  await main.query('VACUUM (ANALYZE) ai_requests');
  await main.query('RESET maintenance_work_mem');
  return { rows, loadSeconds, indexSeconds, vacuumSeconds: (Date.now() - vacuumStarted) / 1000 };
}
