/**
 * The `fetch` every provider SDK is given: the global one, plus a new attempt, at once, when the
 * connection closed before any answer arrived.
 *
 * Why: fetch keeps connections to a provider open between calls, and servers close the ones left
 * idle (Node's own after 5 s; proxies and load balancers after theirs). A call sent on a connection
 * the server is closing at that moment fails with "other side closed" (or ECONNRESET, EPIPE) before
 * any status line. After a quiet spell every pooled connection goes idle at once, so the next burst
 * can fail by the hundred: on a busy machine the bench saw ~120 calls fail together, which opened
 * the deployment's circuit and refused every task for its cool-down. Nothing was wrong with the
 * provider. Go's HTTP client and the OpenAI SDK both send such a request again; so does this.
 *
 * Only that failure is repeated, and at most `MAX_RESENDS` times (the next pooled connection may be
 * just as stale): not a refused connection (nobody listening is an outage the chain must see at
 * once), not a timeout or abort, not a failure after the status line (the SDK reads the body
 * itself, outside this function), and never a body that cannot be sent twice (a stream). A server
 * that resets every connection still fails the call, after `MAX_RESENDS` more tries that each cost
 * one connection.
 *
 * Paid twice? A provider that closes the connection before answering anything has, in the stale
 * case, never read the request. A server that crashed mid-request could have; that rare case is the
 * price, as in the clients named above.
 */
import { networkCode } from './errors/common';

/** Connection failures that mean "closed under us", as opposed to "nobody there". */
const CLOSED_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);
export const MAX_RESENDS = 2;

function replayable(body: RequestInit['body']): boolean {
  return body === undefined || body === null || typeof body === 'string' || body instanceof ArrayBuffer || ArrayBuffer.isView(body) || body instanceof URLSearchParams || body instanceof Blob || body instanceof FormData;
}

/** True for fetch's failure when the connection closed before a response (fetch rejects only before the headers). */
export function closedBeforeAnswer(err: unknown): boolean {
  const code = networkCode(err);
  return code !== undefined && CLOSED_CODES.has(code);
}

type ResendListener = (host: string) => void;
const resendListeners = new Set<ResendListener>();

/** Called with the provider's host on every resend (the worker counts them); returns the undo. */
export function onConnectionResend(listener: ResendListener): () => void {
  resendListeners.add(listener);
  return () => resendListeners.delete(listener);
}

function hostOf(input: Parameters<typeof fetch>[0]): string {
  try {
    return new URL(input instanceof Request ? input.url : input).host;
  } catch {
    return 'unknown';
  }
}

/**
 * `send`, and again (at most `MAX_RESENDS` times, each one counted) while it fails with the connection
 * closed before an answer and `signal` has not fired. For a caller that sends without fetch
 * (openai/chat-transport.ts), so that it resends exactly as fetch calls here are resent.
 */
export async function resendingClosed<T>(send: () => Promise<T>, host: () => string, signal: AbortSignal | null | undefined): Promise<T> {
  for (let resends = 0; ; resends += 1) {
    try {
      return await send();
    } catch (err: unknown) {
      if (resends >= MAX_RESENDS || signal?.aborted || !closedBeforeAnswer(err)) throw err;
      const name = host();
      for (const listener of resendListeners) listener(name);
    }
  }
}

/** `base` defaults to the global fetch as it is at call time (a test or an instrumentation may replace it). */
export function closedConnectionFetch(base: typeof fetch = (input, init) => globalThis.fetch(input, init)): typeof fetch {
  return async (input, init) => {
    // A Request object carries its own body, which is read once: only (url, init) calls are repeated.
    const repeatable = !(input instanceof Request) && replayable(init?.body);
    if (!repeatable) return base(input, init);
    return resendingClosed(() => base(input, init), () => hostOf(input), init?.signal);
  };
}

/** The one instance the provider packages share. */
export const providerFetch = closedConnectionFetch();
