import type { NextFunction, Request, Response } from 'express';
import type { Surface } from '../../shared/errors/catalog';
import type { Logger } from '../../shared/logger';
import { HttpError, errorBody } from '../http-error';

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  /** The Content-Encoding body-parser could not decode (`encoding.unsupported`). */
  encoding?: string;
  /** zlib's code when a gzip, deflate or br body is corrupt or cut short (`Z_DATA_ERROR`, `Z_BUF_ERROR`). */
  code?: string;
}

const printable = (value: string) => JSON.stringify(value.slice(0, 64));

/** Turns anything thrown into the one error type; a client never sees a stack trace. */
function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  const parserError = err as BodyParserError;
  switch (parserError?.type) {
    case 'entity.parse.failed':
      return new HttpError('invalid_json', 'the body is not valid JSON');
    case 'entity.too.large':
      return new HttpError('payload_too_large', `the body is larger than the limit of ${parserError.limit} bytes`);
    case 'encoding.unsupported':
      return new HttpError(
        'unsupported_content_encoding',
        `the Content-Encoding ${printable(parserError.encoding ?? '')} is not supported; send the body as identity, gzip, deflate or br`,
      );
    case 'charset.unsupported':
      return new HttpError('unsupported_media_type', 'the body must be UTF-8 JSON');
    case 'request.aborted':
      return new HttpError('request_aborted', 'the request was aborted before its body arrived');
    case 'request.size.invalid':
      return new HttpError('undecodable_body', 'the body is not as long as its Content-Length says');
  }
  // Express 5's router marks a path parameter it cannot %-decode with 400 and a URIError.
  if (err instanceof URIError) return new HttpError('invalid_path', 'a path segment is not valid %-encoding; encode `%` itself as %25');
  if (typeof parserError?.code === 'string' && parserError.code.startsWith('Z_')) {
    return new HttpError('undecodable_body', 'the body could not be decompressed: it is corrupt or truncated for its Content-Encoding');
  }
  return new HttpError('internal_error', 'an unexpected error occurred');
}

/**
 * An error-handling middleware that answers with the status the catalogue gives on `surface`, in
 * the shape `render` gives; the gateway's own shape and OpenAI's (under /v1) differ only there.
 */
export function errorResponder(logger: Logger, surface: Surface, render: (error: HttpError, req: Request) => unknown) {
  return function handleError(err: unknown, req: Request, res: Response, _next: NextFunction): void {
    const httpError = toHttpError(err);
    if (httpError.status >= 500 && !(err instanceof HttpError)) {
      logger.error('request failed', { request_id: req.requestId, path: req.path, error: err });
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    for (const [name, value] of Object.entries(httpError.headers)) res.setHeader(name, value);
    res.status(httpError.statusOn(surface)).json(render(httpError, req));
  };
}

export function errorHandler(logger: Logger) {
  return errorResponder(logger, 'gateway', (e, req) => errorBody(e.code, e.message, e.details, req.requestId));
}

export function notFound() {
  return function routeNotFound(req: Request, _res: Response, next: NextFunction): void {
    next(new HttpError('not_found', `no route for ${req.method} ${req.path}`));
  };
}
