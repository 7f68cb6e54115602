/**
 * The errors the thin OpenAI reader throws, built as @ai-sdk/provider-utils' postToApi and
 * @ai-sdk/openai build them, so that the classifier (errors/openai-style.ts) and the retry logic see
 * exactly what they see from the SDK: an `APICallError` with the status, body, headers and
 * retryability of an HTTP error, of a connection failure, or of an error frame sent before output.
 */
import { APICallError } from 'ai';
import { isAbortError, readResponseWithSizeLimit, secureJsonParse } from '@ai-sdk/provider-utils';
import type { ResponseLike } from './chat-transport';
import { errorFrameOf, type ErrorFrame } from './chunk-shape';

export interface CallContext {
  url: string;
  requestBodyValues: unknown;
}

/** provider-utils' extractResponseHeaders, for an answer that need not be a fetch Response. */
export function responseHeadersOf(answer: { headers: Headers }): Record<string, string> {
  return Object.fromEntries([...answer.headers]);
}

/** A non-2xx answer: createJsonErrorResponseHandler with OpenAI's error schema (message from `error.message`, else the status text). */
export async function httpError(response: ResponseLike, call: CallContext): Promise<Error> {
  const responseHeaders = responseHeadersOf(response);
  const common = { ...call, statusCode: response.status, responseHeaders };
  let responseBody: string;
  try {
    // The helper reads only the headers and the body, which every ResponseLike has.
    responseBody = new TextDecoder().decode(await readResponseWithSizeLimit({ response: response as Response, url: call.url }));
  } catch (error) {
    if (isAbortError(error) || APICallError.isInstance(error)) return error as Error;
    return new APICallError({ message: 'Failed to process error response', cause: error, ...common });
  }
  if (responseBody.trim() !== '') {
    let frame: ErrorFrame | undefined;
    try {
      frame = errorFrameOf(secureJsonParse(responseBody));
    } catch {
      frame = undefined;
    }
    if (frame) return new APICallError({ message: frame.message, ...common, responseBody, data: { error: frame } });
  }
  return new APICallError({ message: response.statusText, ...common, responseBody });
}

const FETCH_FAILED = ['fetch failed', 'failed to fetch'];
const NETWORK_CODES = new Set([
  'ConnectionRefused',
  'ConnectionClosed',
  'FailedToOpenSocket',
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function networkErrorIn(error: unknown): (Error & { code: string }) | undefined {
  const seen = new Set<unknown>();
  let current = error;
  while (current instanceof Error && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return current as Error & { code: string };
    current = current.cause;
  }
  return undefined;
}

/** provider-utils' handleFetchError: an abort as it is; a failed connection as a retryable APICallError. */
export function fetchError(error: unknown, call: CallContext): unknown {
  if (isAbortError(error)) return error;
  if (error instanceof TypeError && FETCH_FAILED.includes(error.message.toLowerCase())) {
    const cause = error.cause as Error | undefined;
    if (cause != null) return new APICallError({ message: `Cannot connect to API: ${cause.message}`, cause, ...call, isRetryable: true });
  }
  const network = networkErrorIn(error);
  if (network === undefined) return error;
  if (APICallError.isInstance(error)) {
    const e = error;
    return new APICallError({ message: e.message, cause: e.cause, url: e.url, requestBodyValues: e.requestBodyValues, statusCode: e.statusCode, responseHeaders: e.responseHeaders, responseBody: e.responseBody, data: e.data, isRetryable: true });
  }
  return new APICallError({ message: `Cannot connect to API: ${error instanceof Error ? error.message : network.message}`, cause: error, ...call, isRetryable: true });
}

/** A failure while reading a 2xx body (wrapResponseBodyStream): an abort as it is, anything else wrapped. */
export function bodyReadError(error: unknown, call: CallContext, response: { status: number; headers: Headers }): unknown {
  if (isAbortError(error)) return error;
  const wrapped = new APICallError({ message: 'Failed to process successful response', cause: error, ...call, statusCode: response.status, responseHeaders: responseHeadersOf(response) });
  return fetchError(wrapped, call);
}

/** An error frame before any output: @ai-sdk/openai's createOpenAIStreamError (status read from the frame's code and type). */
export function earlyStreamError(frame: ErrorFrame, call: CallContext, responseHeaders: Record<string, string>): APICallError {
  const base = { ...call, responseHeaders, responseBody: JSON.stringify(frame), data: frame };
  // The SDK reads a frame with nothing but a message as no stream error at all: a retryable 500.
  if (typeof frame.type !== 'string' && !('code' in frame) && !('param' in frame)) {
    return new APICallError({ message: 'OpenAI stream failed before any output was generated', ...base, statusCode: 500, isRetryable: true });
  }
  const statusCode = statusOf(frame);
  const quota = frame.code === 'insufficient_quota' || frame.type === 'insufficient_quota';
  return new APICallError({
    message: frame.message,
    ...base,
    statusCode,
    isRetryable: !quota && (statusCode === 408 || statusCode === 409 || statusCode === 429 || statusCode >= 500),
  });
}

const httpStatus = (n: number): boolean => Number.isInteger(n) && n >= 400 && n <= 599;

function statusOf(frame: ErrorFrame): number {
  const code = typeof frame.code === 'string' || typeof frame.code === 'number' ? frame.code : undefined;
  if (typeof code === 'number' && httpStatus(code)) return code;
  if (typeof code === 'string' && /^\d{3}$/.test(code) && httpStatus(Number(code))) return Number(code);
  const words = [code, typeof frame.type === 'string' ? frame.type : undefined]
    .filter((v) => v !== undefined)
    .join(' ')
    .toLowerCase();
  if (['insufficient_quota', 'rate_limit'].some((t) => words.includes(t))) return 429;
  if (words.includes('authentication')) return 401;
  if (words.includes('permission')) return 403;
  if (words.includes('not_found')) return 404;
  if (['invalid', 'bad_request', 'context_length'].some((t) => words.includes(t))) return 400;
  if (words.includes('overload')) return 503;
  if (words.includes('timeout')) return 504;
  return 500;
}
