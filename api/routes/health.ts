/**
 * Liveness (`/health`: the process is up) and readiness (`/ready`: Redis and Postgres answer).
 * `/ready` also reports whether Redis persists its data; that never makes it fail, because accepted
 * tasks are recorded in Postgres and survive a Redis that restarts empty (docs/reliability.md).
 */
import { Router } from 'express';
import type { Redis } from 'ioredis';
import type { Db } from '../../shared/db';
import { dbAnswers } from '../../shared/db';
import { redisAnswers } from '../../shared/redis';
import { RedisPersistenceProbe } from '../../shared/redis-persistence';
import { HttpError } from '../http-error';

export function healthRoutes(deps: { redis: Redis; db: Db }): Router {
  const router = Router();
  const persistence = new RedisPersistenceProbe(deps.redis);
  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/ready', async (_req, res) => {
    const [redisUp, postgresUp] = await Promise.all([redisAnswers(deps.redis), dbAnswers(deps.db)]);
    const checks = { redis: redisUp ? 'up' : 'down', postgres: postgresUp ? 'up' : 'down' };
    if (redisUp && postgresUp) {
      res.json({ status: 'ready', checks, redis_persistence: await persistence.read() });
      return;
    }
    const down = Object.entries(checks)
      .filter(([, state]) => state === 'down')
      .map(([name]) => name);
    throw new HttpError('not_ready', `${down.join(' and ')} ${down.length > 1 ? 'are' : 'is'} unreachable`, { details: checks });
  });
  return router;
}
