/**
 * OpenAI's error shape, `{error: {message, type, param, code}}`, for everything under /v1, so that
 * OpenAI's SDKs raise their usual exception classes (they choose them by status code). Status and
 * type come from the error catalogue, on its OpenAI surface.
 */
import type { z } from 'zod';
import type { Logger } from '../../shared/logger';
import { entryFor, type ErrorCode } from '../../shared/errors/catalog';
import { HttpError } from '../http-error';
import { errorResponder } from '../middleware/error-handler';
import { fieldErrors } from '../schemas';
import type { OpenAIErrorBody } from './schemas';

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

export function openAIErrorBody(code: string, message: string, param: string | null = null): OpenAIErrorBody {
  return { error: { message, type: entryFor(code).openai, param, code } };
}

/** An HttpError for a request the gateway cannot take, naming the offending field as OpenAI does. */
export function invalidRequest(param: string | null, message: string, code: ErrorCode = 'invalid_request'): HttpError {
  return new HttpError(code, message, { details: param === null ? undefined : { param } });
}

/** The request body parsed by `schema`, or a 400 `invalid_request` listing every field's problem (the first is the `param`). */
export function parseRequest<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const fields = fieldErrors(parsed.error);
  throw new HttpError('invalid_request', fields.map((f) => `${f.field}: ${f.message}`).join('; '), { details: fields });
}

export function openAIErrorHandler(logger: Logger) {
  return errorResponder(logger, 'openai', (e) => openAIErrorBody(e.code, e.message, paramOf(e.details)));
}
