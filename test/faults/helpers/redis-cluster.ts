/**
 * A Redis Cluster of the test's own: three masters on spare ports (no replicas), joined with
 * `redis-cli --cluster create`, torn down with their data directory. Never touches the shared 6379.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { sparePort, waitFor } from './wait';

export interface TestRedisCluster {
  /** The seed node's URL (REDIS_URL with REDIS_CLUSTER=true). */
  url: string;
  ports: number[];
  destroy(): Promise<void>;
}

async function answers(port: number, ...command: string[]): Promise<string> {
  const client = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0 });
  try {
    await client.connect();
    return String(await client.call(command[0] as string, ...command.slice(1)));
  } finally {
    client.disconnect();
  }
}

export async function startRedisCluster(masters = 3): Promise<TestRedisCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'aigw-cluster-'));
  const ports: number[] = [];
  const children: ChildProcess[] = [];
  try {
    for (let i = 0; i < masters; i += 1) {
      const port = await sparePort();
      ports.push(port);
      const args = ['--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--save', '', '--appendonly', 'no', '--dir', dir];
      children.push(spawn('redis-server', args, { stdio: 'ignore' }));
    }
    for (const port of ports) await waitFor(`redis-server on ${port}`, async () => (await answers(port, 'PING')) === 'PONG', 10_000, 50);
    execFileSync('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'], { stdio: 'ignore' });
    for (const port of ports) {
      await waitFor(`cluster state ok on ${port}`, async () => (await answers(port, 'CLUSTER', 'INFO')).includes('cluster_state:ok'), 20_000, 100);
    }
  } catch (err) {
    for (const child of children) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    url: `redis://127.0.0.1:${ports[0]}`,
    ports,
    async destroy() {
      await Promise.all(children.map((child) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGKILL'))))));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
