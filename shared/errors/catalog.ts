/**
 * Every error code the gateway answers with, and what it means on each surface: the HTTP status
 * (the gateway's own API), the OpenAI error `type` (under /v1, where OpenAI's SDKs pick their
 * exception class by status), the Anthropic error `type` (for a Messages API surface), whether a
 * client should try again, and a default message that also documents the code (OpenAPI).
 * `HttpError` is built from a code; no route sets a status by hand.
 */

export type OpenAIErrorType = 'invalid_request_error' | 'authentication_error' | 'permission_error' | 'rate_limit_error' | 'server_error';
export type AnthropicErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'not_found_error'
  | 'request_too_large'
  | 'rate_limit_error'
  | 'api_error'
  | 'overloaded_error';

export interface ErrorEntry {
  status: number;
  openai: OpenAIErrorType;
  anthropic: AnthropicErrorType;
  /** Whether the same request may succeed later (after Retry-After, when sent). */
  retry: boolean;
  message: string;
  /** Under /v1, when OpenAI's own API answers the same case with another status. */
  openaiStatus?: number;
  /** Named statuses for the same code in another situation (the situation is in the name). */
  variants?: Readonly<Partial<Record<ErrorVariant, number>>>;
}

/** `lookup`: the thing named is the resource asked for (404, not 400); `stalled`: it started, then went silent (502, not 504). */
export type ErrorVariant = 'lookup' | 'stalled';

const bad = (message: string): ErrorEntry => ({ status: 400, openai: 'invalid_request_error', anthropic: 'invalid_request_error', retry: false, message });
const missing = (message: string): ErrorEntry => ({ status: 404, openai: 'invalid_request_error', anthropic: 'not_found_error', retry: false, message });
const unavailable = (message: string, retry = true): ErrorEntry => ({ status: 503, openai: 'server_error', anthropic: 'overloaded_error', retry, message });
const timedOut = (message: string): ErrorEntry => ({ status: 504, openai: 'server_error', anthropic: 'api_error', retry: true, message });

