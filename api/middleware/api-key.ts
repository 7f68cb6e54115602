import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { HttpError } from '../http-error';

declare module 'express-serve-static-core' {
  interface Request {
    caller: string;
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function presentedKey(req: Request): string | undefined {
  const header = req.get('x-api-key');
  if (header) return header;
  const auth = req.get('authorization');
  const match = auth?.match(/^Bearer\s+(.+)$/i);
  return match?.[1]?.trim();
}

/**
 * The original service's single `API_KEY`: when set, callers send it in `X-API-Key` (or as a Bearer
 * token). Compared as SHA-256 digests in constant time, so neither content nor length leaks.
 */
export function apiKeyAuth(apiKey: string | undefined) {
  const expected = apiKey ? digest(apiKey) : undefined;
  return function requireApiKey(req: Request, _res: Response, next: NextFunction): void {
    if (!expected) {
      req.caller = 'anonymous';
      return next();
    }
    const given = presentedKey(req);
    if (!given) return next(new HttpError(401, 'missing_api_key', 'send your key in the X-API-Key header'));
    if (!timingSafeEqual(digest(given), expected)) return next(new HttpError(401, 'invalid_api_key', 'the API key is not valid'));
    req.caller = 'api-key';
    next();
  };
}
