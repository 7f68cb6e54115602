/**
 * A POST sent the way Node's fetch sends it, on the dispatcher fetch itself uses, with the body
 * handed back as the socket's Buffers instead of through fetch's Request, Response, Headers and web
 * streams.
 *
 * Why: the thin OpenAI reader spends a fifth of a worker's CPU in fetch's set-up, its web streams
 * and the reader on top (docs/performance.md, 2026-12-06). Everything below fetch stays as it is:
 * undici's global dispatcher is the one fetch dispatches to (the same pool, keep-alive, TLS and any
 * dispatcher a test or a proxy set), and what fetch adds is done here the same way: its request
 * headers, its content decoding, its redirects, and its errors (a `TypeError('fetch failed')` around
 * a failure before the answer, the signal's reason on abort, a `TypeError('terminated')` around a
 * failure while reading the body). Response headers become a `Headers` only when an error reads them.
 */
import { createRequire } from 'node:module';
import { pipeline, Readable, type Transform } from 'node:stream';
import zlib from 'node:zlib';
import { getGlobalDispatcher, type Dispatcher } from 'undici';

/** undici's own deflate reader, the one fetch uses (zlib or raw deflate, judged by the first byte). */
const { createInflate } = createRequire(require.resolve('undici'))('./lib/web/fetch/util') as { createInflate(options: zlib.ZlibOptions): Transform };

/**
 * The TypeError of fetch's own realm, for the errors that stand in for fetch's. In a worker that is
 * plain `TypeError`; under jest (or in a vm) fetch comes from the outer realm, where what reads its
 * errors (`instanceof TypeError` in provider-utils and stream-error.ts, `instanceof Error` along a
 * cause chain) judges them differently, and ours must be judged the same. A Headers refusing a bad
 * name throws one.
 */
export const FetchTypeError: TypeErrorConstructor = (() => {
  try {
    new Headers([['bad name', '']]);
  } catch (error) {
    const made = (error as { constructor?: unknown }).constructor;
    if (typeof made === 'function' && made.name === 'TypeError') return made as TypeErrorConstructor;
  }
  return TypeError;
})();

/** fetch's answers that have no body at all (https://fetch.spec.whatwg.org/#null-body-status). */
const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
/** Pieces held before the socket is paused (fetch's body stream holds about as much). */
const HIGH_WATER = 16;

export interface PostAnswer {
  status: number;
  statusText: string;
  /** The Location of a redirect fetch would follow, else undefined. */
  location: string | undefined;
  /** As fetch's `response.headers`: built on first use, which only error paths make. */
  readonly headers: Headers;
  /** False for a status fetch gives no body (204, 205, 304). */
  hasBody: boolean;
  /** The next piece of the body, undefined at its end; rejects as fetch's body reader would. */
  read(): Promise<Uint8Array | undefined>;
  /** Drops the rest of the body and the connection, as cancelling fetch's body does. */
  cancel(): void;
}

/** Sends `body` to `url`; resolves at the status line, rejects as fetch would. */
export function dispatchPost(url: URL, headers: Record<string, string>, body: string, signal: AbortSignal | undefined): Promise<PostAnswer> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const exchange = new Exchange(signal);
  // The headers fetch adds, in its order, after the caller's (which, from thin-stream.ts, are never these).
  const sent: Record<string, string> = {
    ...headers,
    accept: '*/*',
    'accept-language': '*',
    'sec-fetch-mode': 'cors',
    'accept-encoding': url.protocol === 'https:' ? 'br, gzip, deflate' : 'gzip, deflate',
    'content-length': String(Buffer.byteLength(body)),
  };
  // maxRedirections as fetch passes it (a redirect interceptor on the dispatcher must leave redirects alone); undici's types omit it.
  const options = { origin: url.origin, path: url.pathname + url.search, method: 'POST', body, headers: sent, maxRedirections: 0 } as Dispatcher.DispatchOptions;
  getGlobalDispatcher().dispatch(options, exchange);
  return exchange.answered;
}

class Exchange implements Dispatcher.DispatchHandlers, PostAnswer {
  status = 0;
  statusText = '';
  location: string | undefined;
  hasBody = true;
  readonly answered: Promise<PostAnswer>;
  private answer!: (answer: PostAnswer) => void;
  private refuse!: (error: unknown) => void;
  private gotHeaders = false;
  private rawHeaders: Buffer[] = [];
  private builtHeaders: Headers | undefined;
  private abortSocket: ((error?: Error) => void) | undefined;
  private resume: (() => void) | undefined;
  private paused = false;
  private readonly pieces: Uint8Array[] = [];
  private ended = false;
  private failure: { error: unknown } | undefined;
  private waiter: (() => void) | undefined;
  /** The decoders a Content-Encoding asks for: the body's pieces go through them, not straight to `pieces`. */
  private decoding: Readable | undefined;
  private readonly onAbort = (): void => this.abort(this.signal?.reason);

