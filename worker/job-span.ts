/**
 * What a finished task adds to its job's CONSUMER span (the span BullMQ opened for the job, active
 * while the processor runs): which task it was, how it ended, and one event per attempt, so
 * retries, breaker skips and failovers read in the trace in the order they happened. Provider
 * calls are child spans of their own (worker/providers/traced-adapter.ts).
 */
import { SpanStatusCode, trace } from '@opentelemetry/api';
import type { TaskOutcome } from '../shared/task-schemas';

export function annotateJobSpan(outcome: TaskOutcome): void {
  const span = trace.getActiveSpan();
  if (!span?.isRecording()) return;
  span.setAttributes({
    'aigw.task_id': outcome.task_id,
    'aigw.task': outcome.task,
    'aigw.status': outcome.status,
    'aigw.provider_requested': outcome.provider_requested,
    'aigw.queue_wait_ms': outcome.queue_wait_ms,
    ...(outcome.provider_used ? { 'aigw.provider_used': outcome.provider_used } : {}),
    ...(outcome.model ? { 'gen_ai.response.model': outcome.model } : {}),
    ...(outcome.usage ? { 'gen_ai.usage.input_tokens': outcome.usage.input_tokens, 'gen_ai.usage.output_tokens': outcome.usage.output_tokens } : {}),
  });
  for (const attempt of outcome.attempts) {
    span.addEvent(attempt.outcome === 'skipped' ? 'aigw.attempt.skipped' : 'aigw.attempt', {
      'aigw.provider': attempt.provider,
      'aigw.attempt.outcome': attempt.outcome,
      'aigw.latency_ms': attempt.latency_ms,
      ...(attempt.model ? { 'gen_ai.request.model': attempt.model } : {}),
      ...(attempt.error_kind ? { 'error.type': attempt.error_kind } : {}),
      ...(attempt.status_code !== undefined ? { 'http.response.status_code': attempt.status_code } : {}),
      ...(attempt.failover_to ? { 'aigw.failover_to': attempt.failover_to } : {}),
    });
  }
  if (outcome.error) span.setStatus({ code: SpanStatusCode.ERROR, message: outcome.error.code });
}
