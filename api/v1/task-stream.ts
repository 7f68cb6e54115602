/**
 * The subscription a streamed /v1 request reads: the task's Redis Stream, and also the job's own
 * end. A worker that fails before its first stream entry (its relay could not reach Redis, say)
 * finishes the job with an error but cannot write that error to the stream; without watching the
 * job, the client would wait out the whole start wait (minutes) for a stream that never comes.
 */
import type { CompletionWaiter } from '../completion-waiter';
import type { ChatJobs } from './chat-jobs';
import type { StreamHub, Subscription } from './stream-hub';

export interface TaskStreamDeps {
  hub: StreamHub;
  jobs: ChatJobs;
  waiter: CompletionWaiter;
  /** How long a queued job may wait for a worker: also how long the job's end is watched. */
  startWaitMs: number;
}

/**
 * The job's end can be read before the hub has delivered entries the stream already holds (a
 * repeated Idempotency-Key request reads a finished stream from its start): give them this long.
 */
const ENTRIES_FIRST_MS = 500;

/**
 * Tells a follower its task ended only when Redis does not hold the stream's end: while it does, the
 * hub will hand the end out (it can lag past ENTRIES_FIRST_MS on a busy process), and the follower
 * ends on it, with tool calls and all, instead of answering from the outcome, which cannot take up a
 * half-relayed tool call. Checked again every ENTRIES_FIRST_MS until the follower stops reading
 * (`stopped`): Redis can still lose the end before the hub reads it. A failed check counts as lost.
 */
async function endUnlessStreamEnds(deps: TaskStreamDeps, key: string, subscription: Subscription, stopped: AbortSignal): Promise<void> {
  while (!stopped.aborted) {
    const holdsEnd = await deps.hub.holdsEnd(key).catch(() => false);
    if (!holdsEnd) break;
    await new Promise((resolve) => setTimeout(resolve, ENTRIES_FIRST_MS));
  }
  subscription.taskEnded();
}

/**
 * Subscribe before the job is enqueued, so nothing the worker writes can be missed. A `follower`
 * (an Idempotency-Key repeat, which can answer from the task's outcome) is also told when the job
 * has ended: if Redis lost the stream's end, or all of it, nothing else would end its wait.
 */
export function subscribeToTask(deps: TaskStreamDeps, taskId: string, follower = false): Subscription {
  const key = deps.jobs.streamKeys(taskId).events;
  const subscription = deps.hub.subscribe(key);
  const watching = new AbortController();
  void deps.waiter.wait(taskId, deps.startWaitMs, watching.signal).then(async (result) => {
    if (result.kind === 'timeout') return;
    await new Promise((resolve) => setTimeout(resolve, ENTRIES_FIRST_MS));
    if (result.kind === 'failed') {
      subscription.endUnstarted({ type: 'error', code: 'internal_error', message: 'the task failed before its stream started' });
    } else if (result.outcome.status === 'error' && result.outcome.error) {
      subscription.endUnstarted({ type: 'error', code: result.outcome.error.code, message: result.outcome.error.message });
    }
    // A successful job has written its whole stream before it finished: the entries tell the ending
    // (and come first: `taskEnded` is read after them).
    if (follower) await endUnlessStreamEnds(deps, key, subscription, watching.signal);
  });
  return {
    next: (timeoutMs) => subscription.next(timeoutMs),
    endUnstarted: (event) => subscription.endUnstarted(event),
    taskEnded: () => subscription.taskEnded(),
    close: () => {
      watching.abort();
      subscription.close();
    },
  };
}
