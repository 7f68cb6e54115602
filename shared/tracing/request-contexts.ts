/**
 * The trace context of each request the API is serving, by request id. The gateway tracks no async
 * context (shared/tracing/sync-context.ts), so a request's span is not "active" after the first
 * await; the two things that need it later find it here: the enqueue, whose PRODUCER span must be
 * the request's child (api/intake.ts), and a log line that names the request (shared/logger.ts).
 */
import type { Context } from '@opentelemetry/api';

const serving = new Map<string, Context>();

/** Holds the request's context until the returned function is called (when the response closes). */
export function holdRequestContext(requestId: string, context: Context): () => void {
  serving.set(requestId, context);
  return () => {
    // A caller may reuse an X-Request-Id on concurrent requests: only this request's entry goes.
    if (serving.get(requestId) === context) serving.delete(requestId);
  };
}

export function requestContext(requestId: string | undefined): Context | undefined {
  return requestId === undefined ? undefined : serving.get(requestId);
}
