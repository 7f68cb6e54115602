/**
 * The fair queue's state in Redis, beside the one BullMQ queue: which priority a new job gets
 * (admit), whether a worker may start it (start), and giving its slot back (finish).
 * Lanes split BullMQ's priority range; within a lane, start-time fair queueing by virtual finish
 * tags orders the tenants (docs/fair-queueing.md).
 */
import type { Redis } from 'ioredis';
import type { RedisKeys } from '../redis-keys';
import { COST_UNIT, LANE_BASE, LANE_TOP, REBASE_AFTER, type Lane } from './policy';
import { defineFairCommands, type FairCommands } from './scripts';

/** A waiting entry older than this is a job removed behind the gateway's back (Bull Board, obliterate): it stops counting. */
export const STALE_WAITING_MS = 24 * 3_600_000;

export interface Admission {
  admitted: boolean;
  priority: number;
  tag: number;
  /** The tenant's waiting jobs across both lanes. */
  waiting: number;
}

export interface AdmitRequest {
  lane: Lane;
  tenant: string;
  tenantName: string;
  jobId: string;
  weight: number;
  /** 0: no limit. */
  maxQueued: number;
}

export interface StartRequest {
  lane: Lane;
  tenant: string;
  jobId: string;
  tag: number;
  /** 0: no limit. */
  maxInFlight: number;
  /** How long a running entry outlives a worker that died holding it. */
  leaseMs: number;
}

export interface BullKeys {
  /** "<prefix>:<queue>:": BullMQ's job hashes are this plus the job id. */
  jobPrefix: string;
  prioritized: string;
  delayed: string;
}

export function bullKeys(prefix: string, queueName: string): BullKeys {
  const jobPrefix = `${prefix}:${queueName}:`;
  return { jobPrefix, prioritized: `${jobPrefix}prioritized`, delayed: `${jobPrefix}delayed` };
}

const otherLane = (lane: Lane): Lane => (lane === 'interactive' ? 'batch' : 'interactive');

export class FairQueue {
  private readonly redis: Redis & FairCommands;

  constructor(
    redis: Redis,
    private readonly keys: RedisKeys,
  ) {
    this.redis = defineFairCommands(redis);
  }

  async admit(request: AdmitRequest): Promise<Admission> {
    const { lane, tenant } = request;
    const fair = this.keys.fair;
    const [admitted, priority, tag, waiting] = await this.redis.aigwFairAdmit(
      fair.lane(lane).state,
      fair.lane(lane).tenants,
      fair.waiting(lane, tenant),
      fair.waiting(otherLane(lane), tenant),
      fair.names,
      tenant,
      request.jobId,
      COST_UNIT / request.weight,
      request.maxQueued,
      LANE_BASE[lane],
      LANE_TOP[lane],
      STALE_WAITING_MS,
      request.tenantName,
    );
    return { admitted: Number(admitted) === 1, priority: Number(priority), tag: Number(tag || 0), waiting: Number(waiting) };
  }

  /** Undoes an admission whose job never reached the queue (the tag stays spent: harmless). */
  async withdraw(lane: Lane, tenant: string, jobId: string): Promise<void> {
    await this.redis.zrem(this.keys.fair.waiting(lane, tenant), jobId);
  }

  /** Returns whether the job may run now and whether its lane is due a rebase. */
  async start(request: StartRequest): Promise<{ started: boolean; running: number; rebaseDue: boolean }> {
    const { lane, tenant } = request;
    const fair = this.keys.fair;
    const [started, running, rebase] = await this.redis.aigwFairStart(
      fair.lane(lane).state,
      fair.lane(lane).tenants,
      fair.waiting(lane, tenant),
      fair.running(tenant),
      tenant,
      request.jobId,
      String(request.tag),
      request.maxInFlight,
      request.leaseMs,
      REBASE_AFTER,
    );
    return { started: Number(started) === 1, running: Number(running), rebaseDue: Number(rebase) === 1 };
  }

  async finish(tenant: string, jobId: string): Promise<void> {
    await this.redis.zrem(this.keys.fair.running(tenant), jobId);
  }

  /** Moves the lane's origin and its waiting jobs' priorities down together; a no-op when another worker did it first. */
  async rebase(lane: Lane, bull: BullKeys): Promise<{ shift: number; moved: number }> {
    const [shift, moved] = await this.redis.aigwFairRebase(
      this.keys.fair.lane(lane).state,
      bull.prioritized,
      bull.delayed,
      bull.jobPrefix,
      LANE_BASE[lane],
      LANE_TOP[lane],
      REBASE_AFTER,
    );
    return { shift: Number(shift), moved: Number(moved) };
  }
}
