/**
 * A Redis server of the test's own, on a spare port, as a child process (never the shared one on
 * 6379). Its append-only file is fsynced on every write, so a crash and restart loses nothing
 * that was acknowledged: the production setting this gateway's guarantees assume.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { sparePort, waitFor } from './wait';

export interface TestRedisServer {
  url: string;
  port: number;
  /** Ends the server (SIGKILL by default: a crash, not a clean shutdown). */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port with the same data directory; `empty`: with its data files removed first (a Redis that lost its data). */
  start(options?: { empty?: boolean }): Promise<void>;
  /** A short-lived client for checks and setup. */
  command(...args: (string | number)[]): Promise<unknown>;
  destroy(): Promise<void>;
}

function requireRedisServer(): void {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('redis-server is not on PATH: the Redis fault tests run a Redis server of their own (apt-get install redis-server)');
  }
}

export async function startRedisServer(extraArgs: string[] = []): Promise<TestRedisServer> {
  requireRedisServer();
  const port = await sparePort();
  const dir = mkdtempSync(join(tmpdir(), 'aigw-redis-'));
  let child: ChildProcess | undefined;
  let output = '';

  const start = async (options: { empty?: boolean } = {}) => {
    if (options.empty) for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir, '--daemonize', 'no', ...extraArgs];
    const proc = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    proc.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    proc.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child = proc;
    await waitFor(`redis-server on ${port}`, async () => {
      if (proc.exitCode !== null) throw new Error(`redis-server exited: ${output}`);
      return (await command('PING')) === 'PONG';
    }, 10_000, 50);
  };

  const command = async (...args: (string | number)[]): Promise<unknown> => {
    const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 500 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const [name, ...rest] = args;
      return await client.call(String(name), ...rest.map(String));
    } finally {
      client.disconnect();
    }
  };

  const stop = async (signal: NodeJS.Signals = 'SIGKILL') => {
    const proc = child;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    proc.kill(signal);
    await exited;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    command,
    async destroy() {
      await stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
