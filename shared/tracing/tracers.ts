/**
 * The tracer of each role in this process. `npm start` runs the API and a worker in one process,
 * and they are separate services in a trace, so each role has its own tracer provider; code reads
 * its role's tracer here rather than having one passed through every layer. Until tracing is set
 * up (or when it is off) the tracer is OpenTelemetry's no-op one, which costs next to nothing.
 */
import { trace, type Tracer } from '@opentelemetry/api';

export type TraceRole = 'api' | 'worker';

const tracers = new Map<TraceRole, Tracer>();

export function tracerFor(role: TraceRole): Tracer {
  return tracers.get(role) ?? trace.getTracer('ai-gateway');
}

export function setRoleTracer(role: TraceRole, tracer: Tracer | undefined): void {
  if (tracer) tracers.set(role, tracer);
  else tracers.delete(role);
}
