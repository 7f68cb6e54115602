/** GET /usage: spend and traffic per key, provider, model or day; a key sees its own, an admin key everyone's. */
import { Router } from 'express';
import type { Logger } from '../../shared/logger';
import { HttpError } from '../http-error';
import { isAdmin } from '../middleware/auth';
import { fieldErrors } from '../schemas';
import type { UsageQuery } from './usage-query';
import { usageQuerySchema } from './usage-schemas';

export interface UsageRoutesDeps {
  usage: UsageQuery;
  logger: Logger;
}

export function usageRoutes(deps: UsageRoutesDeps): Router {
  const router = Router();
  router.get('/usage', async (req, res) => {
    const parsed = usageQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      const details = fieldErrors(parsed.error).map((e) => (e.field === '(body)' ? { ...e, field: '(query)' } : e));
      throw new HttpError('invalid_query', 'the query parameters are not valid', { details });
    }
    let items;
    try {
      items = await deps.usage.report(isAdmin(req) ? undefined : req.caller, parsed.data);
    } catch (err) {
      deps.logger.warn('usage query failed', { request_id: req.requestId, error: err });
      throw new HttpError('database_unavailable', 'Postgres is unreachable; usage cannot be read now', { headers: { 'Retry-After': '1' } });
    }
    res.json({ items, from: parsed.data.from.toISOString(), to: parsed.data.to.toISOString() });
  });
  return router;
}
