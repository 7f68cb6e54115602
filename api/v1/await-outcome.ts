/**
 * Waits for a non-streamed /v1 job's outcome and turns every way it can end badly into the
 * HttpError the surfaces render (OpenAI's or Anthropic's shape).
 */
import type { TaskOutcome } from '../../shared/task-schemas';
import type { CompletionWaiter } from '../completion-waiter';
import { HttpError } from '../http-error';

export async function awaitOutcome(waiter: CompletionWaiter, taskId: string, waitMs: number): Promise<TaskOutcome> {
  const result = await waiter.wait(taskId, waitMs);
  if (result.kind === 'timeout') {
    throw new HttpError('timeout', `no answer within ${Math.round(waitMs / 1000)} s; the task goes on at GET /ai/task/${taskId}`);
  }
  if (result.kind === 'failed') throw new HttpError('task_failed', `the task could not be completed: ${result.reason}`);
  const outcome = result.outcome;
  if (outcome.status !== 'success') throw HttpError.fromTask(outcome.error?.code ?? 'task_failed', outcome.error?.message ?? 'the task failed');
  return outcome;
}
