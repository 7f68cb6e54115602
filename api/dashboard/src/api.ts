/**
 * Every call the dashboard makes goes through `call`: it sends the key from localStorage, turns an
 * error answer into an ApiError, and tells the page about 401/403/429 so it can say what to do.
 */

export const KEY_STORAGE = 'aigw_api_key';

export function storedKey(): string | null {
  try {
    return localStorage.getItem(KEY_STORAGE);
  } catch {
    return null; // storage disabled (private mode, sandboxed frame)
  }
}

export function storeKey(key: string | null): void {
  try {
    if (key) localStorage.setItem(KEY_STORAGE, key);
    else localStorage.removeItem(KEY_STORAGE);
  } catch {
    // Nothing to do: the key then lasts as long as the page.
  }
  memoryKey = key;
}

let memoryKey: string | null = null;

function currentKey(): string | null {
  return storedKey() ?? memoryKey;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly retryAfterSeconds?: number,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiAnswer<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Background refreshes pass true: their 401s stay in their own panel instead of raising the banner again. */
  quiet?: boolean;
}

type AccessListener = (error: ApiError) => void;
const accessListeners: AccessListener[] = [];

/** Called on every 401, 403 and 429, whichever panel made the call. */
export function onAccessProblem(listener: AccessListener): void {
  accessListeners.push(listener);
}

export async function call<T>(path: string, options: CallOptions = {}): Promise<ApiAnswer<T>> {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json');
  const key = currentKey();
  if (key) headers.set('X-API-Key', key);
  if (options.body !== undefined) headers.set('Content-Type', 'application/json');
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(options.query ?? {})) if (value) query.set(name, value);
  // Relative to the page, so the dashboard also works behind a reverse proxy's path prefix.
  const relative = path.replace(/^\//, '');
  const url = query.size > 0 ? `${relative}?${query.toString()}` : relative;

  let res: Response;
  try {
    res = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      cache: 'no-store',
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network_error', 'the gateway did not answer');
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  if (!res.ok) {
    const error = toApiError(res, body);
    if (!options.quiet && [401, 403, 429].includes(res.status)) for (const listener of accessListeners) listener(error);
    throw error;
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

function toApiError(res: Response, body: unknown): ApiError {
  const e = (body as { error?: { code?: unknown; message?: unknown; details?: unknown; request_id?: unknown } } | null)?.error;
  const retryAfter = Number(res.headers.get('retry-after'));
  return new ApiError(
    res.status,
    typeof e?.code === 'string' ? e.code : `http_${res.status}`,
    typeof e?.message === 'string' ? e.message : res.statusText || `HTTP ${res.status}`,
    e?.details,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    typeof e?.request_id === 'string' ? e.request_id : (res.headers.get('x-request-id') ?? undefined),
  );
}

/** What a person should read for an error: what happened and what to do about it. */
export function explain(error: ApiError): string {
  switch (error.status) {
    case 0:
      return 'The gateway did not answer. Check that it is running and reachable, then try again.';
    case 401:
      return error.code === 'missing_api_key'
        ? 'This gateway needs an API key (401 missing_api_key). Paste your key into the “API key” field at the top and press “Save key”.'
        : 'The gateway rejected this API key (401 invalid_api_key). Check the key in the “API key” field at the top, or ask the operator for a valid one.';
    case 403: {
      const scope = (error.details as { required_scope?: unknown } | undefined)?.required_scope;
      const need = typeof scope === 'string' ? ` it needs the “${scope}” scope` : ` ${error.message}`;
      return `This API key is not allowed to do that (403 ${error.code}):${need}. Use a key with that scope.`;
    }
    case 429: {
      const wait = error.retryAfterSeconds ? `Try again in ${Math.ceil(error.retryAfterSeconds)} s.` : 'Wait a moment and try again.';
      return `Too many requests (429): the rate limit for this key is used up. ${wait}`;
    }
    default:
      return `${capitalise(error.message)} (${error.status} ${error.code}).`;
  }
}

/** A panel's one-liner; the banner above the page carries the full explanation for 401, 403 and 429. */
export function brief(error: ApiError): string {
  switch (error.status) {
    case 401:
      return 'Needs a valid API key (401): see the message above.';
    case 403:
      return 'This API key lacks the scope for this panel (403).';
    case 429:
      return 'Rate limited (429): trying again shortly.';
    default:
      return explain(error);
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
