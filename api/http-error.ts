/**
 * The one error type for HTTP answers, built from a code in the error catalogue
 * (shared/errors/catalog.ts), which decides its status on each surface. The responders turn it
 * into `{error: {code, message, details?}}`, or OpenAI's shape under /v1.
 */
import { entryFor, statusFor, type ErrorCode, type ErrorEntry, type ErrorVariant, type Surface } from '../shared/errors/catalog';

export interface HttpErrorOptions {
  details?: unknown;
  headers?: Record<string, string>;
  /** The code's status in a named situation, from its catalogue entry. */
  variant?: ErrorVariant;
}

declare const fromData: unique symbol;
/** A code that arrived as data (a task's outcome, a relayed stream event); see `HttpError.fromTask`. */
export type DataCode = string & { readonly [fromData]: true };

export class HttpError extends Error {
  /** The status on the gateway's own surface; `statusOn` gives the others. */
  readonly status: number;
  readonly details?: unknown;
  readonly headers: Record<string, string>;
  readonly variant?: ErrorVariant;

  /** `message` defaults to the catalogue's. */
  constructor(
    readonly code: ErrorCode | DataCode,
    message?: string,
    options: HttpErrorOptions = {},
  ) {
    super(message ?? entryFor(code).message);
    this.name = 'HttpError';
    this.details = options.details;
    this.headers = options.headers ?? {};
    this.variant = options.variant;
    this.status = statusFor(code, 'gateway', options.variant);
  }

  /** A task's own error code: one the catalogue does not know is answered as `task_failed` is, under its own name. */
  static fromTask(code: string, message: string, details?: unknown): HttpError {
    return new HttpError(code as DataCode, message, { details });
  }

  get entry(): ErrorEntry {
    return entryFor(this.code);
  }

  statusOn(surface: Surface): number {
    return statusFor(this.code, surface, this.variant);
  }

  /** The same error with more response headers (a 401 that should also ask a browser for a password). */
  withHeaders(headers: Record<string, string>): HttpError {
    return new HttpError(this.code, this.message, { details: this.details, variant: this.variant, headers: { ...this.headers, ...headers } });
  }
}

export function errorBody(code: string, message: string, details?: unknown, requestId?: string) {
  return { error: { code, message, ...(details === undefined ? {} : { details }), ...(requestId ? { request_id: requestId } : {}) } };
}
