/**
 * The benchmark removes what it creates (queues, gateway keys, scratch databases), also when it is
 * interrupted, and `--json` writes its figures. No figure is asserted: timings belong to the bench.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countDatabases, countKeys } from '../../bench/leftovers';
import { testRedisUrl } from '../helpers/env';
import { DIST } from '../helpers/processes';

const postgresUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface BenchRun {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  exited: Promise<number | null>;
}

function runBench(args: string[]): BenchRun {
  const child = spawn(process.execPath, [join(DIST, 'bench', 'run.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', REDIS_URL: testRedisUrl(), DATABASE_URL: postgresUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function until<T>(read: () => Promise<T> | T, ok: (v: T) => boolean, what: string, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The run announces its tag first: `bench run <tag>: Redis keys <pattern>, databases <prefix>*`. */
async function scope(run: BenchRun): Promise<{ pattern: string; databases: string }> {
  const line = await until(() => /bench run \S+: Redis keys (\S+), databases (\S+)\*/.exec(run.stderr()), (m) => m !== null, 'the run tag');
  return { pattern: line?.[1] as string, databases: line?.[2] as string };
}

describe('bench hygiene', () => {
  it('Ctrl-C in the middle of a scenario removes its queue, keys and database before exiting', async () => {
    const run = runBench(['--smoke', '--only', 'b']);
    try {
      const { pattern, databases } = await scope(run);
      // Under load: the queue, its jobs and the rate-limit counters exist, and so does the database.
      await until(() => countKeys(testRedisUrl(), pattern), (n) => n > 5, 'the stack to write Redis keys');
      expect(await countDatabases(postgresUrl, databases)).toBe(1);
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(130);
      const left = { keys: await countKeys(testRedisUrl(), pattern), databases: await countDatabases(postgresUrl, databases) };
      // The run's own account of its clean-up, shown only when something was left.
      const stderr = left.keys + left.databases === 0 ? '' : run.stderr();
      expect({ ...left, stderr }).toEqual({ keys: 0, databases: 0, stderr: '' });
    } finally {
      run.child.kill('SIGKILL');
    }
  }, 120_000);

  it('--json=FILE writes the figures and the leftover counts (zero) as JSON, and the table still prints', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bench-json-')), 'figures.json');
    const run = runBench(['--smoke', '--only', 'a', `--json=${file}`]);
    const code = await run.exited;
    expect({ code, stderr: code === 0 ? '' : run.stderr() }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout()).toContain('| a_overhead | added_p50_ms |');
    expect(run.stdout()).toMatch(/Left behind: 0 Redis keys matching \S+ \(0 before the run\), 0 databases/);
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      mode: string;
      scenarios: { name: string; medians: Record<string, number> }[];
      targets: { scenario: string; verdict: string }[];
      leftovers: { redisKeysAfter: number; databasesAfter: number; redisPattern: string };
    };
    expect(report.mode).toBe('smoke');
    expect(report.scenarios.map((s) => s.name)).toEqual(['a_overhead']);
    expect(Object.keys(report.scenarios[0]?.medians ?? {})).toEqual(expect.arrayContaining(['added_p50_ms', 'gateway_p50_ms', 'errors']));
    expect(report.targets.map((t) => t.scenario)).toContain('a_overhead');
    expect(report.leftovers).toMatchObject({ redisKeysAfter: 0, databasesAfter: 0 });
    expect(await countKeys(testRedisUrl(), report.leftovers.redisPattern)).toBe(0);
  }, 120_000);
});