export const ERROR_CATALOG = {
  // 400: the request itself is wrong; sending it again changes nothing.
  invalid_json: bad('the body is not JSON'),
  invalid_request: bad('the body fails the schema; `details` lists each bad field'),
  unstorable_text: bad('a string holds NUL (U+0000) or an unpaired surrogate, which Postgres cannot store; `details` names the field'),
  invalid_query: bad('a query parameter is unknown or invalid; `details` lists each'),
  unknown_task: { ...bad('no such task; `details.known_tasks` lists them (404 on GET /ai/tasks/{name})'), variants: { lookup: 404 } },
  invalid_options: bad("the task's options are invalid; `details` lists each"),
  unknown_provider: bad('no such provider; `details.known_providers` lists them'),
  provider_not_configured: bad('the provider has no usable credential'),
  invalid_idempotency_key: bad('Idempotency-Key is not 1 to 255 visible ASCII characters'),
  request_aborted: bad('the client went away before the body arrived'),
  undecodable_body: bad('the body could not be decoded: corrupt or truncated gzip, deflate or br, or fewer bytes than Content-Length'),
  invalid_path: bad('a path segment is not valid %-encoding (a `%` not followed by two hex digits, or bytes that are not UTF-8)'),
  bad_http_request: bad('the request is not valid HTTP (answered by the server before any route)'),
  invalid_fallback: bad('an entry of `fallbacks` names no usable model'),
  unsupported_content: bad('a message part is not text'),
  unsupported_role: bad('a message role other than system, developer, user or assistant'),
  unsupported_parameter: bad('a parameter the gateway cannot honour'),
  invalid_tools: bad('a tool (or legacy function) definition is malformed: its name, or its parameters not an object schema'),
  invalid_tool_choice: bad('tool_choice (or function_call) is malformed or names no offered tool'),
  invalid_tool_call: bad("an assistant message's tool call, or a tool message, is malformed or answers no earlier call"),
  invalid_schema: bad('a JSON Schema (tool parameters, response_format json_schema) is not a valid schema'),
  invalid_response_format: bad('response_format is not text, json_object or json_schema with a schema'),
  capability_unavailable: bad('no target of the request can do what it needs (tool calling, image input, JSON output); `details.targets` says why each was passed over'),
  invalid_image_url: bad('an image is not a data:image URL (PNG, JPEG, GIF, WebP, within IMAGE_MAX_BYTES) or an https URL to a public address'),
  previous_response_not_found: bad('`previous_response_id` names no response this API key made (or it was made with store: false)'),
  embeddings_unsupported: bad('the model named for /v1/embeddings is on a provider that cannot embed'),
  // 401/403: who is calling, and what they may do.
  missing_api_key: { status: 401, openai: 'authentication_error', anthropic: 'authentication_error', retry: false, message: 'authentication is on and no API key was sent' },
  invalid_api_key: { status: 401, openai: 'authentication_error', anthropic: 'authentication_error', retry: false, message: 'the API key is wrong or revoked' },
  invalid_metrics_token: { status: 401, openai: 'authentication_error', anthropic: 'authentication_error', retry: false, message: 'METRICS_TOKEN is set and the Bearer token is missing or wrong' },
  insufficient_scope: { status: 403, openai: 'permission_error', anthropic: 'permission_error', retry: false, message: 'the API key lacks the scope this route needs' },
  // 404/405: nothing there, or not that way.
  not_found: missing('no such route'),
  task_not_found: missing('no task with this id that this API key may read'),
  model_not_found: missing('no such model; GET /v1/models lists them'),
  method_not_allowed: { status: 405, openai: 'invalid_request_error', anthropic: 'invalid_request_error', retry: false, message: 'the path exists, the method does not; `Allow` lists the methods' },
  read_only: { status: 405, openai: 'invalid_request_error', anthropic: 'invalid_request_error', retry: false, message: 'the queue board is read-only (BULL_BOARD_READ_ONLY)' },
  request_timeout: { status: 408, openai: 'invalid_request_error', anthropic: 'invalid_request_error', retry: true, message: "the request's headers or body did not arrive in time" },
  // 413/415/422/431: the body's size, type or meaning; the headers' size.
  payload_too_large: { status: 413, openai: 'invalid_request_error', anthropic: 'request_too_large', retry: false, message: 'the body is over MAX_BODY_BYTES' },
  unsupported_media_type: { status: 415, openai: 'invalid_request_error', anthropic: 'invalid_request_error', retry: false, message: 'the body is not application/json' },
  unsupported_content_encoding: { status: 415, openai: 'invalid_request_error', anthropic: 'invalid_request_error', retry: false, message: 'the Content-Encoding is not identity, gzip, deflate or br' },
  headers_too_large: { status: 431, openai: 'invalid_request_error', anthropic: 'request_too_large', retry: false, message: "the request's headers are over the server's limit (16 KB)" },
  idempotency_key_reused: { status: 422, openai: 'invalid_request_error', anthropic: 'invalid_request_error', retry: false, message: 'the Idempotency-Key was used with another body' },
  // OpenAI answers a refused prompt with 400; the gateway's own API has always said 422.
  content_filtered: { status: 422, openaiStatus: 400, openai: 'invalid_request_error', anthropic: 'invalid_request_error', retry: false, message: 'a provider refused the content' },
  // 429: too many, for now.
  rate_limited: { status: 429, openai: 'rate_limit_error', anthropic: 'rate_limit_error', retry: true, message: 'over the per-minute limit; see Retry-After and RateLimit-*' },
  queue_full: { status: 429, openai: 'rate_limit_error', anthropic: 'rate_limit_error', retry: true, message: "the key already has its most tasks waiting (--max-queued or FAIR_DEFAULT_MAX_QUEUED); `details` gives both" },
  // Spent is spent: retrying changes nothing until the period ends (x-should-retry: false tells OpenAI's SDKs so).
  budget_exceeded: {
    status: 429,
    openai: 'rate_limit_error',
    anthropic: 'rate_limit_error',
    retry: false,
    message: "the key's budget (or the gateway's BUDGET_USD_PER_DAY) is spent; `details` says which, and when it resets",
  },
  // 499: the client left (recorded on the task; nobody is there to read it).
  cancelled: { status: 499, openai: 'invalid_request_error', anthropic: 'invalid_request_error', retry: false, message: 'the client went away; the answer was cancelled' },
  // 5xx: the gateway or every provider failed.
  internal_error: { status: 500, openai: 'server_error', anthropic: 'api_error', retry: false, message: 'an unexpected error; nothing more is disclosed' },
  task_failed: { status: 500, openai: 'server_error', anthropic: 'api_error', retry: false, message: 'the task could not be completed' },
  task_lost: { status: 500, openai: 'server_error', anthropic: 'api_error', retry: true, message: "the task's queued job vanished from Redis again and again; it was given up (send it again)" },
  unstorable_result: { status: 500, openai: 'server_error', anthropic: 'api_error', retry: false, message: "the task's answer held text Postgres cannot store (NUL); the task failed at once" },
  stream_interrupted: { status: 502, openai: 'server_error', anthropic: 'api_error', retry: true, message: 'part of a streamed answer went missing, or it broke off and could not be resumed' },
  all_providers_failed: unavailable('every provider failed; `details.attempts` says why'),
  no_provider_available: unavailable('no provider could be tried', false),
  queue_unavailable: unavailable('Redis is unreachable (with Retry-After)'),
  database_unavailable: unavailable('Postgres is unreachable (with Retry-After)'),
  storage_unavailable: unavailable('neither Postgres nor Redis answered'),
  auth_unavailable: unavailable('API keys cannot be checked: Postgres is unreachable and the key is not cached'),
  rate_limit_unavailable: unavailable('the rate limiter (Redis) is unreachable; fails closed'),
  not_ready: unavailable('Redis or Postgres is down; `details` names which'),
  dashboard_not_built: unavailable('the dashboard assets are missing; run `npm run build`', false),
  stream_unavailable: unavailable('the worker cannot relay the stream (Redis)'),
  task_deadline_exceeded: timedOut('the task used up TASK_DEADLINE_SECONDS'),
  timeout: timedOut('no answer within the wait; the task goes on at GET /ai/task/{id}'),
  stream_timeout: { ...timedOut('no worker took the streamed task in time (502 when a started stream went silent)'), variants: { stalled: 502 } },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CATALOG, code);
}

/**
 * The entry for a code that arrives as data (a task outcome, a relayed stream event): a code the
 * catalogue does not know is answered as `task_failed` is, keeping its own name.
 */
export function entryFor(code: string): ErrorEntry {
  return isErrorCode(code) ? ERROR_CATALOG[code] : ERROR_CATALOG.task_failed;
}

export type Surface = 'gateway' | 'openai';

export function statusFor(code: string, surface: Surface = 'gateway', variant?: ErrorVariant): number {
  const entry = entryFor(code);
  const varied = variant === undefined ? undefined : entry.variants?.[variant];
  if (varied !== undefined) return varied;
  return surface === 'openai' ? (entry.openaiStatus ?? entry.status) : entry.status;
}
