/**
 * What every wire format shares when turning a failed SDK call into a `ProviderError`: aborts,
 * network failures, unreadable 2xx answers, Retry-After, and keeping keys out of messages.
 * Each format file (openai-style, anthropic, gemini) supplies only how to read its error body
 * and which of its codes and messages mean something more specific than the HTTP status.
 */
import { APICallError } from 'ai';
import { kindFromStatus, parseRetryAfter, ProviderError } from '../../../shared/provider-error';
import type { ErrorKind } from '../../../shared/task-schemas';
import { stripUserinfo } from '../../../shared/text/userinfo';

export interface ClassifyContext {
  provider: string;
  /** The caller's signal: when it has fired, whatever the SDK threw is our own deadline. */
  signal: AbortSignal;
  /** Strings that must never appear in an error (the API key). */
  secrets: readonly string[];
}

/** The provider's own account of the failure, read from its error body. */
export interface ErrorBody {
  code?: string;
  type?: string;
  message?: string;
  /** A retry delay the body states (Gemini's RetryInfo), used when no Retry-After header is sent. */
  retryAfterMs?: number;
}

export interface WireFormat {
  readBody(body: unknown): ErrorBody;
  /** A kind more specific than the status alone gives, or undefined to fall back to the status. */
  refineKind(status: number, body: ErrorBody): ErrorKind | undefined;
}

export type Classifier = (err: unknown, ctx: ClassifyContext) => ProviderError;

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ConnectionRefused',
  'ConnectionClosed',
  'FailedToOpenSocket',
]);
/** Nobody answers at that address at all: the base URL, not one model, is unreachable. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ConnectionRefused', 'FailedToOpenSocket']);
const NETWORK_MESSAGES = /socket hang up|other side closed|fetch failed|terminated|ECONNRESET|ECONNREFUSED/i;

/** Errors the AI SDK throws when a 2xx answer is not what the provider's format promises. */
const MALFORMED_ERROR_NAMES = new Set([
  'AI_JSONParseError',
  'AI_TypeValidationError',
  'AI_InvalidResponseDataError',
  'AI_EmptyResponseBodyError',
  'AI_NoContentGeneratedError',
]);

/** Known credential shapes, scrubbed even when they are not this adapter's credential (a proxy may echo another). */
const KEY_PATTERNS = [
  /\bsk-[A-Za-z0-9_-]{8,}/g,
  /\bnvapi-[A-Za-z0-9_-]{8,}/g,
  /\bhf_[A-Za-z0-9]{8,}/g,
  /\bAIza[0-9A-Za-z_-]{20,}/g,
  // A masked key as providers quote it ("Incorrect API key provided: sk-test-****...KEY1"): its ends still identify it.
  /\b(?:sk|nvapi|hf|AIza)[-_]?[A-Za-z0-9_-]*\*{3,}[A-Za-z0-9_*-]*/g,
];
const MAX_MESSAGE = 500;

