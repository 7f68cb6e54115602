/**
 * Bull Board at /admin/queues: the task queue's jobs for operators. It sits behind the admin guard
 * the app passes in, and with BULL_BOARD_READ_ONLY it can look but not retry, remove, pause or add.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { HttpError } from '../http-error';

export const ADMIN_QUEUES_PATH = '/admin/queues';

export interface AdminQueueRoutesDeps {
  queue: Queue;
  readOnly: boolean;
  /** Authentication and authorisation for the board, run in order (e.g. authenticate, then requireScope('admin')). */
  guards: readonly RequestHandler[];
}

/** A browser opening the board cannot send X-API-Key; it can send the key as a Basic-auth password. */
function basicPasswordAsKey(req: Request): void {
  const match = req.get('authorization')?.match(/^Basic\s+([A-Za-z0-9+/=]+)\s*$/i);
  if (!match?.[1] || req.get('x-api-key')) return;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const password = decoded.slice(decoded.indexOf(':') + 1);
  if (password) req.headers['x-api-key'] = password;
  delete req.headers.authorization;
}

/** Runs the guards in turn; a 401 gets a Basic challenge so the browser asks for the key. */
function guarded(guards: readonly RequestHandler[]): RequestHandler {
  return function adminGuard(req: Request, res: Response, next: NextFunction): void {
    basicPasswordAsKey(req);
    const run = (index: number, err?: unknown): void => {
      if (err !== undefined && err !== null) {
        if (err instanceof HttpError && err.status === 401) {
          return next(err.withHeaders({ 'WWW-Authenticate': 'Basic realm="AI Gateway admin", charset="UTF-8"' }));
        }
        return next(err);
      }
      const guard = guards[index];
      if (!guard) return next();
      Promise.resolve(guard(req, res, (e?: unknown) => run(index + 1, e))).catch((e: unknown) => run(index + 1, e ?? new Error('guard failed')));
    };
    run(0);
  };
}

/** Bull Board refuses writes on a read-only queue too; this answers them before they reach it. */
function readOnlyGate(readOnly: boolean): RequestHandler {
  return function refuseWrites(req: Request, _res: Response, next: NextFunction): void {
    if (readOnly && req.method !== 'GET' && req.method !== 'HEAD') {
      return next(new HttpError('read_only', 'the queue board is read-only (BULL_BOARD_READ_ONLY)', { headers: { Allow: 'GET, HEAD' } }));
    }
    next();
  };
}

export function adminQueueRoutes(deps: AdminQueueRoutesDeps): Router {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(ADMIN_QUEUES_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(deps.queue, { readOnlyMode: deps.readOnly, allowRetries: !deps.readOnly })],
    serverAdapter,
    options: { uiConfig: { boardTitle: 'AI Gateway' } },
  });
  const board = serverAdapter.getRouter() as RequestHandler;
  const router = Router();
  router.use(ADMIN_QUEUES_PATH, guarded(deps.guards), readOnlyGate(deps.readOnly), board);
  return router;
}
