/**
 * (l) What one task asks of Redis and Postgres: commands and statements per task, counted, not timed.
 *
 * Issue 18's targets need far less machine CPU per task than today's (docs/performance.md, "What the
 * two cores can do at all"); the way there is fewer Redis commands and Postgres statements per task.
 * CPU figures move with whatever else the machine runs; these counts do not, so they show a change
 * to the number of round trips even on a busy machine. The stack runs against a private
 * `redis-server` on a free port, so `INFO commandstats` counts this stack alone; Postgres counts come
 * from `pg_stat_database` for the stack's own database. What the idle stack does over the same time
 * (health checks, BullMQ's timers, the readiness probe's queries) is measured first and subtracted.
 */
import { spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { Figures, ScenarioResult } from './scenarios';
import { freePort, startStack, type Stack } from './stack';
import type { Cleanup } from './cleanup';
import { waitFor } from './processes';

export interface RoundTripContext {
  mockUrl: string;
  postgresUrl: string;
  runTag: string;
  queuePrefix: string;
  cleanup: Cleanup;
  /** Tasks per path; fewer in a smoke run. */
  tasks: number;
}

/** One `cmdstat_<name>:calls=N,...` line per command Redis ran since the last reset, inner script calls included. */
export function parseCommandStats(info: string): Map<string, number> {
  const calls = new Map<string, number>();
  for (const line of info.split(/\r?\n/)) {
    const match = /^cmdstat_([^:]+):calls=(\d+)/.exec(line);
    if (match) calls.set(match[1] as string, Number(match[2]));
  }
  return calls;
}

const SCRIPT_COMMANDS = new Set(['evalsha', 'eval', 'evalsha_ro', 'eval_ro', 'fcall', 'fcall_ro']);
// Commands the counting itself sends; never charged to the gateway.
const OWN_COMMANDS = new Set(['info', 'config|resetstat', 'config']);

interface PostgresCounts {
  transactions: number;
  rowsWritten: number;
}

async function postgresCounts(databaseUrl: string): Promise<PostgresCounts> {
  const client = new Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const name = new URL(databaseUrl).pathname.slice(1);
    const res = await client.query('SELECT xact_commit + xact_rollback AS tx, tup_inserted + tup_updated + tup_deleted AS rows FROM pg_stat_database WHERE datname = $1', [name]);
    // The counting connection's own transactions (this one) are subtracted by the caller's idle window.
    return { transactions: Number(res.rows[0]?.tx ?? 0), rowsWritten: Number(res.rows[0]?.rows ?? 0) };
  } finally {
    await client.end();
  }
}

/**
 * A backend reports its statistics when it has been idle a while: at most once a second, and an idle
 * backend with counts pending waits up to 10 s (PostgreSQL 15's PGSTAT_IDLE_INTERVAL). The counts of
 * a window are read once the gateway has been idle longer than that, and each window starts from the
 * previous window's closing read.
 */
const STATS_SETTLE_MS = 11_000;

interface Window {
  redis: Map<string, number>;
  /** With a watcher: what each client sent, by client and command (see watchClients). */
  sent?: Map<string, number>;
  postgres: PostgresCounts;
  seconds: number;
}

/**
 * The commands each client sent (MONITOR shows what clients send; a script's inner commands are left
 * out), by the client's connection name and, for a script, by its keys: which process and which
 * promise each round trip serves. `queueKey` is the queue's key prefix, shortened to `Q:` in the names.
 */
async function watchClients(redisUrl: string, queueKey: string): Promise<{ stop: () => Promise<Map<string, number>> }> {
  const client = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  client.on('error', () => undefined);
  const monitor = await client.monitor();
  monitor.on('error', () => undefined);
  const sent = new Map<string, number>();
  monitor.on('monitor', (_time: string, args: string[], source: string) => {
    if (source === 'lua' || source.startsWith('lua')) return;
    const command = (args[0] ?? '').toLowerCase();
    const short = (key: string | undefined) => (key ?? '').split(queueKey).join('Q:');
    const what = command === 'evalsha' || command === 'eval' ? `${command} ${args[2]} keys ${short(args[3])}` : `${command} ${short(args[1])}`;
    const key = `${source}|${what}`;
    sent.set(key, (sent.get(key) ?? 0) + 1);
  });
  return {
    stop: async () => {
      const names = await clientNames(redisUrl);
      monitor.disconnect();
      client.disconnect();
      const named = new Map<string, number>();
      for (const [key, n] of sent) {
        const [source, what] = key.split('|') as [string, string];
        const name = `${names.get(source) || source} ${what}`;
        named.set(name, (named.get(name) ?? 0) + n);
      }
      return named;
    },
  };
}

