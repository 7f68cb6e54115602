import express, { type NextFunction, type Request, type Response } from 'express';
import { HttpError } from '../http-error';

/** Parses JSON bodies up to `limitBytes`; a POST in any other content type is refused with 415. */
export function jsonBody(limitBytes: number) {
  const parse = express.json({ limit: limitBytes, strict: true, type: () => true });
  return function parseJsonBody(req: Request, res: Response, next: NextFunction): void {
    if (req.method !== 'POST' && req.method !== 'PUT' && req.method !== 'PATCH') return next();
    const type = req.is(['application/json', 'application/*+json']);
    // A POST with no body at all (`curl -X POST .../history/cleanup`) has nothing to parse; the route judges it.
    const empty = type === null || (req.get('content-length') === '0' && !req.get('content-type'));
    if (empty) return next();
    if (!type) {
      return next(new HttpError('unsupported_media_type', 'send the body as JSON with Content-Type: application/json'));
    }
    parse(req, res, next);
  };
}
