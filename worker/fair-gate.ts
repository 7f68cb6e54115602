/**
 * The worker's side of fair queueing: before a job runs, take one of its key's in-flight slots
 * (--max-in-flight) and move its lane's virtual clock; after, give the slot back.
 * A job whose key has no slot free goes back to BullMQ's delayed set for FAIR_DEFER_MS with its
 * priority unchanged: moveToDelayed + DelayedError spends none of its attempts (the same way a
 * Postgres outage parks a job), and the worker slot is free at once for another key's job.
 */
import { DelayedError, type Job } from 'bullmq';
import type { FairQueue, BullKeys } from '../shared/fair/fair-queue';
import { fairTicketSchema } from '../shared/fair/policy';
import type { Logger } from '../shared/logger';
import type { GatewayMetrics } from '../shared/metrics';
import type { JobData, TaskOutcome } from '../shared/task-schemas';

export interface FairGateDeps {
  fair: FairQueue;
  bull: BullKeys;
  /** How long a deferred job waits before it is tried again. */
  deferMs: number;
  /** How long a running entry outlives a worker that died holding it (a taken-over job keeps its slot). */
  leaseMs: number;
  logger: Logger;
  metrics?: GatewayMetrics;
}

type Processor = (job: Job<JobData, TaskOutcome>, token?: string) => Promise<TaskOutcome>;

/**
 * After a deferral the worker slot pauses this long before it takes another job, so a key at its
 * limit with thousands of jobs waiting costs a few Redis calls per slot per tick, not a busy loop.
 */
const PAUSE_AFTER_DEFERRAL_MS = 25;

export function withFairGate(processor: Processor, deps: FairGateDeps): Processor {
  return async function processFairly(job, token) {
    const ticket = fairTicketSchema.safeParse(job.data.fair);
    const jobId = job.id;
    if (!ticket.success || jobId === undefined) return processor(job, token);
    const { lane, tenant, tag, maxInFlight } = ticket.data;
    let verdict;
    try {
      verdict = await deps.fair.start({ lane, tenant, jobId, tag, maxInFlight, leaseMs: deps.leaseMs });
    } catch (err) {
      // Fairness is bookkeeping: a Redis hiccup here must not fail the task. It runs, unaccounted.
      deps.logger.warn('fair queue start failed; running the job anyway', { task_id: jobId, error: err });
      return processor(job, token);
    }
    if (!verdict.started && token !== undefined) {
      deps.metrics?.fairDeferrals.inc({ lane });
      await job.moveToDelayed(Date.now() + deps.deferMs, token);
      await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_DEFERRAL_MS));
      throw new DelayedError();
    }
    if (verdict.rebaseDue) rebase(deps, lane);
    // A kept outcome being written again is not a fresh wait.
    if (!job.data.pendingOutcome) deps.metrics?.laneQueueWait.observe({ lane }, Math.max(0, Date.now() - job.data.enqueuedAt) / 1000);
    try {
      return await processor(job, token);
    } finally {
      // Not awaited: the slot's lease frees it anyway if this is lost, and the worker slot need not wait a round trip.
      deps.fair.finish(tenant, jobId).catch(() => undefined);
    }
  };
}

function rebase(deps: FairGateDeps, lane: 'interactive' | 'batch'): void {
  deps.fair
    .rebase(lane, deps.bull)
    .then(({ shift, moved }) => {
      if (shift === 0) return;
      deps.metrics?.fairRebases.inc({ lane });
      deps.logger.info('fair queue lane rebased', { lane, shift, jobs_moved: moved });
    })
    .catch((err: unknown) => deps.logger.warn('fair queue rebase failed; the next start tries again', { lane, error: err }));
}