/** `addr` → `name` of every connected client (`CLIENT LIST`). */
async function clientNames(redisUrl: string): Promise<Map<string, string>> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  try {
    const list = (await redis.client('LIST')) as string;
    return new Map(list.split('\n').filter(Boolean).map((line) => [/addr=(\S+)/.exec(line)?.[1] ?? '', /name=(\S*)/.exec(line)?.[1] ?? '']));
  } finally {
    redis.disconnect();
  }
}

/** Counts over `work`: Redis's statistics reset before it, Postgres's counted from `before` (the previous window's close) to its own close. */
async function countOver(
  redis: Redis,
  stack: Stack,
  before: PostgresCounts,
  work: () => Promise<void>,
  watch?: () => Promise<{ stop: () => Promise<Map<string, number>> }>,
): Promise<Window & { close: PostgresCounts }> {
  const watcher = await watch?.();
  await redis.config('RESETSTAT');
  const started = Date.now();
  await work();
  await new Promise((r) => setTimeout(r, STATS_SETTLE_MS));
  const seconds = (Date.now() - started) / 1000;
  const stats = parseCommandStats(await redis.info('commandstats'));
  const sent = await watcher?.stop();
  const close = await postgresCounts(stack.databaseUrl);
  return { redis: stats, sent, postgres: { transactions: close.transactions - before.transactions, rowsWritten: close.rowsWritten - before.rowsWritten }, seconds, close };
}

function gatewayCalls(stats: Map<string, number>, pick: (command: string) => boolean = () => true): number {
  let sum = 0;
  for (const [command, calls] of stats) if (!OWN_COMMANDS.has(command) && pick(command)) sum += calls;
  return sum;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Per task over `work`, the idle stack's rate over the same time taken off. */
function perTask(work: Window, idle: Window, tasks: number): Figures {
  const scale = work.seconds / idle.seconds;
  const net = (w: number, i: number) => round(Math.max(0, w - i * scale) / tasks);
  return {
    tasks,
    redis_commands_per_task: net(gatewayCalls(work.redis), gatewayCalls(idle.redis)),
    redis_scripts_per_task: net(gatewayCalls(work.redis, (c) => SCRIPT_COMMANDS.has(c)), gatewayCalls(idle.redis, (c) => SCRIPT_COMMANDS.has(c))),
    postgres_transactions_per_task: net(work.postgres.transactions, idle.postgres.transactions),
    postgres_rows_written_per_task: net(work.postgres.rowsWritten, idle.postgres.rowsWritten),
  };
}

/** The commands that made up most of a window, for the report: `evalsha 3.00, xadd 1.00, …` per task. */
function topCommands(counts: Map<string, number>, tasks: number, count = 12): string {
  return [...counts]
    .filter(([command]) => !OWN_COMMANDS.has(command) && !/ (info|config|monitor|client)( |$)/i.test(command))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([command, calls]) => `${command} ${round(calls / tasks).toFixed(2)}`)
    .join(', ');
}

/** One line per client and command sent at least once per 20 tasks, most first. */
function sentTable(sent: Map<string, number>, tasks: number): string {
  return [...sent]
    .filter(([what, n]) => n / tasks >= 0.05 && !/ (info|config|monitor|client) /i.test(what))
    .sort((a, b) => b[1] - a[1])
    .map(([what, n]) => `  ${(n / tasks).toFixed(2)}  ${what}`)
    .join('\n');
}

async function startPrivateRedis(cleanup: Cleanup): Promise<string> {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  cleanup.add(`private redis-server :${port}`, async () => {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(undefined)));
  });
  const url = `redis://127.0.0.1:${port}`;
  await waitFor(async () => {
    const probe = new Redis(url, { maxRetriesPerRequest: 0, lazyConnect: true, retryStrategy: () => null });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      return (await probe.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      probe.disconnect();
    }
  }, `redis-server on port ${port}`);
  return url;
}

