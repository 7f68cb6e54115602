/** Parser calls for task tests: a context whose `repair` answers from a script and records what it was told. */
import type { ParseContext, TaskDefinition, TaskOutput } from '../../../worker/tasks/types';

export interface RepairLog {
  instructions: string[];
}

/** `answers` are what the provider says when asked to repair, in order; past the end, repair rejects. */
export function parseWith<O>(
  task: TaskDefinition<O>,
  raw: string,
  context: { text: string; options: unknown; provider?: string; answers?: string[] },
): { output: Promise<TaskOutput>; log: RepairLog } {
  const log: RepairLog = { instructions: [] };
  const answers = [...(context.answers ?? [])];
  const ctx: ParseContext<O> = {
    text: context.text,
    options: task.options.parse(context.options),
    provider: context.provider ?? 'openai',
    async repair(instruction) {
      log.instructions.push(instruction);
      const next = answers.shift();
      if (next === undefined) throw new Error('no repair answer scripted');
      return next;
    },
  };
  // A parser may throw synchronously; callers see every failure as a rejection, as the chain does.
  return { output: (async () => task.parse(raw, ctx))(), log };
}
