/**
 * The gateway's Prometheus metrics. One Registry per process: `npm start` runs the API and a worker
 * in one process, and both take `processMetrics()`, so nothing is registered twice. Label values
 * are bounded sets (task names, configured providers, error kinds, route patterns) — never ids,
 * raw paths or caller input.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { spendMetrics, type SpendMetrics } from './spend/spend-metrics';
import { withTimeout } from './redis';
import type { TaskOutcome } from './task-schemas';

export const CIRCUIT_STATES = { closed: 0, half_open: 1, open: 2 } as const;
export type CircuitStateName = keyof typeof CIRCUIT_STATES;

export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

/** What the queue-depth gauge needs from a queue (BullMQ's Queue fits). */
export interface CountableQueue {
  getJobCounts(...states: QueueState[]): Promise<Record<string, number>>;
}

/** Where the circuit gauge reads the breaker's current state on each scrape (the shared breaker fits). */
export interface CircuitSource {
  providers: readonly string[];
  snapshot(providers: readonly string[]): Promise<Record<string, { state: CircuitStateName }>>;
}

/** A scrape must answer even when Redis does not: queue depth and circuit refresh give up after this long. */
const SCRAPE_READ_TIMEOUT_MS = 1_000;

const SECONDS = {
  provider: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60],
  task: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
  queueWait: [0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 5, 10, 30, 60, 300],
  http: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
};

function defineMetrics(registry: Registry, circuitSources: Set<CircuitSource>) {
  const registers = [registry];
  return {
    requests: new Counter({
      name: 'ai_requests_total',
      help: 'Finished tasks, by task, the provider that answered ("none" when none did) and status (success or error).',
      labelNames: ['task', 'provider', 'status'] as const,
      registers,
    }),
    taskFailures: new Counter({
      name: 'ai_task_failures_total',
      help: 'Tasks that finished in error, by task and error code (all_providers_failed, task_deadline_exceeded, ...).',
      labelNames: ['task', 'code'] as const,
      registers,
    }),
    providerErrors: new Counter({
      name: 'ai_provider_errors_total',
      help: 'Failed or skipped provider attempts, by provider and error kind (circuit_open when skipped).',
      labelNames: ['provider', 'kind'] as const,
      registers,
    }),
    providerLatency: new Histogram({
      name: 'ai_provider_latency_seconds',
      help: 'Duration of one provider attempt (successful or not), by provider.',
      labelNames: ['provider'] as const,
      buckets: SECONDS.provider,
      registers,
    }),
    failovers: new Counter({
      name: 'ai_failovers_total',
      help: 'Moves from one provider to the next within a task.',
      labelNames: ['from_provider', 'to_provider'] as const,
      registers,
    }),
    tokens: new Counter({
      name: 'ai_tokens_total',
      help: 'Tokens reported by the provider that answered, by provider and direction (input or output).',
      labelNames: ['provider', 'direction'] as const,
      registers,
    }),
    taskDuration: new Histogram({
      name: 'ai_task_duration_seconds',
      help: 'End-to-end task time, from enqueue to outcome (queue wait included), by task and status.',
      labelNames: ['task', 'status'] as const,
      buckets: SECONDS.task,
      registers,
    }),
    queueWait: new Histogram({
      name: 'ai_task_queue_wait_seconds',
      help: 'Time a task waited in the queue before a worker started it, by task.',
      labelNames: ['task'] as const,
      buckets: SECONDS.queueWait,
      registers,
    }),
    circuitState: new Gauge({
      name: 'ai_circuit_state',
      help: 'Circuit breaker state per provider as this process last saw it: 0 closed, 1 half-open, 2 open.',
      labelNames: ['provider'] as const,
      registers,
      // Refreshed from the breaker on scrape, so a worker that just started reports the fleet's state,
      // not "closed"; when the read fails the last known values stay.
      async collect() {
        for (const source of circuitSources) {
          try {
            const states = await withTimeout(source.snapshot(source.providers), SCRAPE_READ_TIMEOUT_MS, 'breaker snapshot');
            for (const [provider, snap] of Object.entries(states)) this.set({ provider }, CIRCUIT_STATES[snap.state]);
          } catch {
            // Keep what transitions last set.
          }
        }
      },
    }),
    circuitTransitions: new Counter({
      name: 'ai_circuit_transitions_total',
      help: 'Circuit breaker state changes made by this process, by provider, from_state and to_state.',
      labelNames: ['provider', 'from_state', 'to_state'] as const,
      registers,
    }),
    breakerLocalFallback: new Gauge({
      name: 'ai_circuit_breaker_local_fallback',
      help: '1 while the breaker keeps per-process state because its shared Redis state is unreachable.',
      registers,
    }),
    historyRowsExpired: new Counter({
      name: 'ai_history_rows_expired_total',
      help: 'History rows removed by HISTORY_RETENTION_DAYS, by how (partition_dropped: in a whole month dropped; deleted: in batches).',
      labelNames: ['how'] as const,
      registers,
    }),
    historyPartitionsDropped: new Counter({
      name: 'ai_history_partitions_dropped_total',
      help: 'Month partitions of the history dropped by retention.',
      registers,
    }),
    historyMaintenanceFailures: new Counter({
      name: 'ai_history_maintenance_failures_total',
      help: 'History maintenance runs (partition creation, retention) that failed; the next run tries again.',
      registers,
    }),
    httpRequests: new Counter({
      name: 'ai_http_requests_total',
      help: 'HTTP requests served by the API, by method, route pattern and status code.',
      labelNames: ['method', 'route', 'status'] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: 'ai_http_request_duration_seconds',
      help: 'HTTP request duration in the API, by method, route pattern and status code.',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: SECONDS.http,
      registers,
    }),
  };
}