export function redact(text: string, secrets: readonly string[]): string {
  let out = stripUserinfo(text);
  for (const secret of secrets) if (secret.length > 0) out = out.split(secret).join('[redacted]');
  for (const pattern of KEY_PATTERNS) out = out.replace(pattern, '[redacted]');
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE)}…` : out;
}

function safeHeaders(headers: Record<string, string> | undefined, secrets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name === 'set-cookie') continue;
    out[name] = secrets.some((s) => s.length > 0 && value.includes(s)) ? '[redacted]' : value;
  }
  return out;
}

interface ErrorLike {
  name: string;
  message: string;
  code?: unknown;
  cause?: unknown;
}

/**
 * Duck-typed rather than `instanceof Error`: fetch's errors can come from another realm (undici
 * inside Node, a test VM), where `instanceof` says no to a perfectly good Error.
 */
function errorLike(value: unknown): value is ErrorLike {
  return typeof value === 'object' && value !== null && typeof (value as ErrorLike).message === 'string';
}

/** The first network error code along an error's cause chain. */
export function networkCode(err: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = err;
  while (errorLike(current) && !seen.has(current)) {
    seen.add(current);
    const code = current.code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || code.startsWith('UND_ERR'))) return code;
    current = current.cause;
  }
  return undefined;
}

function isAbort(err: unknown): boolean {
  return errorLike(err) && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function asText(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

function fromHttpError(err: APICallError, status: number, ctx: ClassifyContext, format: WireFormat): ProviderError {
  const parsed = format.readBody(err.data ?? parseJson(err.responseBody));
  // Proxies and gateways in front of a provider often answer plain text; that text is the only account.
  const rawText = err.responseBody?.replace(/\s+/g, ' ').trim().slice(0, 300);
  const body = parsed.message === undefined && rawText ? { ...parsed, message: rawText } : parsed;
  const kind = format.refineKind(status, body) ?? kindFromStatus(status);
  const headers = safeHeaders(err.responseHeaders, ctx.secrets);
  // A refused credential's reason often quotes the key (masked, yet its ends identify it): never repeat it.
  const detail = kind === 'auth' ? 'the provider refused the credential' : (body.message ?? (err.message || `HTTP ${status}`));
  return new ProviderError({
    provider: ctx.provider,
    kind,
    status,
    code: body.code ?? body.type,
    headers,
    retryAfterMs: parseRetryAfter(headers) ?? body.retryAfterMs,
    message: redact(`${ctx.provider}: HTTP ${status}${body.code ? ` ${body.code}` : ''}: ${detail}`, ctx.secrets),
  });
}

/** Turns anything an SDK call threw into the one error type; never lets a credential through. */
export function classify(err: unknown, ctx: ClassifyContext, format: WireFormat): ProviderError {
  const { provider, secrets } = ctx;
  if (err instanceof ProviderError) return err;
  if (ctx.signal.aborted || isAbort(err)) {
    return new ProviderError({ provider, kind: 'timeout', message: `${provider}: no answer before the deadline (request aborted)` });
  }
  const message = errorLike(err) ? err.message : String(err);
  const netCode = networkCode(err);
  if (APICallError.isInstance(err)) {
    const status = err.statusCode;
    const headers = safeHeaders(err.responseHeaders, secrets);
    // A 2xx whose body broke off with a socket error is a network failure, not a bad answer.
    if (status === undefined || (status < 300 && netCode !== undefined)) {
      return new ProviderError({ provider, kind: netCode !== undefined && CONNECTION_CODES.has(netCode) ? 'connection' : 'network', status, code: netCode, headers, message: redact(`${provider}: ${message}`, secrets) });
    }
    if (status < 300) {
      return new ProviderError({
        provider,
        kind: 'malformed_response',
        status,
        headers,
        message: redact(`${provider}: HTTP ${status} answer could not be read: ${message}`, secrets),
      });
    }
    return fromHttpError(err, status, ctx, format);
  }
  const name = errorLike(err) ? err.name : '';
  if (netCode !== undefined || (name === 'TypeError' && NETWORK_MESSAGES.test(message))) {
    return new ProviderError({ provider, kind: netCode !== undefined && CONNECTION_CODES.has(netCode) ? 'connection' : 'network', code: netCode, message: redact(`${provider}: ${message}`, secrets) });
  }
  if (MALFORMED_ERROR_NAMES.has(name)) {
    return new ProviderError({ provider, kind: 'malformed_response', message: redact(`${provider}: answer could not be read: ${message}`, secrets) });
  }
  if (name === 'AI_LoadAPIKeyError') {
    return new ProviderError({ provider, kind: 'auth', message: `${provider}: no API key configured` });
  }
  if (name === 'AI_UnsupportedFunctionalityError') {
    return new ProviderError({ provider, kind: 'unsupported', message: redact(`${provider}: ${message}`, secrets) });
  }
  // Anything else is a request the SDK refused to send (bad argument, bad prompt): resending will not help.
  return new ProviderError({ provider, kind: 'bad_request', message: redact(`${provider}: ${message}`, secrets) });
}

/** A 2xx answer that the provider's own filter emptied: the request, not the provider, is the problem. */
export function filteredAnswer(provider: string, rawReason: string | undefined): ProviderError {
  return new ProviderError({
    provider,
    kind: 'content_filter',
    status: 200,
    code: rawReason,
    message: `${provider}: the provider's content filter withheld the answer${rawReason ? ` (${rawReason})` : ''}`,
  });
}
