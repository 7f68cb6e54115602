/**
 * The one error type for a failed provider call. Whether it is worth retrying is decided here,
 * from the kind, and nowhere else: the chain and the circuit breaker read `retryable` and
 * `countsAsProviderFault` and never look at status codes themselves.
 */
import type { ErrorKind } from './task-schemas';

/** Kinds that say the provider (not the request) is at fault: these trip circuit breakers. */
const PROVIDER_FAULTS: ReadonlySet<ErrorKind> = new Set(['overloaded', 'server_error', 'timeout', 'network', 'connection', 'malformed_response']);
/** Kinds worth sending again, to the same provider, after a pause. */
const RETRYABLE: ReadonlySet<ErrorKind> = new Set(['rate_limited', 'overloaded', 'server_error', 'network', 'malformed_response']);

export interface ProviderErrorInit {
  provider: string;
  kind: ErrorKind;
  message: string;
  status?: number;
  code?: string;
  headers?: Record<string, string>;
  retryAfterMs?: number;
  cause?: unknown;
}

export class ProviderError extends Error {
  readonly provider: string;
  readonly kind: ErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly headers: Record<string, string>;
  readonly retryAfterMs?: number;

  constructor(init: ProviderErrorInit) {
    super(init.message, { cause: init.cause });
    this.name = 'ProviderError';
    this.provider = init.provider;
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.headers = init.headers ?? {};
    this.retryAfterMs = init.retryAfterMs;
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }

  get countsAsProviderFault(): boolean {
    return PROVIDER_FAULTS.has(this.kind);
  }
}

/** Maps an HTTP status to a kind, for answers whose body says nothing more specific. */
export function kindFromStatus(status: number): ErrorKind {
  if (status === 429) return 'rate_limited';
  if (status === 529 || status === 503) return 'overloaded';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 401 || status === 403) return 'auth';
  if (status === 413) return 'context_length';
  if (status === 404) return 'model_not_found';
  if (status >= 500) return 'server_error';
  if (status === 409) return 'server_error';
  return 'bad_request';
}

/** `Retry-After` (seconds or HTTP date) and `retry-after-ms`, in milliseconds. */
export function parseRetryAfter(headers: Record<string, string | undefined>, now = Date.now()): number | undefined {
  const ms = headers['retry-after-ms'];
  if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.round(Number(ms));
  const value = headers['retry-after'];
  if (value === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
