/**
 * Reads every streamed chat completion this API process is forwarding, with one blocking
 * XREAD over all their Redis Streams on a connection of its own, instead of a connection per
 * stream. A new subscription interrupts the read in progress (CLIENT UNBLOCK from the command
 * connection) so that its first entries are not held up by other streams' silence.
 *
 * One stream can have several readers at once (a repeated Idempotency-Key request follows the
 * first one's stream from its start while the first is still reading it), each at its own place:
 * the read asks for a stream from its furthest-behind reader, and each reader takes only entries past
 * its own place from a read that started at or before it, so no reader sees a gap or an entry twice.
 */
import type { Redis } from 'ioredis';
import { parseRelayEvent, type RelayEvent } from '../../shared/stream-events';

/** Also the longest a new stream can wait when its interrupt lands before the read blocks. */
const BLOCK_MS = 2_000;
const CLUSTER_BLOCK_MS = 50;
const UNBLOCK_AGAIN_MS = 20;
const COUNT = 200;
const RETRY_PAUSE_MS = 250;

/**
 * What `next` gives: an event, `timeout` (nothing within the wait), `closed` (unsubscribed), or
 * `task_ended` (told by `taskEnded`, once the entries already delivered have been read).
 */
export type HubRead = RelayEvent | 'timeout' | 'closed' | 'task_ended';

export interface Subscription {
  next(timeoutMs: number): Promise<HubRead>;
  /**
   * Ends a stream that has received nothing yet with `event` (the job finished without writing to
   * its stream); ignored once an entry has arrived, because the stream then tells its own ending.
   */
  endUnstarted(event: Extract<RelayEvent, { type: 'error' }>): void;
  /**
   * The stream's task has finished. A reader still waiting for the stream's end gets `task_ended`
   * instead of waiting on: Redis may have lost the rest of the stream, which then never comes.
   */
  taskEnded(): void;
  close(): void;
}

class StreamSubscription implements Subscription {
  lastId = '0';
  private readonly buffer: RelayEvent[] = [];
  private waiter?: (read: HubRead) => void;
  private received = false;
  private ended = false;
  closed = false;

  constructor(private readonly onClose: () => void) {}

  endUnstarted(event: Extract<RelayEvent, { type: 'error' }>): void {
    if (!this.received && !this.closed) this.push(event);
  }

  taskEnded(): void {
    if (this.closed || this.ended) return;
    this.ended = true;
    this.waiter?.('task_ended');
  }

  push(event: RelayEvent): void {
    this.received = true;
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = undefined;
      waiter(event);
    } else this.buffer.push(event);
  }

  next(timeoutMs: number): Promise<HubRead> {
    const buffered = this.buffer.shift();
    if (buffered) return Promise.resolve(buffered);
    if (this.closed) return Promise.resolve('closed');
    if (this.ended) return Promise.resolve('task_ended');
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle('timeout'), Math.max(0, timeoutMs));
      const settle = (read: HubRead): void => {
        clearTimeout(timer);
        this.waiter = undefined;
        resolve(read);
      };
      this.waiter = settle;
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.waiter?.('closed');
    this.onClose();
  }
}

/** Redis Stream ids (`ms-seq`) in order: by milliseconds, then by sequence. */
export function compareStreamIds(a: string, b: string): number {
  const [aMs, aSeq] = splitStreamId(a);
  const [bMs, bSeq] = splitStreamId(b);
  return aMs !== bMs ? (aMs < bMs ? -1 : 1) : aSeq === bSeq ? 0 : aSeq < bSeq ? -1 : 1;
}

function splitStreamId(id: string): [bigint, bigint] {
  const dash = id.indexOf('-');
  return dash < 0 ? [BigInt(id), 0n] : [BigInt(id.slice(0, dash)), BigInt(id.slice(dash + 1))];
}

export class StreamHub {
  /** Each stream's readers; a stream leaves the read when its last reader closes. */
  private readonly subscriptions = new Map<string, Set<StreamSubscription>>();
  private closed = false;
  private loop?: Promise<void>;
  private readerId?: number;
  private reading = false;
  private reads = 0;
  private wake?: () => void;
  /**
   * On a Redis Cluster, CLIENT ID and CLIENT UNBLOCK would go to any node, not the one holding the
   * read (and could unblock a stranger there), so the hub never interrupts its read and keeps each
   * one short instead: a new stream joins the next read within CLUSTER_BLOCK_MS.
   */
  private readonly blockMs: number;