  constructor(private readonly signal: AbortSignal | undefined) {
    this.answered = new Promise((resolve, reject) => {
      this.answer = resolve;
      this.refuse = reject;
    });
    signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  get headers(): Headers {
    if (this.builtHeaders === undefined) {
      this.builtHeaders = new Headers();
      for (let i = 0; i + 1 < this.rawHeaders.length; i += 2) this.builtHeaders.append((this.rawHeaders[i] as Buffer).toString('latin1').toLowerCase(), (this.rawHeaders[i + 1] as Buffer).toString('latin1'));
    }
    return this.builtHeaders;
  }

  onConnect(abort: (error?: Error) => void): void {
    this.abortSocket = abort;
    // Aborted while the request waited for a connection: it must not be sent.
    if (this.failure) abort(this.failure.error instanceof Error ? this.failure.error : undefined);
  }

  onHeaders(status: number, rawHeaders: Buffer[], resume: () => void, statusText: string): boolean {
    if (status < 200) return true;
    this.status = status;
    this.statusText = statusText;
    this.rawHeaders = rawHeaders;
    this.resume = resume;
    const location = REDIRECT_STATUS.has(status) ? this.header('location') : undefined;
    this.location = location === '' ? undefined : location;
    this.hasBody = !NULL_BODY_STATUS.has(status);
    if (this.hasBody && this.location === undefined) {
      const encoding = this.header('content-encoding');
      if (encoding) {
        const codings = encoding.toLowerCase().split(',');
        if (codings.length > 5) {
          this.abortSocket?.(new Error(`too many content-encodings in response: ${codings.length}, maximum allowed is 5`));
          return true;
        }
        this.decodeWith(codings);
      }
    }
    this.gotHeaders = true;
    this.answer(this);
    return true;
  }

  onData(chunk: Buffer): boolean {
    // A redirect's body is never read: fetch lets it go by and follows the Location.
    if (this.location !== undefined) return true;
    if (this.decoding) return this.decoding.push(chunk);
    this.pieces.push(chunk);
    this.wake();
    this.paused = this.pieces.length >= HIGH_WATER;
    return !this.paused;
  }

  onComplete(): void {
    if (this.decoding) this.decoding.push(null);
    else this.end();
  }

  onError(error: Error): void {
    this.decoding?.destroy();
    this.fail(error);
  }

  read(): Promise<Uint8Array | undefined> {
    const piece = this.pieces.shift();
    if (piece !== undefined) {
      if (this.paused && this.pieces.length < HIGH_WATER / 2) {
        this.paused = false;
        this.resume?.();
      }
      return Promise.resolve(piece);
    }
    if (this.failure) return Promise.reject(this.failure.error);
    if (this.ended) return Promise.resolve(undefined);
    return new Promise<void>((wake) => (this.waiter = wake)).then(() => this.read());
  }

  cancel(): void {
    if (this.ended || this.failure) return;
    this.ended = true;
    this.pieces.length = 0;
    this.release();
    this.abortSocket?.(new Error('body cancelled'));
  }

  /** The caller's signal fired: fetch rejects, or fails the body, with the signal's reason. */
  private abort(reason: unknown): void {
    // Failed first: the socket's own error, which undici reports at once, must not take the reason's place.
    this.fail(reason, reason);
    this.abortSocket?.(reason instanceof Error ? reason : undefined);
  }

  /** Before the answer: fetch's "fetch failed"; after it: its "terminated" (an abort passes `as` itself). */
  private fail(error: unknown, as?: unknown): void {
    if (this.ended || this.failure) return;
    this.release();
    if (!this.gotHeaders) {
      this.failure = { error: as ?? new FetchTypeError('fetch failed', { cause: error }) };
      this.refuse(this.failure.error);
      return;
    }
    this.failure = { error: as ?? new FetchTypeError('terminated', { cause: error }) };
    // fetch errors its body stream, which drops what was read but not yet taken.
    this.pieces.length = 0;
    this.wake();
  }

  private end(): void {
    if (this.ended || this.failure) return;
    this.ended = true;
    this.release();
    this.wake();
  }

  private release(): void {
    this.signal?.removeEventListener('abort', this.onAbort);
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    waiter?.();
  }

  private header(name: string): string | undefined {
    for (let i = 0; i + 1 < this.rawHeaders.length; i += 2) {
      if ((this.rawHeaders[i] as Buffer).toString('latin1').toLowerCase() === name) return (this.rawHeaders[i + 1] as Buffer).toString('latin1');
    }
    return undefined;
  }

  /** fetch's decoding: the last coding first; an unknown one anywhere leaves the body as sent. */
  private decodeWith(codings: string[]): void {
    const decoders: Transform[] = [];
    for (let i = codings.length - 1; i >= 0; i--) {
      const coding = (codings[i] as string).trim();
      if (coding === 'gzip' || coding === 'x-gzip') decoders.push(zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
      else if (coding === 'deflate') decoders.push(createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
      else if (coding === 'br') decoders.push(zlib.createBrotliDecompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }));
      else return;
    }
    if (decoders.length === 0) return;
    const source = new Readable({ read: () => this.resume?.() });
    this.decoding = source;
    const decoded = pipeline(source, ...(decoders as [Transform, ...Transform[]]), (error) => {
      if (error) this.fail(error);
    });
    decoded.on('data', (piece: Buffer) => {
      this.pieces.push(piece);
      this.wake();
    });
    decoded.on('end', () => this.end());
  }
}
