/**
 * The one way a task enters the queue, for POST /ai/task (sync and async) and /v1 chat jobs: it
 * picks the lane, checks the key's --max-queued, gives the job its fair-share priority and adds it
 * to the BullMQ queue (docs/fair-queueing.md). The task is recorded in Postgres before its job is
 * added (api/intake-record.ts), so a Redis that loses its data loses no accepted task.
 */
import { context } from '@opentelemetry/api';
import type { FairQueue } from '../shared/fair/fair-queue';
import { placeFairly } from '../shared/fair/placement';
import type { Lane, QueuePolicy } from '../shared/fair/policy';
import type { GatewayMetrics } from '../shared/metrics';
import { JOB_NAME, type TaskQueue } from '../shared/queue';
import { withTimeout } from '../shared/redis';
import { requestContext } from '../shared/tracing/request-contexts';
import type { JobData } from '../shared/task-schemas';
import { HttpError } from './http-error';
import type { IntakeRecorder } from './intake-record';

const REDIS_TIMEOUT_MS = 1_000;

/** Who asks, and which lane the request would go to by its kind (the key may still force batch). */
export interface Placement {
  lane: Lane;
  tenantName: string;
  policy: QueuePolicy;
}

export interface IntakeSettings {
  /** FAIR_QUEUEING: off, jobs are added FIFO without priority and no key limit applies. */
  enabled: boolean;
  defaultMaxQueued: number;
  defaultMaxInFlight: number;
}

export interface IntakeDeps {
  queue: TaskQueue;
  fair: FairQueue;
  settings: IntakeSettings;
  /** Writes the accepted task to Postgres before its job exists (and takes it back when the add fails). */
  recorder: Pick<IntakeRecorder, 'record' | 'withdraw'>;
  metrics?: GatewayMetrics;
}

/** A batch-only key is served in the batch lane whatever it asks (documented; the answer's X-Queue-Lane says so). */
export function laneFor(placement: Pick<Placement, 'lane' | 'policy'>): Lane {
  return placement.policy.batchOnly ? 'batch' : placement.lane;
}

export function queueUnavailable(err: unknown): HttpError {
  const reason = err instanceof Error ? err.message : String(err);
  return new HttpError('queue_unavailable', 'the task queue (Redis) is unreachable; try again shortly', { details: { reason }, headers: { 'Retry-After': '1' } });
}

export class Intake {
  constructor(private readonly deps: IntakeDeps) {}

  /** Adds the job; answers the lane it went to. Throws HttpError: queue_full (429) or queue_unavailable (503). */
  async enqueue(data: JobData, placement: Placement): Promise<Lane> {
    const lane = laneFor(placement);
    const { settings, fair } = this.deps;
    if (!settings.enabled) {
      await this.add(data, undefined);
      return lane;
    }
    const maxQueued = placement.policy.maxQueued ?? settings.defaultMaxQueued;
    const maxInFlight = placement.policy.maxInFlight ?? settings.defaultMaxInFlight;
    let placed;
    try {
      placed = await placeFairly(fair, data, { lane, tenantName: placement.tenantName, weight: placement.policy.weight, maxQueued, maxInFlight }, REDIS_TIMEOUT_MS);
    } catch (err) {
      throw queueUnavailable(err);
    }
    if (!placed.admitted) {
      this.deps.metrics?.queueFull.inc({ lane });
      throw new HttpError('queue_full', `this key already has ${placed.waiting} tasks waiting, its limit; send more once some have started`, {
        details: { waiting: placed.waiting, max_queued: maxQueued },
        headers: { 'Retry-After': '5' },
      });
    }
    try {
      await this.add(placed.data, placed.priority);
    } catch (err) {
      await fair.withdraw(lane, data.caller, data.taskId).catch(() => undefined);
      throw err;
    }
    return lane;
  }

  /** Records the task (with its fair ticket, so the reconciler re-adds what was admitted), then adds its job. */
  private async add(data: JobData, priority: number | undefined): Promise<void> {
    await this.deps.recorder.record(data);
    try {
      // BullMQ opens the enqueue's span in the context active when `add` starts: the request's.
      const parent = requestContext(data.requestId) ?? context.active();
      const added = context.with(parent, () => this.deps.queue.add(JOB_NAME, data, { jobId: data.taskId, priority }));
      await withTimeout(added, REDIS_TIMEOUT_MS, 'enqueue');
    } catch (err) {
      await this.deps.recorder.withdraw(data);
      throw queueUnavailable(err);
    }
  }
}

/** The placement of a request from this caller that would go to `lane` by its kind. */
export function placementFor(principal: { name: string; queue: QueuePolicy }, lane: Lane): Placement {
  return { lane, tenantName: principal.name, policy: principal.queue };
}
