/** The BullMQ worker around the processor, and its graceful shutdown. */
import { Worker, type ConnectionOptions, type Job, type Telemetry } from 'bullmq';
import { createRedis, withTimeout } from '../shared/redis';
import { JOB_NAME } from '../shared/queue';
import type { JobData, TaskOutcome } from '../shared/task-schemas';
import type { HealthStore } from '../shared/health/types';
import { createProcessor, type ProcessorDeps } from './processor';
import { rememberJobContext } from './job-span';
import { withFairGate, type FairGateDeps } from './fair-gate';
import { OutageLog } from '../shared/outage-log';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);

function isConnectionError(err: Error): boolean {
  const code = (err as { code?: unknown }).code;
  return (typeof code === 'string' && CONNECTION_CODES.has(code)) || /Connection is closed|Stream isn't writeable|MaxRetriesPerRequest|connect E/i.test(err.message);
}

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
  /** While Redis or Postgres is away, one summary line per this interval. */
  outageSummaryMs?: number;
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
  const redisOutage = new OutageLog(log, 'redis', options.outageSummaryMs ?? 60_000);
  const postgresOutage = new OutageLog(log, 'postgres', options.outageSummaryMs ?? 60_000);
  const processJob = createProcessor({ ...deps, postgresOutage });
  const run = options.fair ? withFairGate(processJob, options.fair) : processJob;
  // The jobs this worker holds right now, with their lock tokens, so a late shutdown can hand them back.
  const inFlight = new Map<string, { job: Job<JobData, TaskOutcome>; token: string }>();
  const processor = async (job: Job<JobData, TaskOutcome>, token?: string): Promise<TaskOutcome> => {
    rememberJobContext(job);
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
    telemetry: options.telemetry,
    // A job whose worker died is handed on this many times before it is failed.
    maxStalledCount: 2,
  });
  // Redis going away makes BullMQ emit an error per failed command and reconnect: one line per outage, not per error.
  worker.on('error', (err) => {
    if (connection.status !== 'ready' || isConnectionError(err)) redisOutage.down(err);
    else log.error('worker error', { error: err });
  });
  connection.on('ready', () => redisOutage.up());
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
      let timer: NodeJS.Timeout | undefined;
      if (inFlight.size === 0 && connection.status !== 'ready') {
        // Nothing running and Redis away: nothing can be recorded, so close at once rather than wait for the deadline.
        log.info('worker closing: no task in progress, redis unavailable', { timeout_ms: timeoutMs });
        await withTimeout(worker.close(true), timeoutMs, 'worker close').catch(() => undefined);
        connection.disconnect();
        redisOutage.close();
        postgresOutage.close();
        await options.onClosed?.();
        log.info('worker closed', { how: 'idle' });
        return;
      }
      // Idle or not, with Redis up the worker drains through BullMQ's own accounting: a job whose processor
      // has returned may still be having its completion written (a stream's caller already has its answer),
      // and one just fetched may not have reached the processor yet. Closing by force in either gap would
      // leave the job active, to run again (and be paid for twice) once its lock lapsed.
      log.info('worker draining', { timeout_ms: timeoutMs, active: inFlight.size });
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
      await withTimeout(connection.quit(), 1_000, 'redis quit').catch(() => connection.disconnect());
      redisOutage.close();
      postgresOutage.close();
      await options.onClosed?.();
      log.info('worker closed', { how });
    })();
    return closing;
  };
  return { worker, health: deps.health, shutdown };
}
