/**
 * `npm run bench [-- --smoke] [-- --only a,b,c,d,e]`: starts the mock provider, the API and
 * workers as separate processes, drives load from another process, and writes the results.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { httpOk, startNode, stopAll, waitFor } from './processes';
import { markdown } from './report';
import { asyncIntake, failover, overhead, syncThroughput, type BenchContext, type ScenarioResult } from './scenarios';
import { freePort } from './stack';

const ROOT = join(__dirname, '..', '..');

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const smoke = args.includes('--smoke');
  // --profile: the API and workers write V8 CPU profiles (bench/profiles/) for `node dist/bench/top-functions.js`.
  const profileDir = args.includes('--profile') ? join(ROOT, 'bench', 'profiles') : undefined;
  const onlyArg = args[args.indexOf('--only') + 1];
  const only = args.includes('--only') && onlyArg ? onlyArg.split(',') : ['a', 'b', 'c', 'd', 'e'];
  const mockPort = await freePort();
  const mock = startNode('mock', 'tools/mock-provider/main.js', { MOCK_PROVIDER_PORT: String(mockPort), MOCK_PROVIDER_HOST: '127.0.0.1' });
  const ctx: BenchContext = {
    mockUrl: `http://127.0.0.1:${mockPort}`,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    postgresUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    durationSeconds: smoke ? 2 : 10,
    connections: smoke ? 20 : 400,
    // A profiled run measures where time goes, not the figures: one run, and nothing recorded.
    runs: smoke || profileDir ? 1 : 3,
    nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
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
    ];
    for (const [key, run] of plan) {
      if (!only.includes(key)) continue;
      const result = await run();
      process.stderr.write(`finished ${result.name}\n`);
      results.push(result);
    }
  } finally {
    await stopAll([mock]);
  }

  const date = new Date().toISOString();
  const header = `### ${date.slice(0, 16).replace('T', ' ')} UTC, commit ${commit()}${smoke ? ' (smoke)' : ''}, ${ctx.runs} run(s) of ${ctx.durationSeconds} s, ${ctx.connections} connections`;
  const table = markdown(results, header);
  process.stdout.write(`${table}\n`);
  const record = !smoke && !profileDir;
  const dir = record ? join(ROOT, 'bench', 'results') : join(ROOT, 'test-results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${record ? date.slice(0, 19).replace(/:/g, '-') : 'bench-unrecorded'}.json`), JSON.stringify({ date, commit: commit(), ctx, results }, null, 2));
  if (record) appendFileSync(join(ROOT, 'bench', 'README.md'), `\n${table}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
