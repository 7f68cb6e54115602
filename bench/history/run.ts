/**
 * `npm run bench:history [-- --rows 10000000] [-- --days 365] [-- --json=FILE] [-- --compare-unpartitioned] [-- --conversion]`: the history at
 * volume. Creates a scratch database, migrates it as the gateway does, fills it with generated
 * rows (bench/history/generate.ts), measures GET /history pages, task lookups and the worker's
 * upserts with their EXPLAIN (ANALYZE, BUFFERS) plans, prints a markdown report, and drops the
 * database (also on failure and Ctrl-C).
 */
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { Client } from 'pg';
import { createDb, ensureDatabase, type Db } from '../../shared/db';
import { createRootLogger } from '../../shared/logger';
import { prepareDatabase } from '../../shared/startup';
import { Cleanup } from '../cleanup';
import { countDatabases, dropDatabase } from '../leftovers';
import { generateHistory, type GenerateResult } from './generate';
import { compareWithPlain, createPlainCopy, type Comparison } from './compare';
import { measureConversion } from './conversion';
import { measureHistory, type Measured } from './measure';

function numberArg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} wants a positive number`);
  return value;
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

async function describeServer(client: Client): Promise<string> {
  const q = async (sql: string) => String(((await client.query(sql)).rows[0] as Record<string, unknown>).v);
  const cpu = cpus();
  return [
    `- machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, shared with other work`,
    `- ${await q('SELECT version() AS v')}`,
    `- shared_buffers ${await q("SELECT current_setting('shared_buffers') AS v")}, work_mem ${await q("SELECT current_setting('work_mem') AS v")}, effective_cache_size ${await q("SELECT current_setting('effective_cache_size') AS v")}, random_page_cost ${await q("SELECT current_setting('random_page_cost') AS v")}, jit ${await q("SELECT current_setting('jit') AS v")}`,
  ].join('\n');
}

async function describeTable(client: Client): Promise<string> {
  const res = await client.query(`
    SELECT count(*) FILTER (WHERE c.relname ~ '_p\\d{4}_\\d{2}$') AS months,
           pg_size_pretty(sum(pg_table_size(c.oid))) AS heap, pg_size_pretty(sum(pg_indexes_size(c.oid))) AS indexes
    FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'ai_requests'::regclass`);
  const r = res.rows[0] as { months: string; heap: string; indexes: string };
  const idx = await client.query(`
    SELECT pi.relname AS name, pg_size_pretty(sum(pg_relation_size(ci.oid))) AS size
    FROM pg_class pi JOIN pg_inherits inh ON inh.inhparent = pi.oid JOIN pg_class ci ON ci.oid = inh.inhrelid
    WHERE pi.relkind = 'I' AND pi.relname LIKE 'ai_requests%' GROUP BY pi.relname ORDER BY 1`);
  const sizes = (idx.rows as { name: string; size: string }[]).map((x) => `${x.name} ${x.size}`).join(', ');
  return `- ${r.months} month partitions + default; table ${r.heap}, indexes ${r.indexes} (${sizes})`;
}

function comparisonTable(rows: Comparison[]): string[] {
  return [
    '| statement | plain table ms (median) | partitioned ms (median) | plain: in Postgres | partitioned: in Postgres |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((c) => `| ${c.what} | ${ms(c.plainMs)} | ${ms(c.partitionedMs)} | ${c.plainServer} | ${c.partitionedServer} |`),
    '',
  ];
}

function report(rows: number, gen: GenerateResult, server: string, table: string, measured: Measured[], comparison: Comparison[]): string {
  const lines = [
    `## History at ${rows.toLocaleString('en-US')} rows (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    server,
    `- generated in ${gen.loadSeconds.toFixed(0)} s (2 connections), primary key and indexes built in ${gen.indexSeconds.toFixed(0)} s, VACUUM (ANALYZE) ${gen.vacuumSeconds.toFixed(0)} s`,
    table,
    '',
    '| what | rows | first run ms | median ms | p95 ms |',
    '| --- | --- | --- | --- | --- |',
    ...measured.map((m) => `| ${m.name} | ${m.rows} | ${ms(m.firstMs)} | ${ms(m.medianMs)} | ${ms(m.p95Ms)} |`),
    '',
    ...(comparison.length ? comparisonTable(comparison) : []),
  ];
  for (const m of measured.filter((x) => x.plan)) lines.push(`### ${m.name}`, '', '```text', m.plan, '```', '');
  return lines.join('\n');
}

async function measureAll(db: Db, clients: Client[], rows: number, days: number, options: { compare: boolean; jsonFile?: string }, progress: (line: string) => void): Promise<void> {
  const main = clients[0] as Client;
  const gen = await generateHistory(clients, rows, days, new Date(), progress);
  const server = await describeServer(main);
  const table = await describeTable(main);
  progress('measuring');
  const measured = await measureHistory(db, main);
  let comparison: Comparison[] = [];
  if (options.compare) {
    progress('copying into a plain table to compare');
    await createPlainCopy(main);
    comparison = await compareWithPlain(main);
  }
  process.stdout.write(`${report(rows, gen, server, table, measured, comparison)}\n`);
  if (options.jsonFile) writeFileSync(options.jsonFile, `${JSON.stringify({ rows, generation: gen, server, table, measured, comparison }, null, 2)}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const rows = Math.floor(numberArg(args, '--rows', 10_000_000));
  const days = numberArg(args, '--days', 365);
  const jsonFile = args.find((a) => a.startsWith('--json='))?.slice('--json='.length);
  const compare = args.includes('--compare-unpartitioned');
  const conversion = args.includes('--conversion');
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `aigw_histbench_${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const progress = (line: string) => process.stderr.write(`${line}\n`);

  const cleanup = new Cleanup();
  cleanup.exitOnSignals();
  cleanup.add(`database ${name}`, () => dropDatabase(adminUrl, name));
  progress(`scratch database ${name}`);
  try {
    let db: Db;
    if (conversion) {
      await ensureDatabase(url.toString());
      db = createDb(url.toString(), 4);
    } else {
      db = await prepareDatabase(url.toString(), createRootLogger({ level: 'error', silent: true }), 4);
    }
    cleanup.add('knex pool', () => db.destroy());
    const clients = [new Client({ connectionString: url.toString() }), new Client({ connectionString: url.toString() })];
    for (const c of clients) {
      c.on('error', () => undefined);
      await c.connect();
      cleanup.add('pg connection', () => c.end());
    }
    const main = clients[0] as Client;
    if (conversion) {
      const result = await measureConversion(db, clients, rows, days, progress);
      process.stdout.write(
        `## Partitioning an existing history of ${rows.toLocaleString('en-US')} rows\n\n${await describeServer(main)}\n` +
          `- migrations ${result.applied.join(', ')}: ${result.migrateSeconds.toFixed(0)} s, ${result.rowsAfter.toLocaleString('en-US')} rows after\n`,
      );
    } else {
      await measureAll(db, clients, rows, days, { compare, jsonFile }, progress);
    }
  } finally {
    await cleanup.runAll();
  }
  const left = await countDatabases(adminUrl, name);
  progress(`left behind: ${left} databases named ${name}`);
  if (left > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`history bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
