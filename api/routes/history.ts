/**
 * GET /history and POST /history/cleanup. A key sees and cleans only its own rows; an admin key
 * (or anyone while authentication is off) sees and cleans every caller's. Scopes and the cleanup
 * rate limit are applied from the route table before this runs.
 */
import { Router, type Request } from 'express';
import type { Logger } from '../../shared/logger';
import type { Outages } from '../../shared/outage-log';
import { cleanupRequestSchema, encodeCursor, historyQuerySchema } from '../history-schemas';
import type { HistoryQuery } from '../history-query';
import { HttpError } from '../http-error';
import { isAdmin } from '../middleware/auth';
import { fieldErrors } from '../schemas';
import { rowView } from '../task-view';
import { viewFor } from '../tenant-view';

export interface HistoryRoutesDeps {
  history: HistoryQuery;
  logger: Logger;
  /** A failed query is a line when Postgres goes and one when it returns, not one per request. */
  outages: Pick<Outages, 'postgres'>;
}

/** Whose rows a request may touch: undefined means everyone's. */
const owner = (req: Request) => (isAdmin(req) ? undefined : req.caller);

export function historyRoutes(deps: HistoryRoutesDeps): Router {
  const router = Router();

  async function fromPostgres<T>(req: Request, work: () => Promise<T>): Promise<T> {
    try {
      const answer = await work();
      deps.outages.postgres.up();
      return answer;
    } catch (err) {
      deps.outages.postgres.down(err, { request_id: req.requestId, during: 'history query' });
      throw new HttpError('database_unavailable', 'Postgres is unreachable; the history cannot be read now', { headers: { 'Retry-After': '1' } });
    }
  }

  router.get('/history', async (req, res) => {
    const parsed = historyQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      const details = fieldErrors(parsed.error).map((e) => (e.field === '(body)' ? { ...e, field: '(query)' } : e));
      // The message names each bad parameter, so a client sees which without reading `details`.
      throw new HttpError('invalid_query', `the query parameters are not valid: ${details.map((d) => `${d.field}: ${d.message}`).join('; ')}`, { details });
    }
    const page = await fromPostgres(req, () => deps.history.page(owner(req), parsed.data));
    res.json({ items: page.rows.map((row) => viewFor(rowView(row), isAdmin(req))), next_cursor: page.next ? encodeCursor(page.next) : null });
  });

  router.post('/history/cleanup', async (req, res) => {
    // A bodyless POST means "every error row".
    const parsed = cleanupRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success) throw new HttpError('invalid_request', 'the request body is not valid', { details: fieldErrors(parsed.error) });
    const minutes = parsed.data.older_than_minutes;
    const deleted = await fromPostgres(req, () => deps.history.deleteErrors(owner(req), minutes));
    res.json({ deleted, older_than_minutes: minutes ?? null });
  });

  return router;
}
