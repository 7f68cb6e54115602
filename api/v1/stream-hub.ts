/**
 * Reads every streamed chat completion this API process is forwarding, with one blocking
 * XREAD over all their Redis Streams on a connection of its own, instead of a connection per
 * stream. A new subscription interrupts the read in progress (CLIENT UNBLOCK from the command
 * connection) so that its first entries are not held up by other streams' silence.
 */
import type { Redis } from 'ioredis';
import { parseRelayEvent, type RelayEvent } from '../../shared/stream-events';

/** Also the longest a new stream can wait when its interrupt lands before the read blocks. */
const BLOCK_MS = 2_000;
const CLUSTER_BLOCK_MS = 50;
const UNBLOCK_AGAIN_MS = 20;
const COUNT = 200;
const RETRY_PAUSE_MS = 250;

/** What `next` gives: an event, `timeout` (nothing within the wait), or `closed` (unsubscribed). */
export type HubRead = RelayEvent | 'timeout' | 'closed';

export interface Subscription {
  next(timeoutMs: number): Promise<HubRead>;
  /**
   * Ends a stream that has received nothing yet with `event` (the job finished without writing to
   * its stream); ignored once an entry has arrived, because the stream then tells its own ending.
   */
  endUnstarted(event: Extract<RelayEvent, { type: 'error' }>): void;
  close(): void;
}

class StreamSubscription implements Subscription {
  lastId = '0';
  private readonly buffer: RelayEvent[] = [];
  private waiter?: (read: HubRead) => void;
  private received = false;
  closed = false;

  constructor(private readonly onClose: () => void) {}

  endUnstarted(event: Extract<RelayEvent, { type: 'error' }>): void {
    if (!this.received && !this.closed) this.push(event);
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

export class StreamHub {
  private readonly subscriptions = new Map<string, StreamSubscription>();
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

  get size(): number {
    return this.subscriptions.size;
  }

  subscribe(streamKey: string): Subscription {
    const subscription = new StreamSubscription(() => this.subscriptions.delete(streamKey));
    this.subscriptions.set(streamKey, subscription);
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
        const ids = keys.map((k) => this.subscriptions.get(k)?.lastId ?? '0');
        this.reading = true;
        this.reads += 1;
        const data = await this.reader.xread('COUNT', COUNT, 'BLOCK', this.blockMs, 'STREAMS', ...keys, ...ids);
        this.reading = false;
        for (const [key, entries] of data ?? []) this.dispatch(key, entries);
      } catch {
        this.reading = false;
        if (!this.closed) await new Promise((r) => setTimeout(r, RETRY_PAUSE_MS));
      }
    }
  }

  private dispatch(key: string, entries: [id: string, fields: string[]][]): void {
    const subscription = this.subscriptions.get(key);
    if (!subscription) return;
    for (const [id, fields] of entries) {
      subscription.lastId = id;
      const event = parseRelayEvent(fields);
      if (event) subscription.push(event);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const subscription of [...this.subscriptions.values()]) subscription.close();
    this.wake?.();
    this.reader.disconnect();
    // As with the job-events reader: a read queued while Redis was away may never settle after a disconnect.
    await Promise.race([this.loop, new Promise((r) => setTimeout(r, 200).unref())]);
  }
}
