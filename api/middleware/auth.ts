/**
 * Authentication (`authenticate`) and authorisation (`requireScope`). A key travels in `X-API-Key`
 * or as `Authorization: Bearer <key>`; the caller becomes `req.principal`, and `req.caller` (the
 * owner of the tasks and history rows it creates) is the key's id.
 */
import type { NextFunction, Request, Response } from 'express';
import type { Scope } from '../../shared/api-key-store';
import { HttpError } from '../http-error';
import type { ApiKeyResolver, Principal } from './api-keys';

declare module 'express-serve-static-core' {
  interface Request {
    caller: string;
    principal: Principal;
  }
}

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="ai-gateway"' };

function presentedKey(req: Request): string | undefined {
  const header = req.get('x-api-key')?.trim();
  if (header) return header;
  const match = req.get('authorization')?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

export function authenticate(keys: ApiKeyResolver) {
  return async function authenticateCaller(req: Request, _res: Response, next: NextFunction): Promise<void> {
    const given = presentedKey(req);
    if (given !== undefined) {
      const found = await keys.resolve(given);
      if (found.kind === 'ok') return admit(req, found.principal, next);
      if (found.kind === 'unavailable') {
        return next(new HttpError('auth_unavailable', 'API keys cannot be checked right now; try again shortly', { headers: { 'Retry-After': '1' } }));
      }
      // With authentication off a stray key is ignored, as the original service did.
      if (!(await keys.authEnabled())) return admit(req, keys.anonymous, next);
      return next(new HttpError('invalid_api_key', 'the API key is not valid', { headers: CHALLENGE }));
    }
    if (await keys.authEnabled()) {
      return next(new HttpError('missing_api_key', 'send your key in the X-API-Key header or as Authorization: Bearer <key>', { headers: CHALLENGE }));
    }
    admit(req, keys.anonymous, next);
  };
}

function admit(req: Request, principal: Principal, next: NextFunction): void {
  req.principal = principal;
  req.caller = principal.id;
  next();
}

/** True for keys holding the admin scope (and for everyone while authentication is off). */
export function isAdmin(req: Request): boolean {
  return req.principal?.scopes.has('admin') ?? false;
}

/**
 * Lets a request through when its key holds `scope` (admin holds every scope); otherwise 403.
 * Mount it after `authenticate`, e.g. `app.use('/admin/queues', requireScope('admin'), board)`.
 */
export function requireScope(scope: Scope) {
  return function checkScope(req: Request, _res: Response, next: NextFunction): void {
    const principal = req.principal as Principal | undefined;
    if (!principal) return next(new HttpError('missing_api_key', 'this route needs an API key', { headers: CHALLENGE }));
    if (principal.scopes.has(scope) || principal.scopes.has('admin')) return next();
    next(new HttpError('insufficient_scope', `this key lacks the "${scope}" scope`, { details: { required_scope: scope, key_scopes: [...principal.scopes] } }));
  };
}
