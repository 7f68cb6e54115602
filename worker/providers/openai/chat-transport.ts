/**
 * The thin reader's POST: through dispatch-post.ts when the call would go to Node's own fetch, and
 * through the given fetch otherwise, with one shape for both so that thin-stream.ts reads either.
 *
 * Why both: dispatch-post.ts costs a fraction of fetch's CPU per call, but it only stands in for the
 * fetch Node ships. A test or an instrumentation that replaced `globalThis.fetch`, or a caller that
 * passes its own fetch, still gets every call, as before; so do the rare cases dispatch-post.ts does
 * not reproduce itself: a URL fetch would refuse (credentials, another scheme, unparsable) and the
 * hops after a redirect (the first redirect's answer is read here, then fetch is asked to follow it,
 * with the request rewritten as fetch would rewrite it).
 */
import { providerFetch, resendingClosed } from '../closed-connection-fetch';
import { dispatchPost, FetchTypeError, type PostAnswer } from '../dispatch-post';

/** What errors read of an answer (httpError reads its body with provider-utils' helpers, as from a Response). */
export type ResponseLike = Pick<Response, 'status' | 'statusText' | 'headers' | 'body'>;

export interface ChatAnswer {
  status: number;
  ok: boolean;
  readonly headers: Headers;
  /** False when fetch would give `response.body === null`. */
  hasBody: boolean;
  /** The next piece of the body, undefined at its end; rejects as fetch's body reader does. */
  read(): Promise<Uint8Array | undefined>;
  /** Drops the unread rest, releasing the connection. */
  cancel(): Promise<void>;
  /** The answer as httpError reads it. */
  response(): ResponseLike;
}

/** Node's own fetch, as the process started with it: only calls that would reach it are sent without it. */
const NODE_FETCH = globalThis.fetch;

/** Headers fetch drops when a redirect turns the POST into a GET (https://fetch.spec.whatwg.org/#request-body-header-name). */
const REQUEST_BODY_HEADERS = new Set(['content-encoding', 'content-language', 'content-location', 'content-type']);
/** Headers fetch drops on a redirect to another origin. */
const CROSS_ORIGIN_DROPPED = new Set(['authorization', 'proxy-authorization', 'cookie', 'host']);

export type PostChat = (body: string, signal: AbortSignal | undefined) => Promise<ChatAnswer>;

/** The POST for one URL and set of headers; which way it goes is judged once here, and per call only whether fetch was replaced since. */
export function chatTransport(fetchImpl: typeof fetch, url: string, headers: Record<string, string>): PostChat {
  const direct = fetchImpl === providerFetch && sentAsGiven(headers) ? directUrl(url) : undefined;
  return async (body, signal) => {
    if (direct === undefined || globalThis.fetch !== NODE_FETCH) return fromResponse(await fetchImpl(url, { method: 'POST', headers, body, signal }));
    const answer = await resendingClosed(() => dispatchPost(direct, headers, body, signal), () => direct.host, signal);
    if (answer.location === undefined) return fromPost(answer);
    return fromResponse(await followRedirect(direct, answer, headers, body, signal));
  };
}

/** The URL, if fetch would send to it as it is: http(s), no credentials (fetch refuses those itself). */
function directUrl(url: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const plain = (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.username === '' && parsed.password === '';
  return plain ? parsed : undefined;
}

/**
 * True when fetch's Headers would take every header and send it unchanged. fetch trims a value's
 * surrounding whitespace (a key read from a file with its newline still works) and refuses what it
 * cannot send; undici below it would refuse the first and fail differently on the second, so such
 * headers go through fetch.
 */
function sentAsGiven(headers: Record<string, string>): boolean {
  let parsed: Headers;
  try {
    parsed = new Headers(headers);
  } catch {
    return false;
  }
  return Object.entries(headers).every(([name, value]) => parsed.get(name) === value);
}

/** fetch's http-redirect fetch for the first hop (fetch itself follows any further one). */
function followRedirect(from: URL, answer: PostAnswer, headers: Record<string, string>, body: string, signal: AbortSignal | undefined): Promise<Response> {
  let to: URL;
  try {
    to = new URL(answer.location as string, from);
  } catch (error) {
    throw new FetchTypeError('fetch failed', { cause: error });
  }
  if (to.protocol !== 'http:' && to.protocol !== 'https:') throw new FetchTypeError('fetch failed', { cause: new Error('URL scheme must be a HTTP(S) scheme') });
  const crossOrigin = to.origin !== from.origin;
  if (crossOrigin && (to.username || to.password)) throw new FetchTypeError('fetch failed', { cause: new Error('cross origin not allowed for request mode "cors"') });
  const toGet = answer.status !== 307 && answer.status !== 308;
  const kept = Object.entries(headers).filter(([name]) => !(toGet && REQUEST_BODY_HEADERS.has(name.toLowerCase())) && !(crossOrigin && CROSS_ORIGIN_DROPPED.has(name.toLowerCase())));
  return providerFetch(to, { method: toGet ? 'GET' : 'POST', headers: Object.fromEntries(kept), body: toGet ? undefined : body, signal });
}

function fromPost(answer: PostAnswer): ChatAnswer {
  return {
    status: answer.status,
    ok: answer.status >= 200 && answer.status <= 299,
    get headers() {
      return answer.headers;
    },
    hasBody: answer.hasBody,
    read: () => answer.read(),
    cancel: async () => answer.cancel(),
    response: () => ({
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
      body: answer.hasBody ? webBody(answer) : null,
    }),
  };
}

/** The body as a web stream, for provider-utils' readers (only error answers take this path). */
function webBody(answer: PostAnswer): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const piece = await answer.read();
      if (piece === undefined) controller.close();
      else controller.enqueue(piece);
    },
    cancel: () => answer.cancel(),
  });
}

function fromResponse(response: Response): ChatAnswer {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const bodyReader = (): ReadableStreamDefaultReader<Uint8Array> => (reader ??= (response.body as ReadableStream<Uint8Array>).getReader());
  return {
    status: response.status,
    ok: response.ok,
    headers: response.headers,
    hasBody: response.body !== null,
    read: async () => {
      const read = await bodyReader().read();
      return read.done ? undefined : read.value;
    },
    cancel: async () => {
      const body = bodyReader();
      await body.cancel().catch(() => undefined);
      body.releaseLock();
    },
    response: () => response,
  };
}
