/**
 * Follows the queue's event stream (the one BullMQ's QueueEvents reads) on a connection this
 * process owns. Owning it matters: when Redis is away at shutdown, BullMQ's QueueEvents waits for
 * a connection that never comes, while this one just drops its socket.
 */
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';

export interface JobFinishedEvent {
  jobId: string;
  /** `completed`: the job's return value (JSON text); `failed`: the failure reason. */
  returnvalue?: string;
  failedReason?: string;
}

const BLOCK_MS = 5_000;
const RETRY_PAUSE_MS = 250;

function fieldsToObject(fields: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) out[fields[i] as string] = fields[i + 1] as string;
  return out;
}

export class JobEventsSubscriber extends EventEmitter<{ completed: [JobFinishedEvent]; failed: [JobFinishedEvent] }> {
  private closed = false;
  private lastId = '$';
  private loop?: Promise<void>;

  constructor(
    private readonly connection: Redis,
    private readonly streamKey: string,
  ) {
    super();
    this.setMaxListeners(0);
  }

  start(): void {
    this.loop ??= this.consume();
  }

  private async consume(): Promise<void> {
    while (!this.closed) {
      try {
        const data = await this.connection.xread('BLOCK', BLOCK_MS, 'STREAMS', this.streamKey, this.lastId);
        for (const [, entries] of data ?? []) {
          for (const [id, fields] of entries) {
            this.lastId = id;
            this.dispatch(fieldsToObject(fields));
          }
        }
      } catch {
        if (!this.closed) await new Promise((r) => setTimeout(r, RETRY_PAUSE_MS));
      }
    }
  }

  private dispatch(event: Record<string, string>): void {
    const { jobId } = event;
    if (!jobId) return;
    if (event.event === 'completed') this.emit('completed', { jobId, returnvalue: event.returnvalue });
    else if (event.event === 'failed') this.emit('failed', { jobId, failedReason: event.failedReason });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.connection.disconnect();
    // A read queued while Redis was unreachable is never settled by ioredis after a manual
    // disconnect, so the loop is not awaited past a moment; nothing of it keeps the process alive.
    await Promise.race([this.loop, new Promise((r) => setTimeout(r, 200).unref())]);
  }
}
