/** Real worker processes (`node dist/worker/main.js`) working the queue of an in-test API. */
import type { TestGateway } from '../../helpers/gateway';
import { runNode, waitForOutput, type RunningProcess } from '../../helpers/processes';

/** The environment a spawned worker needs to join `gw`: its Redis, queue and database, plus `env`. */
export function workerEnv(gw: TestGateway, env: Record<string, string>): Record<string, string> {
  return {
    REDIS_URL: gw.config.REDIS_URL,
    DATABASE_URL: gw.config.DATABASE_URL,
    QUEUE_NAME: gw.config.QUEUE_NAME,
    LOG_LEVEL: 'info',
    // Several workers on one machine: each takes a free port for its /metrics.
    WORKER_METRICS_PORT: '0',
    ...env,
  };
}

export async function startWorker(gw: TestGateway, env: Record<string, string>): Promise<RunningProcess> {
  const proc = runNode('worker/main.js', workerEnv(gw, env));
  await waitForOutput(proc, /worker started/, 30_000);
  return proc;
}

export async function stopWorker(proc: RunningProcess): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGKILL');
  await proc.exited;
}

/** The task ids a worker's log says it finished. */
export function finishedBy(proc: RunningProcess): string[] {
  return proc
    .output()
    .split('\n')
    .filter((line) => line.includes('"task finished"'))
    .map((line) => (JSON.parse(line) as { task_id?: string }).task_id ?? '');
}
