/**
 * Applies each route's access rule and rate limit from the route table (api/openapi/routes.ts),
 * before the body is parsed: a caller without the scope, or over its limit, costs no parsing.
 */
import { Router, type RequestHandler } from 'express';
import { expressPath, type RouteSpec } from '../openapi/routes';
import { requireScope } from './auth';
import type { RateLimits } from './rate-limit';

export function routeGuards(routes: RouteSpec[], limits: RateLimits): Router {
  const router = Router();
  for (const route of routes) {
    const guards: RequestHandler[] = [];
    if (route.access !== 'open' && route.access !== 'key') guards.push(requireScope(route.access));
    if (route.rateLimit) guards.push(limits[route.rateLimit]);
    if (guards.length) router[route.method](expressPath(route.path), ...guards);
  }
  return router;
}
