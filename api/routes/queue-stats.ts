/** GET /queue/stats: how many jobs wait, run, are delayed, failed or completed. Read-only. */
import { Router } from 'express';
import type { TaskQueue } from '../../shared/queue';
import { withTimeout } from '../../shared/redis';
import { HttpError } from '../http-error';

export interface QueueStatsDeps {
  queue: Pick<TaskQueue, 'getJobCounts'>;
  /** A Redis that does not answer gives a 503 after this long rather than a hanging request. */
  timeoutMs?: number;
}

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

export function queueStatsRoutes(deps: QueueStatsDeps): Router {
  const router = Router();
  router.get('/queue/stats', async (_req, res) => {
    let counts: Record<string, number>;
    try {
      counts = await withTimeout(deps.queue.getJobCounts(...STATES), deps.timeoutMs ?? 1_500, 'queue stats');
    } catch {
      throw new HttpError('queue_unavailable', 'the queue cannot be read: Redis is unreachable', { headers: { 'Retry-After': '1' } });
    }
    res.setHeader('Cache-Control', 'no-store');
    res.json(Object.fromEntries(STATES.map((state) => [state, counts[state] ?? 0])));
  });
  return router;
}
