/**
 * The worker's end of a streamed chat completion: text goes into a Redis Stream per task (XADD
 * with MAXLEN, EXPIRE refreshed on every write) for the API to forward. Text that arrives while a
 * write is in flight is joined into the next entry, so a slow Redis means fewer, larger entries
 * rather than a growing backlog. A heartbeat entry is written whenever the stream has been quiet,
 * and the same tick checks the cancel flag the API sets when its client goes away.
 */
import type { Redis } from 'ioredis';
import { waitForReady } from '../../shared/redis';
import { RELAY_FIELD, type RelayEvent } from '../../shared/stream-events';
import type { ToolCallPart } from './stream-call';

export interface RelaySettings {
  /** Entries kept per stream (approximate trim); the API reads them as they come. */
  maxLen: number;
  /** The stream disappears this long after its last write. */
  ttlSeconds: number;
  heartbeatMs: number;
}

export interface RelayKeys {
  events: string;
  cancel: string;
}

export interface TextSource {
  provider: string;
  model: string;
}

export type RelayEnd = Omit<Extract<RelayEvent, { type: 'end' }>, 'type' | 'texts'>;
export type RelayError = Omit<Extract<RelayEvent, { type: 'error' }>, 'type'>;

/** How long opening a stream waits for a (re)connecting Redis before the stream counts as unavailable. */
const OPEN_READY_WAIT_MS = 2_000;

export class CancelledError extends Error {
  constructor(message = 'the client went away; the answer was cancelled') {
    super(message);
    this.name = 'CancelledError';
  }
}

export class StreamRelay {
  private readonly abort = new AbortController();
  private pending?: TextSource & { text: string };
  private writes = 0;
  private queue: Promise<void> = Promise.resolve();
  private texts = 0;
  private lastWrite = 0;
  private timer?: NodeJS.Timeout;
  private broken?: Error;

  constructor(
    private readonly redis: Redis,
    private readonly keys: RelayKeys,
    private readonly settings: RelaySettings,
  ) {}

  /** Aborts when the client cancels or the relay cannot write: the provider call should stop then. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  /** Checks the cancel flag (a re-run of a job whose client already left stops here), then announces the worker. */
  async open(): Promise<void> {
    // The connection refuses commands while it (re)connects (no offline queue, so a stream nobody can
    // receive stops rather than queues). A cluster client is not ready until it has read the slot map
    // again after any reconnect, so give it a moment before calling Redis unreachable.
    if (this.redis.status !== 'ready') await waitForReady(this.redis, OPEN_READY_WAIT_MS);
    await this.checkCancelled();
    this.push({ type: 'start' });
    this.timer = setInterval(() => void this.tick(), this.settings.heartbeatMs);
    this.timer.unref();
  }

  text(text: string, source: TextSource): void {
    if (text === '') return;
    if (this.pending && (this.pending.provider !== source.provider || this.pending.model !== source.model)) this.flush();
    this.pending = { ...source, text: (this.pending?.text ?? '') + text };
    if (this.writes === 0) this.flush();
  }

  /** A tool-call piece from the chain (worker/stream/stream-call.ts), relayed in order with the text. */
  toolCall(part: ToolCallPart, source: TextSource): void {
    if (part.type === 'tool-call-start') this.toolCallStart(part, source);
    else this.toolCallDelta(part.index, part.argumentsDelta, source);
  }

  // Tool-call pieces share the text entries' numbering, after any text still pending.
  toolCallStart(call: { index: number; id: string; name: string }, source: TextSource): void {
    this.flush();
    this.texts += 1;
    this.push({ type: 'tool_call_start', seq: this.texts, index: call.index, id: call.id, name: call.name, provider: source.provider, model: source.model });
  }

  toolCallDelta(index: number, piece: string, source: TextSource): void {
    this.flush();
    this.texts += 1;
    this.push({ type: 'tool_call_delta', seq: this.texts, index, arguments: piece, provider: source.provider, model: source.model });
  }

  /** Writes the end of a complete answer and waits until every entry is in Redis. */
  async end(end: RelayEnd): Promise<void> {
    this.flush();
    this.push({ type: 'end', texts: this.texts, ...end });
    await this.settle();
  }

  async fail(error: RelayError): Promise<void> {
    this.flush();
    this.push({ type: 'error', ...error });
    await this.settle();
  }

  close(): void {
    clearInterval(this.timer);
  }

  private async settle(): Promise<void> {
    await this.queue;
    this.close();
    if (this.broken) throw this.broken;
  }

  private flush(): void {
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    this.texts += 1;
    this.push({ type: 'text', seq: this.texts, ...pending });
  }

  private push(event: RelayEvent): void {
    this.writes += 1;
    this.lastWrite = Date.now();
    this.queue = this.queue
      .then(() => this.write(event))
      .finally(() => {
        this.writes -= 1;
        if (this.writes === 0) this.flush();
      });
  }

  private async write(event: RelayEvent): Promise<void> {
    if (this.broken) return;
    try {
      const results = await this.redis
        .pipeline()
        .xadd(this.keys.events, 'MAXLEN', '~', String(this.settings.maxLen), '*', RELAY_FIELD, JSON.stringify(event))
        .expire(this.keys.events, this.settings.ttlSeconds)
        .exec();
      const failed = results?.find(([err]) => err !== null)?.[0];
      if (failed) throw failed;
    } catch (err) {
      // Nobody can receive the answer any more: stop the provider call rather than pay for it.
      this.broken = err instanceof Error ? err : new Error(String(err));
      this.abort.abort(new Error(`the stream relay cannot write to Redis: ${this.broken.message}`));
    }
  }

  private async tick(): Promise<void> {
    if (this.writes === 0 && Date.now() - this.lastWrite >= this.settings.heartbeatMs) this.push({ type: 'hb' });
    await this.checkCancelled().catch(() => undefined);
  }

  private async checkCancelled(): Promise<void> {
    if (this.abort.signal.aborted) return;
    if ((await this.redis.exists(this.keys.cancel)) === 1) this.abort.abort(new CancelledError());
  }
}
