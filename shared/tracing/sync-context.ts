/**
 * A context manager that keeps the active context only for the synchronous part of `with`: no
 * async tracking at all. The gateway installs it instead of the AsyncLocalStorage one, because on
 * Node 20 AsyncLocalStorage hooks every promise in the process (~150 ns each, measured), and a
 * provider call through the AI SDK's web streams makes thousands: that was a third of what tracing
 * cost a worker. Nothing needs async tracking: the API holds a request's context by request id
 * (./request-contexts.ts) for the enqueue and the request's log lines; BullMQ starts the processor
 * synchronously inside the job span's `with`, where the worker reads the job's context and passes
 * it on explicitly (the provider call's parent, the log fields).
 */
import { ROOT_CONTEXT, type Context, type ContextManager } from '@opentelemetry/api';

export class SyncContextManager implements ContextManager {
  private current: Context = ROOT_CONTEXT;

  active(): Context {
    return this.current;
  }

  with<A extends unknown[], F extends (...args: A) => ReturnType<F>>(context: Context, fn: F, thisArg?: ThisParameterType<F>, ...args: A): ReturnType<F> {
    const previous = this.current;
    this.current = context;
    try {
      return fn.call(thisArg, ...args);
    } finally {
      this.current = previous;
    }
  }

  bind<T>(context: Context, target: T): T {
    if (typeof target !== 'function') return target;
    const run = (self: unknown, args: unknown[]) => this.with(context, () => (target as (...a: unknown[]) => unknown).apply(self, args));
    return function bound(this: unknown, ...args: unknown[]) {
      return run(this, args);
    } as T;
  }

  enable(): this {
    return this;
  }

  disable(): this {
    this.current = ROOT_CONTEXT;
    return this;
  }
}
