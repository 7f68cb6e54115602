/**
 * What a finished task adds to its job's CONSUMER span (the span BullMQ opened for the job, active
 * when the processor starts): which task it was, how it ended, and one event per attempt, so
 * retries, breaker skips and failovers read in the trace in the order they happened. Provider
 * calls are child spans of their own (worker/providers/traced-adapter.ts).
 */
import { context, SpanStatusCode, type Context, type Span } from '@opentelemetry/api';
import type { TaskOutcome } from '../shared/task-schemas';

/**
 * Each job's trace context, read where BullMQ starts the processor with the job span active. The
 * gateway tracks no async context (shared/tracing/sync-context.ts), so the context is gone after
 * the first await (the fair gate's Redis call, say); the processor finds it here.
 */
const jobContexts = new WeakMap<object, Context>();

/** Call synchronously at the very start of BullMQ's processor. */
export function rememberJobContext(job: object): void {
  jobContexts.set(job, context.active());
}

export function jobContextOf(job: object): Context {
  return jobContexts.get(job) ?? context.active();
}

export function annotateJobSpan(outcome: TaskOutcome, span: Span | undefined): void {
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
