import type { NextFunction, Request, Response } from 'express';
import { findUnstorable } from '../../shared/text/storable';
import { HttpError } from '../http-error';

/**
 * Refuses a parsed body holding text Postgres cannot store (shared/text/storable.ts), naming the
 * field, before any route sees it: one rule for every route, /v1 included (there `param` names it).
 */
export function refuseUnstorableText() {
  return function checkStorableText(req: Request, _res: Response, next: NextFunction): void {
    if (req.body === undefined || req.body === null) return next();
    const bad = findUnstorable(req.body);
    if (!bad) return next();
    next(new HttpError('unstorable_text', `${bad.field}: ${bad.message}`, { details: [bad] }));
  };
}
