/**
 * Disconnects, after each test file, every performance observer the file started.
 *
 * Why: `npm test` runs every suite in one process (--runInBand). prom-client's default metrics
 * (`collectDefaultMetrics`, called by each `createMetrics()`) start a garbage-collection
 * PerformanceObserver and never stop it. `perf_hooks` is a core module, shared by all test files,
 * so node keeps that observer's callback alive, and through it the file's whole module registry
 * (the rule engine, express, the AI SDK...): the heap grew by every suite until node ran out of it.
 * Measured with `node --expose-gc node_modules/jest/bin/jest.js --logHeapUsage` (docs/tests.md).
 *
 * The patch of `observe` is installed once per process (marked on the shared core module), and each
 * file's `afterAll` disconnects the observers started since the previous file finished.
 */
import perfHooks from 'node:perf_hooks';

const STARTED = Symbol.for('ai-gateway.test.started-observers');
type TrackedHooks = typeof perfHooks & { [STARTED]?: Set<perfHooks.PerformanceObserver> };
const hooks = perfHooks as TrackedHooks;

function startedObservers(): Set<perfHooks.PerformanceObserver> {
  const known = hooks[STARTED];
  if (known) return known;
  const started = new Set<perfHooks.PerformanceObserver>();
  const prototype = hooks.PerformanceObserver.prototype;
  const observe = prototype.observe;
  prototype.observe = function observeTracked(this: perfHooks.PerformanceObserver, ...args: Parameters<typeof observe>) {
    started.add(this);
    return observe.apply(this, args);
  };
  hooks[STARTED] = started;
  return started;
}

const started = startedObservers();

afterAll(() => {
  for (const observer of started) observer.disconnect();
  started.clear();
});
