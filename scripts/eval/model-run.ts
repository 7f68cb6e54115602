/**
 * A fixture decided by a model provider: the task's own prompt, the provider's JSON mode, and the
 * task's own parser with its single repair round, without the queue. A provider that fails gives
 * no decision for that case; one that cannot be reached at all is reported as unreachable.
 */
import { ProviderError } from '../../shared/provider-error';
import { decisionSchema, type Decision } from '../../shared/task-schemas';
import type { ProviderAdapter } from '../../worker/providers/types';
import { getTask } from '../../worker/tasks/registry';
import { taskFor, type Fixture } from './fixtures';

export interface ModelRun {
  decision: Decision | null;
  error?: ProviderError | Error;
}

/** Errors that say the provider is not there for us at all, rather than that one answer failed. */
const UNREACHABLE = new Set(['auth', 'network', 'timeout']);

export function isUnreachable(run: ModelRun): boolean {
  return run.error instanceof ProviderError && UNREACHABLE.has(run.error.kind);
}

export async function modelDecision(adapter: ProviderAdapter, fixture: Fixture, timeoutMs: number): Promise<ModelRun> {
  const task = getTask(taskFor(fixture));
  if (!task) throw new Error(`unknown task ${taskFor(fixture)}`);
  const options = task.options.parse(fixture.options);
  const request = { ...task.render(fixture.text, options), task: task.name, text: fixture.text, options: fixture.options };
  try {
    const completion = await adapter.complete(request, AbortSignal.timeout(timeoutMs));
    const output = await task.parse(completion.text, {
      text: fixture.text,
      options,
      provider: adapter.name,
      repair: async (instruction) =>
        (await adapter.complete({ ...request, prompt: `${request.prompt}\n\n${instruction}` }, AbortSignal.timeout(timeoutMs))).text,
    });
    return { decision: decisionSchema.parse(output.decision) };
  } catch (err) {
    return { decision: null, error: err instanceof Error ? err : new Error(String(err)) };
  }
}
