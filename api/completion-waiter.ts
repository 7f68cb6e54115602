/**
 * Waits for jobs to finish. One event-stream subscription serves every waiting request of this API
 * process, instead of a listener pair per request.
 */
import type { JobEventsSubscriber } from './job-events';
import type { TaskQueue } from '../shared/queue';
import { outcomeSchema, type TaskOutcome } from '../shared/task-schemas';

export type WaitResult = { kind: 'done'; outcome: TaskOutcome } | { kind: 'failed'; reason: string } | { kind: 'timeout' };

type Resolver = (result: WaitResult) => void;

function parseOutcome(value: unknown): TaskOutcome | undefined {
  const raw = typeof value === 'string' ? safeJson(value) : value;
  const parsed = outcomeSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export class CompletionWaiter {
  private readonly waiting = new Map<string, Set<Resolver>>();

  constructor(
    private readonly events: JobEventsSubscriber,
    private readonly queue: TaskQueue,
  ) {
    events.on('completed', ({ jobId, returnvalue }) => {
      // Every job of the queue ends here, also those nobody waits for (async tasks, another API
      // replica's callers): parse an outcome only for a waiting request.
      if (!this.waiting.has(jobId)) return;
      const outcome = parseOutcome(returnvalue);
      this.settle(jobId, outcome ? { kind: 'done', outcome } : { kind: 'failed', reason: 'the job finished without a readable outcome' });
    });
    // A failed attempt may be retried (persisting the outcome failed); only the last one ends the wait.
    events.on('failed', async ({ jobId, failedReason }) => {
      if (!this.waiting.has(jobId)) return;
      const state = await this.queue.getJobState(jobId).catch(() => 'unknown');
      if (state === 'failed') this.settle(jobId, { kind: 'failed', reason: failedReason ?? 'unknown' });
    });
  }

  get pending(): number {
    return this.waiting.size;
  }

  /** Resolves when the job finishes, or `timeout` after `timeoutMs` or once `signal` aborts (the caller lost interest). */
  async wait(jobId: string, timeoutMs: number, signal?: AbortSignal): Promise<WaitResult> {
    if (timeoutMs <= 0 || signal?.aborted) return { kind: 'timeout' };
    let resolver!: Resolver;
    const settled = new Promise<WaitResult>((resolve) => {
      resolver = resolve;
    });
    const set = this.waiting.get(jobId) ?? new Set<Resolver>();
    set.add(resolver);
    this.waiting.set(jobId, set);
    const timer = setTimeout(() => resolver({ kind: 'timeout' }), timeoutMs);
    const onAbort = (): void => resolver({ kind: 'timeout' });
    signal?.addEventListener('abort', onAbort, { once: true });

    // The job may have finished before the listener was in place.
    void this.checkFinished(jobId).then((result) => result && resolver(result));
    try {
      return await settled;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      set.delete(resolver);
      if (set.size === 0) this.waiting.delete(jobId);
    }
  }

  /**
   * Reads only the fields that tell whether the job has ended, not the whole job (its data holds
   * the caller's text): every sync request makes this check once.
   */
  private async checkFinished(jobId: string): Promise<WaitResult | undefined> {
    const ended = await this.endOf(jobId).catch(() => undefined);
    if (!ended?.finishedOn) return undefined;
    if (ended.returnvalue) {
      const outcome = parseOutcome(ended.returnvalue);
      if (outcome) return { kind: 'done', outcome };
    }
    if (ended.failedReason && (await this.queue.getJobState(jobId).catch(() => 'unknown')) === 'failed') {
      return { kind: 'failed', reason: ended.failedReason };
    }
    return undefined;
  }

  private async endOf(jobId: string): Promise<{ finishedOn: string | null; returnvalue: string | null; failedReason: string | null }> {
    const client = await this.queue.client;
    const [finishedOn, returnvalue, failedReason] = await client.hmget(this.queue.toKey(jobId), 'finishedOn', 'returnvalue', 'failedReason');
    return { finishedOn: finishedOn ?? null, returnvalue: returnvalue ?? null, failedReason: failedReason ?? null };
  }

  private settle(jobId: string, result: WaitResult): void {
    const set = this.waiting.get(jobId);
    if (!set) return;
    for (const resolve of [...set]) resolve(result);
  }
}