export type MetricSet = ReturnType<typeof defineMetrics>;

export interface GatewayMetrics extends MetricSet {
  registry: Registry;
  /** Reports these providers' circuit states on every scrape; returns the undo. */
  trackCircuits(source: CircuitSource): () => void;
  /** Exports this queue's depth per state on every scrape; returns the undo. Only the API calls it. */
  trackQueue(name: string, queue: CountableQueue): () => void;
  /** Every metric a finished task contributes, taken from its outcome in one place. */
  recordOutcome(outcome: TaskOutcome): void;
  recordCircuitTransition(provider: string, from: CircuitStateName, to: CircuitStateName): void;
  /** Tokens and USD by provider and model (shared/spend/spend-metrics.ts). */
  spend: SpendMetrics;
}

export function createMetrics(): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const circuitSources = new Set<CircuitSource>();
  const set = defineMetrics(registry, circuitSources);
  const spend = spendMetrics(registry);
  // Exported at 0 from the start, so increase() sees the first removal and the dashboard finds the series.
  for (const how of ['partition_dropped', 'deleted'] as const) set.historyRowsExpired.inc({ how }, 0);
  const queues = new Map<string, CountableQueue>();

  new Gauge({
    name: 'ai_queue_jobs',
    help: 'Jobs in the task queue per state (waiting, active, delayed, failed); exported by the API only.',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      await Promise.all(
        [...queues].map(async ([name, queue]) => {
          try {
            const counts = await withTimeout(queue.getJobCounts(...QUEUE_STATES), SCRAPE_READ_TIMEOUT_MS, 'queue counts');
            for (const state of QUEUE_STATES) this.set({ queue: name, state }, counts[state] ?? 0);
          } catch {
            // Redis is away: export no depth rather than a stale one, and keep /metrics answering.
          }
        }),
      );
    },
  });

  return {
    ...set,
    registry,
    trackQueue(name, queue) {
      queues.set(name, queue);
      return () => {
        if (queues.get(name) === queue) queues.delete(name);
      };
    },
    trackCircuits(source) {
      circuitSources.add(source);
      return () => circuitSources.delete(source);
    },
    spend,
    recordOutcome: (outcome) => {
      recordOutcome(set, outcome);
      spend.recordOutcome(outcome);
    },
    recordCircuitTransition(provider, from, to) {
      set.circuitState.set({ provider }, CIRCUIT_STATES[to]);
      set.circuitTransitions.inc({ provider, from_state: from, to_state: to });
    },
  };
}

function recordOutcome(m: MetricSet, outcome: TaskOutcome): void {
  // An unknown task name came from the job payload, not from the task registry: do not make it a label.
  const task = outcome.error?.code === 'unknown_task' ? 'unknown' : outcome.task;
  const provider = outcome.provider_used ?? 'none';
  m.requests.inc({ task, provider, status: outcome.status });
  if (outcome.status === 'error') m.taskFailures.inc({ task, code: outcome.error?.code ?? 'unknown' });

  let previous: string | undefined;
  for (const attempt of outcome.attempts) {
    if (attempt.outcome === 'skipped') {
      m.providerErrors.inc({ provider: attempt.provider, kind: attempt.error_kind ?? 'circuit_open' });
      continue;
    }
    if (attempt.outcome === 'error') m.providerErrors.inc({ provider: attempt.provider, kind: attempt.error_kind ?? 'unknown' });
    m.providerLatency.observe({ provider: attempt.provider }, attempt.latency_ms / 1000);
    // Skipped providers were never called, so the move is from the last provider actually tried.
    if (previous !== undefined && previous !== attempt.provider) {
      m.failovers.inc({ from_provider: previous, to_provider: attempt.provider });
    }
    previous = attempt.provider;
  }

  if (outcome.usage && outcome.provider_used) {
    m.tokens.inc({ provider: outcome.provider_used, direction: 'input' }, Math.max(0, outcome.usage.input_tokens));
    m.tokens.inc({ provider: outcome.provider_used, direction: 'output' }, Math.max(0, outcome.usage.output_tokens));
  }
  const endToEndMs = Date.parse(outcome.finished_at) - Date.parse(outcome.created_at);
  if (Number.isFinite(endToEndMs)) m.taskDuration.observe({ task, status: outcome.status }, Math.max(0, endToEndMs) / 1000);
  m.queueWait.observe({ task }, outcome.queue_wait_ms / 1000);
}

let processWide: GatewayMetrics | undefined;

/** The one metrics set of this process (created on first use). */
export function processMetrics(): GatewayMetrics {
  processWide ??= createMetrics();
  return processWide;
}

/**
 * METRICS_TOKEN check for both /metrics servers: true when no token is configured, or when the
 * `Authorization: Bearer` header carries it (compared as digests, so neither content nor length leaks).
 */
export function metricsAuthorized(authorization: string | undefined, token: string | undefined): boolean {
  if (!token) return true;
  const given = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (!given) return false;
  const digest = (v: string) => createHash('sha256').update(v).digest();
  return timingSafeEqual(digest(given), digest(token));
}
