/**
 * Waits for a non-streamed /v1 job's outcome and turns every way it can end badly into the
 * HttpError the surfaces render (OpenAI's or Anthropic's shape).
 */
import type { TaskOutcome } from '../../shared/task-schemas';
import type { CompletionWaiter } from '../completion-waiter';
import { HttpError } from '../http-error';

export async function awaitOutcome(waiter: CompletionWaiter, taskId: string, waitMs: number): Promise<TaskOutcome> {
  return succeeded(await awaitFinished(waiter, taskId, waitMs));
}

/**
 * The finished task's outcome, a failed one included; a wait that ends without one is an HttpError.
 * `since`: when the request began its wait of `waitMs`, if earlier (a repeat that followed a relay
 * first waits only for what is left of it).
 */
export async function awaitFinished(waiter: CompletionWaiter, taskId: string, waitMs: number, since = Date.now()): Promise<TaskOutcome> {
  const result = await waiter.wait(taskId, waitMs - (Date.now() - since));
  if (result.kind === 'timeout') {
    throw new HttpError('timeout', `no answer within ${Math.round(waitMs / 1000)} s; the task goes on at GET /ai/task/${taskId}`);
  }
  if (result.kind === 'failed') throw new HttpError('task_failed', `the task could not be completed: ${result.reason}`);
  return result.outcome;
}

/** The outcome when it is an answer; a failed task's own error otherwise. */
export function succeeded(outcome: TaskOutcome): TaskOutcome {
  if (outcome.status !== 'success') throw HttpError.fromTask(outcome.error?.code ?? 'task_failed', outcome.error?.message ?? 'the task failed');
  return outcome;
}
