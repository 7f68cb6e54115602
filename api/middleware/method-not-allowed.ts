/** A known path called with a method it does not accept answers 405 with `Allow`, not a misleading 404. */
import type { NextFunction, Request, Response } from 'express';
import { HttpError } from '../http-error';
import type { RouteSpec } from '../openapi/routes';

interface KnownPath {
  pattern: RegExp;
  methods: Set<string>;
}

function knownPaths(routes: RouteSpec[]): KnownPath[] {
  const byPath = new Map<string, KnownPath>();
  for (const route of routes) {
    const source = route.path
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+');
    const entry = byPath.get(route.path) ?? { pattern: new RegExp(`^${source.replace(/\/$/, '')}/?$`), methods: new Set<string>() };
    entry.methods.add(route.method.toUpperCase());
    if (route.method === 'get') entry.methods.add('HEAD');
    byPath.set(route.path, entry);
  }
  return [...byPath.values()];
}

export function methodNotAllowed(routes: RouteSpec[]) {
  const paths = knownPaths(routes);
  return function rejectMethod(req: Request, res: Response, next: NextFunction): void {
    const allowed = new Set<string>();
    for (const path of paths) if (path.pattern.test(req.path)) path.methods.forEach((m) => allowed.add(m));
    if (allowed.size === 0) return next();
    const allow = [...allowed, 'OPTIONS'].join(', ');
    if (req.method === 'OPTIONS') {
      res.setHeader('Allow', allow);
      res.status(204).end();
      return;
    }
    next(new HttpError('method_not_allowed', `${req.method} is not allowed on ${req.path}; use ${[...allowed].join(' or ')}`, { details: { allowed: [...allowed] }, headers: { Allow: allow } }));
  };
}
