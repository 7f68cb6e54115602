/** One gateway under test: an API process and N worker processes against a fresh database and queue. */
import { createServer } from 'node:net';
import { Client } from 'pg';
import { httpOk, startNode, stopAll, usageOf, waitFor, type BenchProcess, type ProcessUsage } from './processes';

export interface StackOptions {
  workers: number;
  mockUrl: string;
  env: Record<string, string>;
  redisUrl: string;
  postgresUrl: string;
  /** Extra node flags for the API and workers (e.g. --cpu-prof). */
  nodeArgs?: string[];
}

export interface Stack {
  apiUrl: string;
  databaseUrl: string;
  processes: BenchProcess[];
  countRows(status?: string): Promise<number>;
  usage(): ProcessUsage[];
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const suffix = `${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  const db = new URL(options.postgresUrl);
  db.pathname = `/aigw_bench_${suffix}`;
  const port = await freePort();
  const env: Record<string, string> = {
    REDIS_URL: options.redisUrl,
    DATABASE_URL: db.toString(),
    QUEUE_NAME: `bench_${suffix}`,
    LOG_LEVEL: 'warn',
    LOCAL_PROVIDER: 'false',
    WORKER_METRICS_PORT: '0',
    RATE_LIMIT_TASKS_PER_MINUTE: '100000000',
    ...options.env,
  };
  // Migrate once, before the processes race each other to do it.
  const migrate = startNode('migrate', 'scripts/migrate.js', env);
  await new Promise((r) => migrate.child.once('exit', r));
  const api = startNode('api', 'api/main.js', { ...env, PORT: String(port), HOST: '127.0.0.1' }, [], options.nodeArgs);
  const workers = Array.from({ length: options.workers }, (_, i) => startNode(`worker-${i + 1}`, 'worker/main.js', env, [], options.nodeArgs));
  const apiUrl = `http://127.0.0.1:${port}`;
  await waitFor(() => httpOk(`${apiUrl}/ready`), `the API at ${apiUrl}: ${api.output()}`);
  await new Promise((r) => setTimeout(r, 500)); // let workers connect
  const processes = [api, ...workers];
  return {
    apiUrl,
    databaseUrl: db.toString(),
    processes,
    countRows: (status) =>
      withClient(db.toString(), async (c) => {
        const res = status
          ? await c.query('SELECT count(*)::int AS n FROM ai_requests WHERE status = $1', [status])
          : await c.query('SELECT count(*)::int AS n FROM ai_requests');
        return res.rows[0].n as number;
      }),
    usage: () => processes.map(usageOf),
    async stop() {
      await stopAll(processes);
      await withClient(options.postgresUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${db.pathname.slice(1)}" WITH (FORCE)`));
    },
  };
}
