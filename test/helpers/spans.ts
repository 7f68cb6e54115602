/** Waiting for spans a worker ends after the answer has been sent (in-memory exporters). */
import type { InMemorySpanExporter, ReadableSpan } from '@opentelemetry/sdk-trace-base';

export const inTrace = (spans: ReadableSpan[], traceId: string): ReadableSpan[] => spans.filter((s) => s.spanContext().traceId === traceId);

/** At least `count` finished spans of the trace, polled for up to 5 s. */
export async function spansOf(exporter: InMemorySpanExporter, traceId: string, count: number): Promise<ReadableSpan[]> {
  for (let i = 0; i < 100; i += 1) {
    const spans = inTrace(exporter.getFinishedSpans(), traceId);
    if (spans.length >= count) return spans;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected ${count} spans in trace ${traceId}, got ${inTrace(exporter.getFinishedSpans(), traceId).length}`);
}
