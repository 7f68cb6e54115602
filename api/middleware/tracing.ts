/**
 * One SERVER span per request, continuing the caller's W3C `traceparent` when it sends one, so the
 * gateway shows up inside the caller's trace. Its context is held by request id while the request
 * is served (shared/tracing/request-contexts.ts): the enqueue and the request's log lines find it. The span is named after the route pattern, never the raw path.
 * With tracing off the tracer is a no-op and this costs a few function calls.
 */
import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import { holdRequestContext } from '../../shared/tracing/request-contexts';
import { tracerFor } from '../../shared/tracing/tracers';

export function traceRequests() {
  return function traceRequest(req: Request, res: Response, next: NextFunction): void {
    const tracer = tracerFor('api');
    const parent = propagation.extract(context.active(), req.headers);
    const span = tracer.startSpan(
      req.method,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': req.method, 'url.path': req.path, 'aigw.request_id': req.requestId },
      },
      parent,
    );
    const active = trace.setSpan(parent, span);
    const release = holdRequestContext(req.requestId, active);
    res.once('close', () => {
      release();
      const route = (res.locals.routePattern as (() => string | undefined) | undefined)?.();
      if (route) {
        span.updateName(`${req.method} ${route}`);
        span.setAttribute('http.route', route);
      }
      // A client that hung up first never got a status: 499, as the HTTP metrics count it.
      const status = res.writableFinished ? res.statusCode : 499;
      span.setAttribute('http.response.status_code', status);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(active, next);
  };
}
