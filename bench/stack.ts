/** One gateway under test: an API process and N worker processes against a fresh database and queue. */
import { createServer } from 'node:net';
import { Client } from 'pg';
import type { Cleanup } from './cleanup';
import { dropDatabase, removeQueueKeys } from './leftovers';
import { httpOk, startNode, stopAll, usageOf, waitFor, type BenchProcess, type ProcessUsage } from './processes';

export interface StackOptions {
  workers: number;
  mockUrl: string;
  env: Record<string, string>;
  redisUrl: string;
  postgresUrl: string;
  /** Extra node flags for the API and workers (e.g. --cpu-prof). */
  nodeArgs?: string[];
  /** Unique per stack: names its queue (`bench_<id>`) and its database (`aigw_bench_<id>`). */
  id: string;
  queuePrefix: string;
  /** Where the stack registers the removal of its processes, queue, keys and database. */
  cleanup: Cleanup;
}

export interface Stack {
  apiUrl: string;
  databaseUrl: string;
  processes: BenchProcess[];
  /** Rows with this status; without one, finished rows (success or error). */
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
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const db = new URL(options.postgresUrl);
  const dbName = `aigw_bench_${options.id}`;
  db.pathname = `/${dbName}`;
  const queueName = `bench_${options.id}`;
  const port = await freePort();
  const env: Record<string, string> = {
    REDIS_URL: options.redisUrl,
    DATABASE_URL: db.toString(),
    QUEUE_NAME: queueName,
    QUEUE_PREFIX: options.queuePrefix,
    LOG_LEVEL: 'warn',
    LOCAL_PROVIDER: 'false',
    WORKER_METRICS_PORT: '0',
    RATE_LIMIT_TASKS_PER_MINUTE: '100000000',
    ...options.env,
  };
  const processes: BenchProcess[] = [];
  // Registered before anything exists, so a stack that fails half-way up is removed too.
  const stop = options.cleanup.add(`stack ${options.id}`, async () => {
    await stopAll(processes);
    await removeQueueKeys(options.redisUrl, options.queuePrefix, queueName);
    await dropDatabase(options.postgresUrl, dbName);
  });
  try {
    // Migrate once, before the processes race each other to do it.
    const migrate = startNode('migrate', 'scripts/migrate.js', env);
    processes.push(migrate);
    await new Promise((r) => migrate.child.once('exit', r));
    processes.push(startNode('api', 'api/main.js', { ...env, PORT: String(port), HOST: '127.0.0.1' }, [], options.nodeArgs));
    for (let i = 0; i < options.workers; i += 1) processes.push(startNode(`worker-${i + 1}`, 'worker/main.js', env, [], options.nodeArgs));
    const apiUrl = `http://127.0.0.1:${port}`;
    await waitFor(() => httpOk(`${apiUrl}/ready`), `the API at ${apiUrl}: ${processes[1]?.output() ?? ''}`);
    await new Promise((r) => setTimeout(r, 500)); // let workers connect
    const gateway = processes.slice(1);
    return {
      apiUrl,
      databaseUrl: db.toString(),
      processes: gateway,
      countRows: (status) =>
        withClient(db.toString(), async (c) => {
          const res = status
            ? await c.query('SELECT count(*)::int AS n FROM ai_requests WHERE status = $1', [status])
            : // Finished tasks only: intake records each task as queued before its 202.
              await c.query(`SELECT count(*)::int AS n FROM ai_requests WHERE status IN ('success', 'error')`);
          return res.rows[0].n as number;
        }),
      usage: () => gateway.map(usageOf),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
