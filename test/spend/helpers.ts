/** Outcomes with a known cost, for the spend tests. */
import { randomUUID } from 'node:crypto';
import type { TaskOutcome } from '../../shared/task-schemas';

export function costedOutcome(caller: string, costUsd: number, createdAt = new Date(), tokens = { input: 100, output: 50 }): TaskOutcome {
  const at = createdAt.toISOString();
  return {
    task_id: randomUUID(),
    status: 'success',
    task: 'summarize',
    provider_requested: 'auto',
    provider_used: 'openai',
    model: 'gpt-4o-mini',
    result: 'ok',
    confidence: 0.9,
    decision: null,
    latency_ms: 10,
    queue_wait_ms: 1,
    attempts: [{ provider: 'openai', model: 'gpt-4o-mini', outcome: 'success', latency_ms: 10, input_tokens: tokens.input, output_tokens: tokens.output, cost_usd: costUsd }],
    usage: { input_tokens: tokens.input, output_tokens: tokens.output },
    cost_usd: costUsd,
    error: null,
    caller,
    idempotency_key: null,
    created_at: at,
    started_at: at,
    finished_at: at,
  };
}
