/**
 * Group commit: writes that arrive while a write is in flight are gathered and written together
 * when it returns. An idle system writes each item at once (no added latency); a busy one sends
 * one statement per batch instead of one per item. Every caller's promise settles only when its
 * own item is written, so "persisted before the job completes" still holds.
 */
interface Pending<T> {
  item: T;
  resolve(): void;
  reject(err: unknown): void;
}

export class GroupCommit<T> {
  private queue: Pending<T>[] = [];
  private flushing = false;

  /**
   * @param writeBatch writes several items in one statement; when it throws, each item of that
   *   batch is retried alone with `writeOne`, so one bad item cannot fail the others.
   */
  constructor(
    private readonly writeBatch: (items: T[]) => Promise<void>,
    private readonly writeOne: (item: T) => Promise<void>,
    private readonly maxBatch = 200,
  ) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      if (batch.length === 1) {
        await this.settleOne(batch[0] as Pending<T>);
        continue;
      }
      try {
        await this.writeBatch(batch.map((p) => p.item));
        for (const p of batch) p.resolve();
      } catch {
        await Promise.all(batch.map((p) => this.settleOne(p)));
      }
    }
    this.flushing = false;
  }

  private async settleOne(p: Pending<T>): Promise<void> {
    try {
      await this.writeOne(p.item);
      p.resolve();
    } catch (err) {
      p.reject(err);
    }
  }
}
