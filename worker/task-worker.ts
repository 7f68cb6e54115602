/** The BullMQ worker around the processor, and its graceful shutdown. */
import { Worker, type ConnectionOptions, type Telemetry } from 'bullmq';
import { createRedis } from '../shared/redis';
import { JOB_NAME } from '../shared/queue';
import type { JobData, TaskOutcome } from '../shared/task-schemas';
import type { HealthStore } from '../shared/health/types';
import { createProcessor, type ProcessorDeps } from './processor';
import { withFairGate, type FairGateDeps } from './fair-gate';

export interface TaskWorkerOptions {
  redisUrl: string;
  redisCluster?: boolean;
  queueName: string;
  prefix: string;
  concurrency: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  /** Tracing on: each job runs in a consumer span continuing the producer's trace. */
  telemetry?: Telemetry;
  /** Fair queueing's start gate (FAIR_QUEUEING); without it jobs run as they come. */
  fair?: FairGateDeps;
  /** Runs after the worker has closed (other connections the runtime opened for it). */
  onClosed?: () => Promise<void> | void;
}

export interface TaskWorker {
  worker: Worker<JobData, TaskOutcome, typeof JOB_NAME>;
  /** The deployment health the worker's chain uses (its state and fallback flag are read for metrics). */
  health: HealthStore;
  /** Stops taking jobs, lets active ones finish for up to `timeoutMs`, then closes regardless. */
  shutdown(timeoutMs: number): Promise<void>;
}

export function createTaskWorker(options: TaskWorkerOptions, deps: ProcessorDeps): TaskWorker {
  const log = deps.logger;
  const connection = createRedis(options.redisUrl, 'blocking', `aigw-worker:${options.queueName}`, { cluster: options.redisCluster });
  const processor = options.fair ? withFairGate(createProcessor(deps), options.fair) : createProcessor(deps);
  const worker = new Worker<JobData, TaskOutcome, typeof JOB_NAME>(options.queueName, processor, {
    connection: connection as ConnectionOptions,
    prefix: options.prefix,
    concurrency: options.concurrency,
    lockDuration: options.lockDurationMs,
    stalledInterval: options.stalledIntervalMs,
    telemetry: options.telemetry,
    // A job whose worker died is handed on this many times before it is failed.
    maxStalledCount: 2,
  });
  worker.on('error', (err) => log.error('worker error', { error: err }));
  worker.on('failed', (job, err) => {
    if (job) log.warn('job attempt failed', { task_id: job.id, attempt: job.attemptsMade, error: err });
  });

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
      // Past the deadline, close without waiting: the unfinished jobs' locks lapse and another
      // worker's stalled-job check takes them over.
      if (how === 'deadline') log.warn('drain deadline passed; closing with jobs still active');
      await worker.close(how === 'deadline');
      await connection.quit().catch(() => connection.disconnect());
      await options.onClosed?.();
      log.info('worker closed', { how });
    })();
    return closing;
  };
  return { worker, health: deps.health, shutdown };
}
