/**
 * The reconciler: finds accepted tasks that Postgres holds as unfinished but whose BullMQ job no
 * longer exists (Redis restarted without persistence, failed over to a lagging replica, was
 * flushed), and queues them again under the same job id, so adding one twice is a no-op.
 *
 * It sweeps every RECONCILE_INTERVAL_SECONDS and soon after the Redis connection comes back. One
 * process at a time sweeps (a Postgres advisory lock: Redis cannot hold that lock, its data is what
 * went missing); the others skip their turn. Rows are read in bounded batches in key order, and a
 * row younger than RECONCILE_GRACE_SECONDS is left alone: its API may be queuing it at this moment.
 */
import { Client } from 'pg';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import type { FairQueue } from '../fair/fair-queue';
import { placeFairly, placementAgain } from '../fair/placement';
import { JOB_NAME, type TaskQueue } from '../queue';
import { withTimeout } from '../redis';
import type { JobData } from '../task-schemas';
import type { AcceptedTaskStore, SweepCursor, UnfinishedTask } from './accepted-tasks';

/** Arbitrary but fixed: the `pg_try_advisory_lock` key of the reconciler (bigint). */
export const RECONCILER_LOCK = 7_364_220_002;
/** A task whose job vanished this many times is ended as `task_lost` instead of queued again. */
export const MAX_REQUEUES = 3;
const REDIS_TIMEOUT_MS = 5_000;
const STOP_WAIT_MS = 5_000;

export interface ReconcilerSettings {
  databaseUrl: string;
  intervalMs: number;
  graceMs: number;
  batchSize: number;
}

export interface ReconcilerMetrics {
  tasksRequeued: { inc(value?: number): void };
  tasksLost: { inc(value?: number): void };
  reconcileRuns: { inc(labels: { result: 'done' | 'skipped' | 'failed' }): void };
}

export interface SweepReport {
  /** False when another process held the lock, so this one did nothing. */
  ran: boolean;
  checked: number;
  requeued: string[];
  lost: string[];
}

export interface ReconcilerDeps {
  store: AcceptedTaskStore;
  queue: TaskQueue;
  /** A connection that answers commands (the API's request connection); its `ready` event starts a sweep. */
  redis: Redis;
  logger: Logger;
  metrics?: ReconcilerMetrics;
  settings: ReconcilerSettings;
  /**
   * Places a job that carries a fair ticket as intake placed it: its lane, a fresh tag and the
   * priority that maps to. Without it (or for a job without a ticket: FAIR_QUEUEING was off) the
   * job is added without priority, as intake adds it then.
   */
  fair?: FairQueue;
}

export class TaskReconciler {
  private timer: NodeJS.Timeout | undefined;
  private soon: NodeJS.Timeout | undefined;
  private running: Promise<SweepReport | undefined> | undefined;
  private stopped = false;
  /** While sweeps keep failing (Postgres away), one warning, not one per interval. */
  private failing = false;
  private readonly onRedisReady = () => this.sweepSoon();

  constructor(private readonly deps: ReconcilerDeps) {}

