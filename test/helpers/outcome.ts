/** A finished task's outcome for tests that store, price or page outcomes: one shape, each test overriding what it checks. */
import { randomUUID } from 'node:crypto';
import type { TaskOutcome } from '../../shared/task-schemas';

/** A successful summarize answered by openai/gpt-4o-mini, enqueued, started and finished at `at`. */
export function successOutcome(at: Date, over: Partial<TaskOutcome> = {}): TaskOutcome {
  const iso = at.toISOString();
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
    attempts: [{ provider: 'openai', model: 'gpt-4o-mini', outcome: 'success', latency_ms: 10 }],
    usage: null,
    error: null,
    caller: 'anonymous',
    idempotency_key: null,
    created_at: iso,
    started_at: iso,
    finished_at: iso,
    ...over,
  };
}
