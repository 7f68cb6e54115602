/**
 * Errors from the Gemini API (google.rpc.Status): {"error":{"code":400,"message","status","details"}}.
 * The status names the failure; note that a bad key is a 400 INVALID_ARGUMENT whose details
 * carry reason API_KEY_INVALID, so it is read as `auth`, not as a bad request.
 */
import type { ErrorKind } from '../../../shared/task-schemas';
import type { ProviderError } from '../../../shared/provider-error';
import { asRecord, asText, classify, type ClassifyContext, type ErrorBody, type WireFormat } from './common';

const BY_STATUS: Readonly<Record<string, ErrorKind>> = {
  RESOURCE_EXHAUSTED: 'rate_limited',
  UNAVAILABLE: 'overloaded',
  DEADLINE_EXCEEDED: 'timeout',
  UNAUTHENTICATED: 'auth',
  PERMISSION_DENIED: 'auth',
  INTERNAL: 'server_error',
};
const AUTH_MESSAGE = /API key not valid|API_KEY_INVALID|API key expired/i;
const CONTEXT_MESSAGE = /exceeds the maximum number of tokens|input token count|context window|too long/i;
const FILTER_MESSAGE = /safety|blocked|prohibited content|harm category/i;

/** Reasons from `details[].reason` (google.rpc.ErrorInfo), joined so one test reads them all. */
function detailReasons(details: unknown): string {
  if (!Array.isArray(details)) return '';
  return details.map((d) => asText(asRecord(d)?.reason) ?? '').join(' ');
}

/** google.rpc.RetryInfo's `retryDelay` ("38s", "0.5s") in milliseconds. */
function retryDelayMs(details: unknown): number | undefined {
  if (!Array.isArray(details)) return undefined;
  for (const d of details) {
    const match = asText(asRecord(d)?.retryDelay)?.match(/^(\d+(?:\.\d+)?)s$/);
    if (match?.[1] !== undefined) return Math.round(Number(match[1]) * 1000);
  }
  return undefined;
}

function readBody(raw: unknown): ErrorBody {
  const error = asRecord(asRecord(raw)?.error);
  if (!error) return {};
  const reasons = detailReasons(error.details);
  return { code: asText(error.status), type: reasons || undefined, message: asText(error.message), retryAfterMs: retryDelayMs(error.details) };
}

function refineKind(status: number, body: ErrorBody): ErrorKind | undefined {
  const message = `${body.message ?? ''} ${body.type ?? ''}`;
  if (AUTH_MESSAGE.test(message)) return 'auth';
  const byStatus = body.code === undefined ? undefined : BY_STATUS[body.code];
  if (byStatus) return byStatus;
  if (status >= 400 && status < 500 && status !== 429) {
    if (CONTEXT_MESSAGE.test(message)) return 'context_length';
    if (FILTER_MESSAGE.test(message)) return 'content_filter';
  }
  return undefined;
}

export const geminiFormat: WireFormat = { readBody, refineKind };

export function classifyGeminiError(err: unknown, ctx: ClassifyContext): ProviderError {
  return classify(err, ctx, geminiFormat);
}