  start(): void {
    const { intervalMs } = this.deps.settings;
    if (intervalMs <= 0) return;
    this.timer = setInterval(() => void this.run(), intervalMs);
    this.timer.unref();
    // A Redis that comes back may have come back empty: look soon rather than at the next interval.
    this.deps.redis.on('ready', this.onRedisReady);
    this.sweepSoon();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.soon);
    this.deps.redis.off('ready', this.onRedisReady);
    let wait: NodeJS.Timeout | undefined;
    await Promise.race([this.running, new Promise<void>((resolve) => (wait = setTimeout(resolve, STOP_WAIT_MS)))]);
    clearTimeout(wait);
  }

  /** After the grace period, so tasks accepted just before the event are past it too. */
  private sweepSoon(): void {
    clearTimeout(this.soon);
    this.soon = setTimeout(() => void this.run(), this.deps.settings.graceMs);
    this.soon.unref();
  }

  /** One sweep unless one is already in progress; failures are logged and counted, never thrown. */
  private async run(): Promise<SweepReport | undefined> {
    if (this.stopped || this.running) return this.running;
    this.running = this.sweep()
      .then((report) => {
        this.deps.metrics?.reconcileRuns.inc({ result: report.ran ? 'done' : 'skipped' });
        if (this.failing && report.ran) this.deps.logger.info('reconciler sweeps again');
        if (report.ran) this.failing = false;
        return report;
      })
      .catch((err: unknown) => {
        this.deps.metrics?.reconcileRuns.inc({ result: 'failed' });
        if (!this.failing) this.deps.logger.warn('reconciler sweep failed; trying again every interval (said once until a sweep succeeds)', { error: err });
        this.failing = true;
        return undefined;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /** Sweeps every unfinished task once, under the advisory lock. */
  async sweep(now = new Date()): Promise<SweepReport> {
    const report: SweepReport = { ran: false, checked: 0, requeued: [], lost: [] };
    // Nothing can be checked or queued while Redis is away; the `ready` event brings the sweep back.
    if (this.deps.redis.status !== 'ready') return report;
    const lock = new Client({ connectionString: this.deps.settings.databaseUrl, connectionTimeoutMillis: 5_000 });
    lock.on('error', () => undefined);
    await lock.connect();
    try {
      const { rows } = await lock.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [RECONCILER_LOCK]);
      // The session lock ends with the connection, so a process that dies mid-sweep frees it.
      if (rows[0]?.locked !== true) return report;
      report.ran = true;
      const acceptedBefore = new Date(now.getTime() - this.deps.settings.graceMs);
      let cursor: SweepCursor | undefined;
      for (;;) {
        const batch = await this.deps.store.unfinished(acceptedBefore, this.deps.settings.batchSize, cursor);
        if (batch.length === 0) break;
        await this.reconcileBatch(batch, report);
        const last = batch[batch.length - 1] as UnfinishedTask;
        cursor = { createdAt: last.createdAt, taskId: last.taskId };
        if (batch.length < this.deps.settings.batchSize || this.stopped) break;
      }
    } finally {
      await lock.end().catch(() => undefined);
    }
    if (report.requeued.length || report.lost.length) {
      this.deps.logger.warn('reconciler re-enqueued accepted tasks whose jobs had vanished from Redis', {
        checked: report.checked,
        requeued: report.requeued.length,
        lost: report.lost.length,
        task_ids: report.requeued.slice(0, 20),
      });
    }
    return report;
  }

  /** The job as intake would queue it now: with a fresh fair ticket and its priority when it had a ticket. */
  private async placed(data: JobData): Promise<{ data: JobData; priority: number | undefined }> {
    const fair = this.deps.fair;
    if (!fair || !data.fair) return { data, priority: undefined };
    const placed = await placeFairly(fair, data, placementAgain(data.fair), REDIS_TIMEOUT_MS);
    // maxQueued 0 admits always; the branch only satisfies the type.
    if (!placed.admitted) return { data, priority: undefined };
    return { data: placed.data, priority: placed.priority };
  }

  private async reconcileBatch(batch: UnfinishedTask[], report: SweepReport): Promise<void> {
    report.checked += batch.length;
    const pipeline = this.deps.redis.pipeline();
    for (const task of batch) pipeline.exists(this.deps.queue.toKey(task.taskId));
    const replies = (await withTimeout(pipeline.exec(), REDIS_TIMEOUT_MS, 'job existence check')) ?? [];
    const vanished = batch.filter((_, i) => {
      const [err, exists] = replies[i] ?? [new Error('no reply'), 0];
      if (err) throw err;
      return exists === 0;
    });
    const requeue: UnfinishedTask[] = [];
    for (const task of vanished) {
      if (!task.data) {
        await this.deps.store.markLost(task, 'the task\'s job vanished from Redis and its record cannot be queued again');
        report.lost.push(task.taskId);
      } else if (task.requeueCount >= MAX_REQUEUES) {
        await this.deps.store.markLost(task, `the task's job vanished from Redis ${task.requeueCount + 1} times; it was given up`);
        report.lost.push(task.taskId);
      } else {
        requeue.push(task);
      }
    }
    for (const task of requeue) {
      const { data, priority } = await this.placed(task.data as JobData);
      await withTimeout(this.deps.queue.add(JOB_NAME, data, { jobId: task.taskId, priority }), REDIS_TIMEOUT_MS, 're-enqueue');
      report.requeued.push(task.taskId);
    }
    await this.deps.store.markRequeued(requeue);
    this.deps.metrics?.tasksRequeued.inc(requeue.length);
    this.deps.metrics?.tasksLost.inc(vanished.length - requeue.length);
  }
}
