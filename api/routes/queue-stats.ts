/**
 * GET /queue/stats: how many jobs wait, run, are delayed, failed or completed, and with fair
 * queueing on, the depth and oldest wait per lane and per key. Read-only.
 * A non-admin key sees the lanes and its own row only: other tenants' names and loads are not its business.
 */
import { Router } from 'express';
import type { FairStats } from '../../shared/fair/stats';
import type { TaskQueue } from '../../shared/queue';
import { withTimeout } from '../../shared/redis';
import { waitingOf } from '../../shared/metrics';
import { HttpError } from '../http-error';
import { isAdmin } from '../middleware/auth';

export interface QueueStatsDeps {
  queue: Pick<TaskQueue, 'getJobCounts'>;
  /** Reads the fair queue; absent when FAIR_QUEUEING is off. */
  fairStats?: () => Promise<FairStats>;
  /** A Redis that does not answer gives a 503 after this long rather than a hanging request. */
  timeoutMs?: number;
}

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

export function queueStatsRoutes(deps: QueueStatsDeps): Router {
  const router = Router();
  router.get('/queue/stats', async (req, res) => {
    const timeoutMs = deps.timeoutMs ?? 1_500;
    let counts: Record<string, number>;
    let fair: FairStats | undefined;
    try {
      [counts, fair] = await Promise.all([
        withTimeout(deps.queue.getJobCounts(...STATES, 'prioritized'), timeoutMs, 'queue stats'),
        deps.fairStats ? withTimeout(deps.fairStats(), timeoutMs, 'fair queue stats') : Promise.resolve(undefined),
      ]);
    } catch {
      throw new HttpError('queue_unavailable', 'the queue cannot be read: Redis is unreachable', { headers: { 'Retry-After': '1' } });
    }
    res.setHeader('Cache-Control', 'no-store');
    // Jobs with a priority (every job, with fair queueing) are waiting too.
    const body: Record<string, unknown> = Object.fromEntries(STATES.map((state) => [state, state === 'waiting' ? waitingOf(counts) : (counts[state] ?? 0)]));
    body.fair_queueing = fair !== undefined;
    if (fair) {
      body.lanes = fair.lanes;
      body.keys = isAdmin(req) ? fair.keys : fair.keys.filter((k) => k.key_id === req.caller);
    }
    res.json(body);
  });
  return router;
}