  constructor(
    /** Blocking connection, used only by this hub. */
    private readonly reader: Redis,
    /** Any command connection, to interrupt the reader. */
    private readonly control: Redis,
  ) {
    // A reconnected reader has a new client id.
    reader.on('ready', () => (this.readerId = undefined));
    this.blockMs = reader.isCluster ? CLUSTER_BLOCK_MS : BLOCK_MS;
  }

  /** How many streams are being read. */
  get size(): number {
    return this.subscriptions.size;
  }

  /**
   * Whether Redis holds `streamKey`'s last entry as the stream's end (`end` or `error`). A task can
   * finish while its end still waits in a read the hub has not handed out yet; only a stream without
   * its end was lost (./task-stream.ts).
   */
  async holdsEnd(streamKey: string): Promise<boolean> {
    const last = await this.control.xrevrange(streamKey, '+', '-', 'COUNT', 1);
    const event = last[0] ? parseRelayEvent(last[0][1]) : undefined;
    return event?.type === 'end' || event?.type === 'error';
  }

  subscribe(streamKey: string): Subscription {
    let readers = this.subscriptions.get(streamKey);
    if (!readers) this.subscriptions.set(streamKey, (readers = new Set()));
    const subscription = new StreamSubscription(() => {
      readers.delete(subscription);
      // Only this stream's own set: a later reader of the same stream may have made a new one.
      if (readers.size === 0 && this.subscriptions.get(streamKey) === readers) this.subscriptions.delete(streamKey);
    });
    readers.add(subscription);
    this.loop ??= this.consume();
    this.interrupt();
    return subscription;
  }

  private interrupt(): void {
    this.wake?.();
    const read = this.reads;
    const unblock = (): void => {
      if (this.reading && this.reads === read && this.readerId !== undefined) this.control.client('UNBLOCK', this.readerId).catch(() => undefined);
    };
    if (this.reader.isCluster) return;
    unblock();
    // The first one can reach Redis before the read it means to interrupt has blocked.
    setTimeout(unblock, UNBLOCK_AGAIN_MS).unref();
  }

  private async consume(): Promise<void> {
    while (!this.closed) {
      if (this.subscriptions.size === 0) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
        continue;
      }
      try {
        if (!this.reader.isCluster) this.readerId ??= Number(await this.reader.client('ID'));
        const keys = [...this.subscriptions.keys()];
        const ids = keys.map((k) => furthestBehind(this.subscriptions.get(k)));
        this.reading = true;
        this.reads += 1;
        const data = await this.reader.xread('COUNT', COUNT, 'BLOCK', this.blockMs, 'STREAMS', ...keys, ...ids);
        this.reading = false;
        const from = new Map(keys.map((k, i) => [k, ids[i] as string]));
        for (const [key, entries] of data ?? []) this.dispatch(key, from.get(key) ?? '0', entries);
      } catch {
        this.reading = false;
        if (!this.closed) await new Promise((r) => setTimeout(r, RETRY_PAUSE_MS));
      }
    }
  }

  /** `from`: the place the read asked for. Readers may have joined or left while it was out. */
  private dispatch(key: string, from: string, entries: [id: string, fields: string[]][]): void {
    const readers = this.subscriptions.get(key);
    if (!readers) return;
    // A reader behind the read's start (it joined since) would see a gap: the next read starts from it.
    const covered = [...readers].filter((reader) => compareStreamIds(from, reader.lastId) <= 0);
    for (const [id, fields] of entries) {
      let event: RelayEvent | undefined | null;
      for (const reader of covered) {
        // A reader ahead of the read's start has had the first entries already.
        if (compareStreamIds(id, reader.lastId) <= 0) continue;
        reader.lastId = id;
        event ??= parseRelayEvent(fields) ?? null;
        if (event) reader.push(event);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const readers of [...this.subscriptions.values()]) for (const subscription of [...readers]) subscription.close();
    this.wake?.();
    this.reader.disconnect();
    // As with the job-events reader: a read queued while Redis was away may never settle after a disconnect.
    await Promise.race([this.loop, new Promise((r) => setTimeout(r, 200).unref())]);
  }
}

function furthestBehind(readers: Set<StreamSubscription> | undefined): string {
  let id: string | undefined;
  for (const reader of readers ?? []) if (id === undefined || compareStreamIds(reader.lastId, id) < 0) id = reader.lastId;
  return id ?? '0';
}
