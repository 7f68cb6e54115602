/** The BullMQ worker around the processor, and its graceful shutdown. */
import { Worker, type ConnectionOptions, type Job } from 'bullmq';
import { createRedis } from '../shared/redis';
import { JOB_NAME } from '../shared/queue';
import type { JobData, TaskOutcome } from '../shared/task-schemas';
import type { CircuitBreaker } from '../shared/breaker/types';
import { createProcessor, type ProcessorDeps } from './processor';

export interface TaskWorkerOptions {
  redisUrl: string;
  queueName: string;
  prefix: string;
  concurrency: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** Runs after the worker has closed (other connections the runtime opened for it). */
  onClosed?: () => Promise<void> | void;
}

export interface TaskWorker {
  worker: Worker<JobData, TaskOutcome, typeof JOB_NAME>;
  /** The breaker the worker's chain uses (its state and fallback flag are read for metrics). */
  breaker: CircuitBreaker;
  /** Stops taking jobs, lets active ones finish for up to `timeoutMs`, then closes regardless. */
  shutdown(timeoutMs: number): Promise<void>;
}

export function createTaskWorker(options: TaskWorkerOptions, deps: ProcessorDeps): TaskWorker {
  const log = deps.logger;
  const connection = createRedis(options.redisUrl, 'blocking', `aigw-worker:${options.queueName}`);
  const run = createProcessor(deps);
  // The jobs this worker holds right now, with their lock tokens, so a late shutdown can hand them back.
  const inFlight = new Map<string, { job: Job<JobData, TaskOutcome>; token: string }>();
  const processor = async (job: Job<JobData, TaskOutcome>, token?: string): Promise<TaskOutcome> => {
    if (job.id !== undefined && token !== undefined) inFlight.set(job.id, { job, token });
    try {
      return await run(job, token);
    } finally {
      if (job.id !== undefined) inFlight.delete(job.id);
    }
  };
  const worker = new Worker<JobData, TaskOutcome, typeof JOB_NAME>(options.queueName, processor, {
    connection: connection as ConnectionOptions,
    prefix: options.prefix,
    concurrency: options.concurrency,
    // Takeover of a dead worker's job within lockDuration + stalledInterval (docs/reliability.md);
    // the lock is renewed every lockDuration / 2, BullMQ's default.
    lockDuration: options.lockDurationMs,
    stalledInterval: options.stalledIntervalMs,
    // A job whose worker died is handed on this many times before it is failed.
    maxStalledCount: 2,
  });
  worker.on('error', (err) => log.error('worker error', { error: err }));
  worker.on('stalled', (jobId) => {
    deps.metrics?.stalledTakeovers.inc();
    log.warn('took over a stalled job: its worker died or stopped renewing its lock; it runs again', { task_id: jobId });
  });
  worker.on('failed', (job, err) => {
    if (job) log.warn('job attempt failed', { task_id: job.id, attempt: job.attemptsMade, error: err });
  });

  const handBack = async () => {
    const held = [...inFlight.values()];
    inFlight.clear();
    await Promise.all(
      held.map(async ({ job, token }) => {
        try {
          await job.moveToWait(token);
          deps.metrics?.jobsHandedBack.inc();
          log.info('handed an unfinished job back to the queue', { task_id: job.id });
        } catch (err) {
          // Redis away or the lock already gone: the stalled-job check takes it over instead.
          log.warn('could not hand a job back; its lock will lapse', { task_id: job.id, error: err });
        }
      }),
    );
  };

  let closing: Promise<void> | undefined;
  const shutdown = (timeoutMs: number) => {
    closing ??= (async () => {
      log.info('worker draining', { timeout_ms: timeoutMs });
      let timer: NodeJS.Timeout | undefined;
      // pause() stops fetching new jobs and resolves once the active ones have finished.
      const drained = worker.pause().then(() => 'drained' as const);
      const deadline = new Promise<'deadline'>((resolve) => {
        timer = setTimeout(() => resolve('deadline'), timeoutMs);
      });
      const how = await Promise.race([drained, deadline]);
      clearTimeout(timer);
      // Past the deadline, hand the unfinished jobs back (to wait, lock released) so another worker
      // starts them at once, instead of leaving locks that only lapse after JOB_LOCK_MS.
      if (how === 'deadline') {
        log.warn('drain deadline passed; handing unfinished jobs back', { active: inFlight.size });
        await handBack();
      }
      await worker.close(how === 'deadline');
      await connection.quit().catch(() => connection.disconnect());
      await options.onClosed?.();
      log.info('worker closed', { how });
    })();
    return closing;
  };
  return { worker, breaker: deps.breaker, shutdown };
}
