/**
 * `npm run bench [-- --smoke] [-- --only a,b,c,...,l] [-- --json[=FILE]]`: starts the mock provider,
 * the API and workers as separate processes, drives load from another process, and writes the
 * results. Whatever the run creates is removed when it ends, fails or is interrupted (bench/cleanup.ts),
 * and the run checks that nothing of it is left in Redis or Postgres.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cleanup } from './cleanup';
import { jsonReport, type Leftovers } from './json-report';
import { countDatabases, countKeys, globLiteral } from './leftovers';
import { httpOk, liveProcesses, startNode, stopAll, waitFor } from './processes';
import { markdown } from './report';
import { asyncIntake, CHAT_API, cpuPerTaskCost, failover, firstTokenOverhead, overhead, syncThroughput, tracingCost, type BenchContext, type ScenarioResult } from './scenarios';
import { roundTrips } from './round-trips';
import { freePort } from './stack';

const ROOT = join(__dirname, '..', '..');

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return 'unknown';
  }
}

/** `--json` → stdout; `--json=FILE` → that file. */
function jsonDestination(args: string[]): 'stdout' | string | undefined {
  const arg = args.find((a) => a === '--json' || a.startsWith('--json='));
  if (!arg) return undefined;
  return arg === '--json' ? 'stdout' : arg.slice('--json='.length);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const smoke = args.includes('--smoke');
  const json = jsonDestination(args);
  // --profile: the API and workers write V8 CPU profiles (bench/profiles/) for `node dist/bench/top-functions.js`.
  const profileDir = args.includes('--profile') ? join(ROOT, 'bench', 'profiles') : undefined;
  // --heap-profile: every allocation sampled, collected ones included (bench/heap-sampler.ts), for `node dist/bench/top-allocations.js`.
  const heapProfile = args.includes('--heap-profile');
  const onlyArg = args[args.indexOf('--only') + 1];
  const only = args.includes('--only') && onlyArg ? onlyArg.split(',') : ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];

  const cleanup = new Cleanup();
  cleanup.exitOnSignals();
  const runTag = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const queuePrefix = process.env.QUEUE_PREFIX ?? 'aigw';
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const postgresUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const redisPattern = `${globLiteral(`${queuePrefix}:bench_${runTag}_`)}*`;
  const databasePrefix = `aigw_bench_${runTag}_`;
  process.stderr.write(`bench run ${runTag}: Redis keys ${redisPattern}, databases ${databasePrefix}*\n`);
  const redisKeysBefore = await countKeys(redisUrl, redisPattern);

  // Registered first, so it runs last: any child still running (a load generator mid-run) is stopped.
  cleanup.add('child processes', () => stopAll(liveProcesses()));
  const mockPort = await freePort();
  const mock = startNode('mock', 'tools/mock-provider/main.js', { MOCK_PROVIDER_PORT: String(mockPort), MOCK_PROVIDER_HOST: '127.0.0.1' });
  cleanup.add('mock provider', () => stopAll([mock]));
  const ctx: BenchContext = {
    mockUrl: `http://127.0.0.1:${mockPort}`,
    redisUrl,
    postgresUrl,
    durationSeconds: smoke ? 2 : 10,
    connections: smoke ? 20 : 400,
    // A profiled run measures where time goes, not the figures: one run, and nothing recorded.
    runs: smoke || profileDir || heapProfile ? 1 : 3,
    nodeArgs: [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...(heapProfile ? ['--require', join(__dirname, 'heap-sampler.js')] : [])],
    runTag,
    queuePrefix,
    cleanup,
  };
  const results: ScenarioResult[] = [];
  try {
    await waitFor(() => httpOk(`${ctx.mockUrl}/v1/models`), 'the mock provider');
    const plan: [string, () => Promise<ScenarioResult>][] = [
      ['a', () => overhead(ctx)],
      ['b', () => syncThroughput(ctx, 1)],
      ['c', () => asyncIntake(ctx)],
      ['d', () => syncThroughput(ctx, 2, 'd_sync_2w')],
      ['d', () => syncThroughput(ctx, 4, 'd_sync_4w')],
      ['e', () => failover(ctx)],
      ['f', () => tracingCost(ctx)],
      ['g', () => syncThroughput(ctx, 1, 'g_sync_fair_off', { FAIR_QUEUEING: 'false' })],
      ['h', () => cpuPerTaskCost(ctx)],
      ['i', () => overhead(ctx, 'i_v1_overhead', CHAT_API)],
      ['j', () => syncThroughput(ctx, 1, 'j_v1_sync_1w', {}, CHAT_API)],
      ['k', () => firstTokenOverhead(ctx)],
    ];
    for (const [key, run] of plan) {
      if (!only.includes(key)) continue;
      const result = await run();
      process.stderr.write(`finished ${result.name}\n`);
      results.push(result);
    }
    // (l) counts rather than times, one result per path (task, async, /v1).
    if (only.includes('l')) {
      results.push(...(await roundTrips({ mockUrl: ctx.mockUrl, postgresUrl, runTag, queuePrefix, cleanup, tasks: smoke ? 50 : 500 })));
      process.stderr.write('finished l_round_trips\n');
    }
  } finally {
    await cleanup.runAll();
  }

  const leftovers: Leftovers = {
    redisPattern,
    redisKeysBefore,
    redisKeysAfter: await countKeys(redisUrl, redisPattern),
    databasesAfter: await countDatabases(postgresUrl, databasePrefix),
  };
  const date = new Date().toISOString();
  const mode = profileDir || heapProfile ? 'profile' : smoke ? 'smoke' : 'full';
  const header = `### ${date.slice(0, 16).replace('T', ' ')} UTC, commit ${commit()}${smoke ? ' (smoke)' : ''}, ${ctx.runs} run(s) of ${ctx.durationSeconds} s, ${ctx.connections} connections`;
  const table = markdown(results, header);
  const leftText = `Left behind: ${leftovers.redisKeysAfter} Redis keys matching ${redisPattern} (${leftovers.redisKeysBefore} before the run), ${leftovers.databasesAfter} databases named ${databasePrefix}*`;
  const report = jsonReport({ date, commit: commit(), mode, durationSeconds: ctx.durationSeconds, connections: ctx.connections, runs: ctx.runs }, results, leftovers);
  // With --json on stdout, stdout holds the JSON alone; the table goes to stderr.
  (json === 'stdout' ? process.stderr : process.stdout).write(`${table}\n\n${leftText}\n`);
  if (json === 'stdout') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else if (json) writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);

  const record = mode === 'full';
  const dir = record ? join(ROOT, 'bench', 'results') : join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${record ? date.slice(0, 19).replace(/:/g, '-') : 'bench-unrecorded'}.json`), JSON.stringify(report, null, 2));
  if (record) appendFileSync(join(ROOT, 'bench', 'README.md'), `\n${table}\n`);
  if (leftovers.redisKeysAfter > 0 || leftovers.databasesAfter > 0) {
    process.stderr.write(`bench left things behind: ${leftText}\n`);
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