const TEXT = 'The gateway benchmark sends this short text. It has two sentences.';
const PATHS = {
  task: { path: '/ai/task', body: JSON.stringify({ task: 'summarize', text: TEXT, provider: 'auto' }), ok: 200 },
  async: { path: '/ai/task?wait=false', body: JSON.stringify({ task: 'summarize', text: TEXT, provider: 'auto' }), ok: 202 },
  v1: { path: '/v1/chat/completions', body: JSON.stringify({ model: 'auto', messages: [{ role: 'user', content: TEXT }] }), ok: 200 },
} as const;

/**
 * Each path at one connection (a task alone: what it costs with nothing to share a round trip with)
 * and the task API at 32 (what a busy gateway pays: BullMQ's fetch of the next job rides on the
 * previous job's completion, one blocking read of the event stream brings many completions).
 */
const WINDOWS: { name: string; kind: keyof typeof PATHS; connections: number }[] = [
  { name: 'task', kind: 'task', connections: 1 },
  { name: 'async', kind: 'async', connections: 1 },
  { name: 'v1', kind: 'v1', connections: 1 },
  { name: 'task_32', kind: 'task', connections: 32 },
];

/** `count` requests, `connections` at a time. */
async function send(apiUrl: string, kind: keyof typeof PATHS, count: number, connections = 1): Promise<void> {
  const { path, body, ok } = PATHS[kind];
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < count) {
        next += 1;
        const res = await fetch(`${apiUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        await res.arrayBuffer();
        if (res.status !== ok) throw new Error(`${path} answered ${res.status}, expected ${ok}`);
      }
    }),
  );
}

async function drained(stack: Stack, expected: number): Promise<void> {
  await waitFor(async () => (await stack.countRows()) >= expected, `${expected} finished rows`, 120_000);
}

export async function roundTrips(ctx: RoundTripContext): Promise<ScenarioResult[]> {
  const redisUrl = await startPrivateRedis(ctx.cleanup);
  const stack = await startStack({
    workers: 1,
    mockUrl: ctx.mockUrl,
    redisUrl,
    postgresUrl: ctx.postgresUrl,
    env: { OPENAI_API_KEY: 'sk-bench', OPENAI_BASE_URL: `${ctx.mockUrl}/v1`, OPENAI_MODEL: 'mock-ok', PROVIDER_ORDER: 'openai', WORKER_CONCURRENCY: '8' },
    id: `${ctx.runTag}_l_round_trips`,
    queuePrefix: ctx.queuePrefix,
    cleanup: ctx.cleanup,
  });
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  try {
    // Every path once before counting: scripts loaded, pools open, first-use work done.
    for (const kind of Object.keys(PATHS) as (keyof typeof PATHS)[]) await send(stack.apiUrl, kind, 20);
    await drained(stack, 60);
    await new Promise((r) => setTimeout(r, STATS_SETTLE_MS));
    const idle = await countOver(redis, stack, await postgresCounts(stack.databaseUrl), () => new Promise((r) => setTimeout(r, 3_000)));
    let close = idle.close;
    const results: ScenarioResult[] = [];
    let finished = await stack.countRows();
    for (const { name, kind, connections } of WINDOWS) {
      const expected = finished + ctx.tasks;
      const window = await countOver(
        redis,
        stack,
        close,
        async () => {
          await send(stack.apiUrl, kind, ctx.tasks, connections);
          await drained(stack, expected);
        },
        () => watchClients(redisUrl, `${ctx.queuePrefix}:bench_${ctx.runTag}_l_round_trips:`),
      );
      finished = expected;
      close = window.close;
      process.stderr.write(`l_round_trips_${name}, all commands Redis ran, per task: ${topCommands(window.redis, ctx.tasks)}\n`);
      process.stderr.write(`l_round_trips_${name}, sent by each client, per task:\n${sentTable(window.sent ?? new Map(), ctx.tasks)}\n`);
      results.push({ name: `l_round_trips_${name}`, figures: [perTask(window, idle, ctx.tasks)], usage: stack.usage() });
    }
    return results;
  } finally {
    redis.disconnect();
    await stack.stop();
  }
}
