/** Security headers (helmet) and CORS, which stays off unless CORS_ORIGINS lists origins. */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        // Gateways often run on plain HTTP inside a network; upgrading /docs assets to HTTPS would break it there.
        upgradeInsecureRequests: null,
      },
    },
  });
}

/** Headers a browser may send: the key, the idempotency and request ids, the async preference. */
const ALLOWED_HEADERS = ['Content-Type', 'Authorization', 'X-API-Key', 'Idempotency-Key', 'X-Request-Id', 'Prefer', 'Cache-Control'].join(', ');
/** Headers browser code may read from our answers. */
const EXPOSED_HEADERS = [
  'X-Request-Id',
  'Location',
  'Retry-After',
  'Idempotent-Replayed',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'RateLimit-Policy',
  'X-Cache',
  'x-aigw-cost-usd',
  'x-should-retry',
].join(', ');

/**
 * Keys travel in headers, never in cookies, so no credentials mode is needed and `*` is safe to offer.
 * An origin that is not listed gets no CORS headers at all, and the browser withholds the answer.
 */
export function cors(origins: readonly string[]): RequestHandler {
  const anyOrigin = origins.includes('*');
  const allowed = new Set(origins);
  return function applyCors(req: Request, res: Response, next: NextFunction): void {
    if (origins.length === 0) return next();
    const origin = req.get('origin');
    if (!origin) return next();
    res.vary('Origin');
    if (!anyOrigin && !allowed.has(origin)) return next();
    res.setHeader('Access-Control-Allow-Origin', anyOrigin ? '*' : origin);
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    if (req.method === 'OPTIONS' && req.get('access-control-request-method')) {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
      res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
