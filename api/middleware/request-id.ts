import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** A caller's X-Request-Id is kept when it is a sane token; otherwise one is generated. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

declare module 'express-serve-static-core' {
  interface Request {
    requestId: string;
  }
}

export function requestId() {
  return function assignRequestId(req: Request, res: Response, next: NextFunction): void {
    const given = req.get('x-request-id');
    req.requestId = given && ACCEPTABLE_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', req.requestId);
    next();
  };
}
