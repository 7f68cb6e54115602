/**
 * OpenAI's error shape, `{error: {message, type, param, code}}`, for everything under /v1, so that
 * OpenAI's SDKs raise their usual exception classes (they choose them by status code).
 */
import type { Logger } from '../../shared/logger';
import { HttpError } from '../http-error';
import { errorResponder } from '../middleware/error-handler';
import type { OpenAIErrorBody } from './schemas';

/** Task error codes as HTTP statuses, for answers that failed before their first byte. */
const TASK_ERROR_STATUS: Readonly<Record<string, number>> = {
  all_providers_failed: 503,
  no_provider_available: 503,
  stream_unavailable: 503,
  task_deadline_exceeded: 504,
  content_filtered: 400,
  stream_interrupted: 502,
  cancelled: 499,
};

export function taskErrorStatus(code: string): number {
  return TASK_ERROR_STATUS[code] ?? 500;
}

function errorType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 429) return 'rate_limit_error';
  return status >= 500 ? 'server_error' : 'invalid_request_error';
}

/** `param` from an HttpError's details: `{param}` or the first of `[{field}]`. */
function paramOf(details: unknown): string | null {
  if (Array.isArray(details)) {
    const first: unknown = details[0];
    const field = typeof first === 'object' && first !== null ? (first as { field?: unknown }).field : undefined;
    return typeof field === 'string' ? field : null;
  }
  const param = typeof details === 'object' && details !== null ? (details as { param?: unknown }).param : undefined;
  return typeof param === 'string' ? param : null;
}

export function openAIErrorBody(status: number, code: string | null, message: string, param: string | null = null): OpenAIErrorBody {
  return { error: { message, type: errorType(status), param, code } };
}

/** An HttpError for a request the gateway cannot take, naming the offending field as OpenAI does. */
export function invalidRequest(param: string | null, message: string, code = 'invalid_request', status = 400): HttpError {
  return new HttpError(status, code, message, param === null ? undefined : { param });
}

export function openAIErrorHandler(logger: Logger) {
  return errorResponder(logger, (e) => openAIErrorBody(e.status, e.code, e.message, paramOf(e.details)));
}
