/** GET /usage: spend and traffic per key, provider, model or day; a key sees its own, an admin key everyone's. */
import { Router } from 'express';
import type { Outages } from '../../shared/outage-log';
import { HttpError } from '../http-error';
import { isAdmin } from '../middleware/auth';
import { fieldErrors } from '../schemas';
import type { UsageQuery } from './usage-query';
import { usageQuerySchema } from './usage-schemas';

export interface UsageRoutesDeps {
  usage: UsageQuery;
  /** A failed query is a line when Postgres goes and one when it returns, not one per request. */
  outages: Pick<Outages, 'postgres'>;
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
      deps.outages.postgres.up();
    } catch (err) {
      deps.outages.postgres.down(err, { request_id: req.requestId, during: 'usage query' });
      throw new HttpError('database_unavailable', 'Postgres is unreachable; usage cannot be read now', { headers: { 'Retry-After': '1' } });
    }
    res.json({ items, from: parsed.data.from.toISOString(), to: parsed.data.to.toISOString() });
  });
  return router;
}
