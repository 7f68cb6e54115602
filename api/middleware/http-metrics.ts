/**
 * Counts and times every HTTP request by method, route pattern and status. The label is the
 * Express route pattern (`/ai/task/:id`), never the raw path, so ids cannot explode the series.
 */
import type { NextFunction, Request, Response } from 'express';
import type { GatewayMetrics } from '../../shared/metrics';

/** Requests no route handled: 404s, and requests a middleware refused before routing (401, 413, 415). */
export const UNMATCHED_ROUTE = 'unmatched';

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

interface RoutedLayer {
  path?: unknown;
}

function patternOf(path: unknown): string | undefined {
  if (typeof path === 'string') return path;
  if (Array.isArray(path)) return path.map(String).join('|');
  return undefined;
}

/**
 * Captures `baseUrl + route.path` at the moment the router assigns `req.route`: by the time the
 * response ends, a nested router may already have restored `req.baseUrl` to its parent's value.
 */
function trackMatchedRoute(req: Request): () => string | undefined {
  let route: RoutedLayer | undefined;
  let matched: string | undefined;
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: RoutedLayer | undefined) {
      route = value;
      const pattern = patternOf(value?.path);
      if (pattern !== undefined) matched = `${req.baseUrl}${pattern}` || '/';
    },
  });
  return () => matched;
}

export interface HttpMetricsOptions {
  /** Mounted sub-apps (Bull Board) labelled by their mount path alone: their pages and assets are one route to us. */
  mounts?: readonly string[];
}

function mountOf(path: string, mounts: readonly string[]): string | undefined {
  return mounts.find((m) => path === m || path.startsWith(`${m}/`));
}

export function httpMetrics(metrics: GatewayMetrics, options: HttpMetricsOptions = {}) {
  const mounts = options.mounts ?? [];
  return function observeHttp(req: Request, res: Response, next: NextFunction): void {
    const started = performance.now();
    const mount = mountOf(req.path, mounts);
    const matchedRoute = trackMatchedRoute(req);
    // The tracing middleware names its span after the same pattern.
    res.locals.routePattern = (): string | undefined => mount ?? matchedRoute();
    res.once('close', () => {
      // A client that hung up before the answer was sent is counted as 499 (nginx's "client closed request").
      const status = res.writableFinished ? String(res.statusCode) : '499';
      const labels = {
        method: KNOWN_METHODS.has(req.method) ? req.method : 'OTHER',
        route: mount ?? matchedRoute() ?? UNMATCHED_ROUTE,
        status,
      };
      metrics.httpRequests.inc(labels);
      metrics.httpDuration.observe(labels, (performance.now() - started) / 1000);
    });
    next();
  };
}
