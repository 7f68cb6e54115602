/**
 * Where a job goes in the fair queue: admitted into its lane (its key's waiting jobs counted against
 * --max-queued), given a virtual finish tag and the BullMQ priority that tag maps to, and a ticket
 * the worker starts it by. Intake places every new job this way (api/intake.ts); the reconciler
 * places a job queued again the same way (shared/reconcile), so it neither jumps the queue (a job
 * without priority is taken before every prioritised one) nor leaves its lane.
 */
import { withTimeout } from '../redis';
import type { JobData } from '../task-schemas';
import type { Admission, FairQueue } from './fair-queue';
import type { FairTicket, Lane } from './policy';

export interface FairPlacement {
  lane: Lane;
  tenantName: string;
  weight: number;
  /** 0: no limit. */
  maxQueued: number;
  /** 0: no cap. */
  maxInFlight: number;
}

export type Placed = { admitted: false; waiting: number } | { admitted: true; data: JobData; priority: number };

/** Admits the job into its lane; answers the job with its ticket and the priority to add it with. */
export async function placeFairly(fair: FairQueue, data: JobData, placement: FairPlacement, timeoutMs: number): Promise<Placed> {
  const { lane, tenantName, weight, maxQueued, maxInFlight } = placement;
  const admission: Admission = await withTimeout(
    fair.admit({ lane, tenant: data.caller, tenantName, jobId: data.taskId, weight, maxQueued }),
    timeoutMs,
    'fair admission',
  );
  if (!admission.admitted) return { admitted: false, waiting: admission.waiting };
  const ticket: FairTicket = { lane, tenant: data.caller, tag: admission.tag, maxInFlight, weight, tenantName };
  return { admitted: true, data: { ...data, fair: ticket }, priority: admission.priority };
}

/**
 * The placement of a job that was admitted once and is queued again: the lane, weight, name and
 * in-flight cap of its first ticket, and no --max-queued (the task was accepted: it is not refused now).
 */
export function placementAgain(ticket: FairTicket): FairPlacement {
  return { lane: ticket.lane, tenantName: ticket.tenantName ?? ticket.tenant, weight: ticket.weight ?? 1, maxQueued: 0, maxInFlight: ticket.maxInFlight };
}
