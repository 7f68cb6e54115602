/** Outcomes with a known cost, for the spend tests. */
import type { TaskOutcome } from '../../shared/task-schemas';
import { successOutcome } from '../helpers/outcome';

export function costedOutcome(caller: string, costUsd: number, createdAt = new Date(), tokens = { input: 100, output: 50 }): TaskOutcome {
  return successOutcome(createdAt, {
    attempts: [{ provider: 'openai', model: 'gpt-4o-mini', outcome: 'success', latency_ms: 10, input_tokens: tokens.input, output_tokens: tokens.output, cost_usd: costUsd }],
    usage: { input_tokens: tokens.input, output_tokens: tokens.output },
    cost_usd: costUsd,
    caller,
  });
}
