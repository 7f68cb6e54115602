/**
 * BullMQ's own telemetry hook, fed by our tracer: `queue.add` runs in a PRODUCER span whose context
 * BullMQ stores in the job's options, and the worker runs the processor inside a CONSUMER span that
 * continues it. So one trace runs from the caller's request through Redis into the worker without
 * any job payload carrying trace fields of ours. Tracing off: no telemetry object, and BullMQ skips
 * all of this.
 */
import { context, INVALID_SPAN_CONTEXT, propagation, trace, type Attributes, type Context, type Span as OtelSpan, type SpanKind, type Tracer } from '@opentelemetry/api';
import { SpanKind as BullSpanKind, type Telemetry } from 'bullmq';

/** BullMQ puts the whole job result (our outcome, with the answer text) on its "job completed" event: never on a span. */
const TEXT_ATTRIBUTES = new Set(['bullmq.job.result']);

function withoutText(attributes: Attributes | undefined): Attributes | undefined {
  if (!attributes) return attributes;
  return Object.fromEntries(Object.entries(attributes).filter(([key]) => !TEXT_ATTRIBUTES.has(key)));
}

/** BullMQ's Span, over an OpenTelemetry span. */
function wrap(span: OtelSpan) {
  return {
    setSpanOnContext: (ctx: Context) => trace.setSpan(ctx, span),
    setAttribute: (key: string, value: Parameters<OtelSpan['setAttribute']>[1]) => void (TEXT_ATTRIBUTES.has(key) || span.setAttribute(key, value)),
    setAttributes: (attributes: Attributes) => void span.setAttributes(withoutText(attributes) ?? {}),
    addEvent: (name: string, attributes?: Attributes) => void span.addEvent(name, withoutText(attributes)),
    recordException: (exception: Parameters<OtelSpan['recordException']>[0], time?: Parameters<OtelSpan['recordException']>[1]) =>
      span.recordException(exception, time),
    end: () => span.end(),
  };
}

/**
 * The spans a request's trace is made of: the enqueue (PRODUCER `add`) and the job (CONSUMER
 * `process`). BullMQ also opens INTERNAL spans for its own bookkeeping: `getNextJob` and
 * `extendLocks` on every poll and timer, each a trace of its own that belongs to no request, and
 * `complete` / `retry` / `fail` after the processor returns, which repeat what the job span
 * already says. Those get a non-recording span: nothing allocated past the name check, nothing
 * exported (they were half the worker's spans and much of what tracing cost).
 */
const NOT_A_REQUEST_SPAN = trace.wrapSpanContext(INVALID_SPAN_CONTEXT);

export function bullmqTelemetry(tracer: Tracer | undefined): Telemetry<Context> | undefined {
  if (!tracer) return undefined;
  return {
    tracer: {
      // BullMQ's SpanKind numbers are OpenTelemetry's.
      startSpan: (name, options, ctx) =>
        wrap(
          options?.kind === BullSpanKind.PRODUCER || options?.kind === BullSpanKind.CONSUMER
            ? tracer.startSpan(name, { kind: options.kind as unknown as SpanKind }, ctx)
            : NOT_A_REQUEST_SPAN,
        ),
    },
    contextManager: {
      with: (ctx, fn) => context.with(ctx, fn),
      active: () => context.active(),
      getMetadata(ctx) {
        const carrier: Record<string, string> = {};
        propagation.inject(ctx, carrier);
        return JSON.stringify(carrier);
      },
      fromMetadata(active, metadata) {
        try {
          return propagation.extract(active, JSON.parse(metadata) as Record<string, string>);
        } catch {
          // A job written by something else: no parent rather than no job.
          return active;
        }
      },
    },
  };
}
