import express, { type NextFunction, type Request, type Response } from 'express';
import { HttpError } from '../http-error';

/** Parses JSON bodies up to `limitBytes`; a POST in any other content type is refused with 415. */
export function jsonBody(limitBytes: number) {
  const parse = express.json({ limit: limitBytes, strict: true, type: () => true });
  return function parseJsonBody(req: Request, res: Response, next: NextFunction): void {
    if (req.method !== 'POST' && req.method !== 'PUT' && req.method !== 'PATCH') return next();
    if (!req.is('application/json') && !req.is('application/*+json')) {
      return next(new HttpError(415, 'unsupported_media_type', 'send the body as JSON with Content-Type: application/json'));
    }
    parse(req, res, next);
  };
}
