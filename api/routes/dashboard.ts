/**
 * The web dashboard: the page at `/`, its built assets under `/dashboard/`, and `/dashboard/config`
 * (the demo key and the Grafana link). All public: the page holds no data, and every API call it
 * makes carries the key the user saved in the browser.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { HttpError } from '../http-error';

export interface DashboardOptions {
  /** Offered by the page's "Use demo key" button; anyone who can load the page can read it. */
  demoApiKey: string | undefined;
  grafanaUrl: string;
  /** Where the built page lives; found next to the compiled code (dist/dashboard) when absent. */
  assetsDir?: string;
}

/** dist/dashboard, whether this file runs compiled (dist/api/routes) or from source under ts-jest (api/routes). */
export function findDashboardAssets(): string | undefined {
  const candidates = [resolve(__dirname, '..', '..', 'dashboard'), resolve(__dirname, '..', '..', 'dist', 'dashboard')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

function noCache(res: Response): void {
  // The assets carry no content hash, so the browser revalidates them (ETag) instead of trusting a stale copy.
  res.setHeader('Cache-Control', 'no-cache');
}

export function dashboardRoutes(options: DashboardOptions): Router {
  const dir = options.assetsDir ?? findDashboardAssets();
  const router = Router();

  router.get('/dashboard/config', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ demo_api_key: options.demoApiKey ?? null, grafana_url: options.grafanaUrl });
  });

  router.get('/', (_req, res) => {
    if (!dir) throw new HttpError('dashboard_not_built', 'the dashboard is not built; run `npm run build`');
    noCache(res);
    res.sendFile(join(dir, 'index.html'));
  });

  if (dir) router.use('/dashboard', express.static(dir, { index: false, redirect: false, setHeaders: noCache }));
  // A missing asset is a 404 here, not a 401 from the API's key check further down.
  router.use('/dashboard', function noSuchAsset(req: Request, _res: Response, next: NextFunction) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    next(new HttpError('not_found', `no dashboard file ${req.originalUrl.split('?')[0]}`));
  });
  return router;
}
