/**
 * Errors from the Anthropic Messages API: {"type":"error","error":{"type","message"}}.
 * The error type names the failure more precisely than the status (529 overloaded_error,
 * 413 request_too_large); "prompt is too long" is a 400 invalid_request_error.
 */
import type { ErrorKind } from '../../../shared/task-schemas';
import type { ProviderError } from '../../../shared/provider-error';
import { asRecord, asText, classify, type ClassifyContext, type ErrorBody, type WireFormat } from './common';

const BY_TYPE: Readonly<Record<string, ErrorKind>> = {
  overloaded_error: 'overloaded',
  rate_limit_error: 'rate_limited',
  authentication_error: 'auth',
  permission_error: 'auth',
  billing_error: 'auth',
  timeout_error: 'timeout',
  request_too_large: 'context_length',
  not_found_error: 'model_not_found',
};
const CONTEXT_MESSAGE = /prompt is too long|context window|context length|too many (input )?tokens|exceeds? the maximum/i;
const FILTER_MESSAGE = /content filtering|output blocked|usage polic|safety/i;

function readBody(raw: unknown): ErrorBody {
  const error = asRecord(asRecord(raw)?.error);
  if (!error) return {};
  const type = asText(error.type);
  return { type, code: type, message: asText(error.message) };
}

function refineKind(status: number, body: ErrorBody): ErrorKind | undefined {
  if (status === 529) return 'overloaded';
  const byType = body.type === undefined ? undefined : BY_TYPE[body.type];
  if (byType) return byType;
  if (status >= 400 && status < 500 && status !== 429) {
    const message = body.message ?? '';
    if (CONTEXT_MESSAGE.test(message)) return 'context_length';
    if (FILTER_MESSAGE.test(message)) return 'content_filter';
  }
  return undefined;
}

export const anthropicFormat: WireFormat = { readBody, refineKind };

export function classifyAnthropicError(err: unknown, ctx: ClassifyContext): ProviderError {
  return classify(err, ctx, anthropicFormat);
}
