/**
 * Fair queueing's vocabulary, shared by the API (which places a job) and the worker (which starts
 * it). The mechanism is described in docs/fair-queueing.md.
 */
import { z } from 'zod';

/** `interactive`: someone is waiting for the answer; always served before `batch`. */
export const LANES = ['interactive', 'batch'] as const;
export type Lane = (typeof LANES)[number];
export const laneSchema = z.enum(LANES);

/** A caller's place in the queue, from its managed key (or the defaults for API_KEY and anonymous callers). */
export interface QueuePolicy {
  weight: number;
  /** null: FAIR_DEFAULT_MAX_QUEUED applies. */
  maxQueued: number | null;
  /** null: FAIR_DEFAULT_MAX_IN_FLIGHT applies. */
  maxInFlight: number | null;
  /** Every task goes to the batch lane, whatever the request asks. */
  batchOnly: boolean;
}

export const DEFAULT_QUEUE_POLICY: QueuePolicy = Object.freeze({ weight: 1, maxQueued: null, maxInFlight: null, batchOnly: false });

/**
 * What a queued job carries for the worker: its lane, its tenant, its virtual finish tag (absolute:
 * never rewritten, so the worker can advance the lane's clock from it) and the tenant's in-flight cap.
 */
export const fairTicketSchema = z.object({
  lane: laneSchema,
  tenant: z.string().min(1),
  tag: z.number(),
  /** 0: no cap. */
  maxInFlight: z.number().int().min(0),
  /** The key's weight and name at admission, so a job queued again (shared/reconcile) is placed as intake placed it; absent on older jobs. */
  weight: z.number().positive().optional(),
  tenantName: z.string().optional(),
});
export type FairTicket = z.infer<typeof fairTicketSchema>;

/**
 * BullMQ priorities run from 1 (first) to 2^21 - 1; 0 means "none" and such jobs go before every
 * prioritised one. Each lane owns half of the range, interactive the lower half, so every
 * interactive job is taken before any batch job.
 */
export const PRIORITY_LIMIT = 2 ** 21 - 1;
export const LANE_SPAN = 2 ** 20;
export const LANE_BASE: Record<Lane, number> = { interactive: 1, batch: LANE_SPAN };
/** The highest priority a lane's job may get (jobs past the horizon share it, FIFO). */
export const LANE_TOP: Record<Lane, number> = { interactive: LANE_SPAN - 1, batch: PRIORITY_LIMIT };
/** Virtual time one job of a weight-1 tenant costs, in priority steps; weight w costs COST_UNIT / w. */
export const COST_UNIT = 16;
/**
 * When a lane's clock has moved this far past its origin, the lane is rebased: the origin moves up
 * and its waiting jobs' priorities move down by the same amount (shared/fair/lua/rebase.lua).
 */
export const REBASE_AFTER = LANE_SPAN / 2;

export function laneOf(lane: string): Lane {
  return laneSchema.parse(lane);
}
