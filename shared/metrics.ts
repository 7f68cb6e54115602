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
import type { FairStats } from './fair/stats';

export const CIRCUIT_STATES = { closed: 0, half_open: 1, open: 2 } as const;
export type CircuitStateName = keyof typeof CIRCUIT_STATES;

export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
export type QueueState = (typeof QUEUE_STATES)[number];

/** What the queue-depth gauge needs from a queue (BullMQ's Queue fits). */
export interface CountableQueue {
  getJobCounts(...states: (QueueState | 'prioritized')[]): Promise<Record<string, number>>;
}

/**
 * BullMQ counts jobs that have a priority apart ('prioritized'); with fair queueing every job has
 * one. "Waiting" keeps meaning "waiting for a worker" (alerts, the autoscaler, /queue/stats) by
 * adding them back.
 */
export function waitingOf(counts: Record<string, number>): number {
  return (counts.waiting ?? 0) + (counts.prioritized ?? 0);
}

/** A deployment as metrics label it: bounded values only (configured providers, models and key labels). */
export interface DeploymentLabels {
  provider: string;
  model: string;
  /** The key's label (OPENAI_API_KEYS[2]), never the key. */
  credential: string;
}

/** Where the lane and per-key gauges read the fair queue on each scrape; only the API sets one. */
export interface FairSource {
  read(): Promise<FairStats>;
  /** Per-key series are exported for this many keys at most (the deepest). */
  topKeys: number;
}

/** Where the circuit gauge reads each deployment's current state on each scrape (deployment health fits). */
export interface CircuitSource {
  states(): Promise<{ labels: DeploymentLabels; state: CircuitStateName }[]>;
}

/** A model label for anything not configured: caller input never becomes a label value. */
export const OTHER_MODEL = 'other';

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
      help: 'Failed or skipped provider attempts, by provider, model (configured ones; "other" otherwise) and error kind (circuit_open when skipped).',
      labelNames: ['provider', 'model', 'kind'] as const,
      registers,
    }),
    providerLatency: new Histogram({
      name: 'ai_provider_latency_seconds',
      help: 'Duration of one provider attempt (successful or not), by provider and model.',
      labelNames: ['provider', 'model'] as const,
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
      help: 'Tokens reported by the provider that answered, by provider, model and direction (input or output).',
      labelNames: ['provider', 'model', 'direction'] as const,
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
    laneQueueWait: new Histogram({
      name: 'ai_lane_queue_wait_seconds',
      help: 'Time a job waited before a worker started it, by lane (interactive or batch); taken by the worker at start.',
      labelNames: ['lane'] as const,
      buckets: SECONDS.queueWait,
      registers,
    }),
    queueFull: new Counter({
      name: 'ai_queue_full_total',
      help: 'Tasks refused with 429 queue_full because their key had its most tasks waiting, by lane.',
      labelNames: ['lane'] as const,
      registers,
    }),
    fairDeferrals: new Counter({
      name: 'ai_fair_deferrals_total',
      help: 'Job starts put back for FAIR_DEFER_MS because their key had its most tasks running (--max-in-flight), by lane.',
      labelNames: ['lane'] as const,
      registers,
    }),
    fairRebases: new Counter({
      name: 'ai_fair_rebases_total',
      help: "Rebases of a lane's priorities (its clock ran far past its origin), by lane.",
      labelNames: ['lane'] as const,
      registers,
    }),
    circuitState: new Gauge({
      name: 'ai_circuit_state',
      help: 'Deployment health per deployment (provider, model, key label) as this process last saw it, the worst of its scopes: 0 closed, 1 half-open, 2 open.',
      labelNames: ['provider', 'model', 'credential'] as const,
      registers,
      // Refreshed from deployment health on scrape, so a worker that just started reports the fleet's
      // state, not "closed"; when the read fails the last known values stay.
      async collect() {
        for (const source of circuitSources) {
          try {
            const states = await withTimeout(source.states(), SCRAPE_READ_TIMEOUT_MS, 'deployment health');
            for (const { labels, state } of states) this.set({ ...labels }, CIRCUIT_STATES[state]);
          } catch {
            // Keep what transitions last set.
          }
        }
      },
    }),
    circuitTransitions: new Counter({
      name: 'ai_circuit_transitions_total',
      help: 'Deployment health state changes made by this process, by provider, model, scope (deployment, credential, base_url), from_state and to_state.',
      labelNames: ['provider', 'model', 'scope', 'from_state', 'to_state'] as const,
      registers,
    }),
    breakerLocalFallback: new Gauge({
      name: 'ai_circuit_breaker_local_fallback',
      help: '1 while deployment health is kept per process because its shared Redis state is unreachable.',
      registers,
    }),
    historyRowsExpired: new Counter({
      name: 'ai_history_rows_expired_total',
      help: 'History rows removed by HISTORY_RETENTION_DAYS, by how (partition_dropped: in a whole month dropped; deleted: in batches).',
      labelNames: ['how'] as const,
      registers,
    }),
    providerConnectionResends: new Counter({
      name: 'ai_provider_connection_resends_total',
      help: 'Provider calls sent again on a new connection because the pooled one closed before any answer, by provider host.',
      labelNames: ['host'] as const,
      registers,
    }),
    stalledTakeovers: new Counter({
      name: 'ai_jobs_stalled_total',
      help: "Jobs this worker's stalled-job check took back from a worker that died or stopped renewing its lock (each runs again).",
      registers,
    }),
    jobsHandedBack: new Counter({
      name: 'ai_jobs_handed_back_total',
      help: 'Unfinished jobs a worker stopping past SHUTDOWN_TIMEOUT_MS moved back to the waiting list for another worker.',
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
    // Accepted tasks and Redis losing its data (shared/reconcile, api/intake-record.ts).
    tasksRequeued: new Counter({
      name: 'ai_tasks_requeued_total',
      help: 'Accepted tasks whose job had vanished from Redis, queued again from their Postgres record by the reconciler.',
      registers,
    }),
    tasksLost: new Counter({
      name: 'ai_tasks_lost_total',
      help: 'Accepted tasks the reconciler gave up (their job kept vanishing, or their record could not be queued): ended as task_lost.',
      registers,
    }),
    reconcileRuns: new Counter({
      name: 'ai_reconcile_runs_total',
      help: 'Reconciler sweeps, by result (done; skipped: another process held the lock or Redis was away; failed).',
      labelNames: ['result'] as const,
      registers,
    }),
    intakeRecordFailures: new Counter({
      name: 'ai_intake_record_failures_total',
      help: 'Tasks refused with 503 database_unavailable because Postgres could not record them before the 202.',
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
  /** Reports these deployments' states on every scrape; returns the undo. */
  trackCircuits(source: CircuitSource): () => void;
  /** The `provider/model` pairs that may be a `model` label (the configured ones); anything else is "other". */
  setKnownModels(models: Iterable<string>): void;
  /** Exports this queue's depth per state on every scrape; returns the undo. Only the API calls it. */
  trackQueue(name: string, queue: CountableQueue): () => void;
  /** Exports lane and per-key queue depth from this source on every scrape; returns the undo. Only the API calls it. */
  trackFair(source: FairSource): () => void;
  /** Every metric a finished task contributes, taken from its outcome in one place. */
  recordOutcome(outcome: TaskOutcome): void;
  recordCircuitTransition(labels: DeploymentLabels, scope: string, from: CircuitStateName, to: CircuitStateName): void;
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
  for (const result of ['done', 'skipped', 'failed'] as const) set.reconcileRuns.inc({ result }, 0);
  set.stalledTakeovers.inc(0);
  set.jobsHandedBack.inc(0);
  const queues = new Map<string, CountableQueue>();
  let fairSource: FairSource | undefined;
  // One read per scrape feeds all three gauges: the first collect() reads, the others reuse it.
  let fairRead: { at: number; stats: Promise<FairStats | undefined> } | undefined;
  const readFair = () => {
    if (!fairSource) return Promise.resolve(undefined);
    const source = fairSource;
    if (!fairRead || Date.now() - fairRead.at > 500) {
      fairRead = { at: Date.now(), stats: withTimeout(source.read(), SCRAPE_READ_TIMEOUT_MS, 'fair queue stats').catch(() => undefined) };
    }
    return fairRead.stats;
  };
  for (const lane of ['interactive', 'batch'] as const) {
    set.queueFull.inc({ lane }, 0);
    set.fairDeferrals.inc({ lane }, 0);
    set.fairRebases.inc({ lane }, 0);
  }

  new Gauge({
    name: 'ai_lane_jobs_waiting',
    help: 'Jobs waiting per lane (interactive, batch), admitted and not yet started; exported by the API only.',
    labelNames: ['lane'] as const,
    registers: [registry],
    async collect() {
      const stats = await readFair();
      this.reset();
      if (stats) for (const [lane, depth] of Object.entries(stats.lanes)) this.set({ lane }, depth.waiting);
    },
  });
  new Gauge({
    name: 'ai_lane_oldest_wait_seconds',
    help: 'How long the oldest waiting job of each lane has waited; exported by the API only.',
    labelNames: ['lane'] as const,
    registers: [registry],
    async collect() {
      const stats = await readFair();
      this.reset();
      if (stats) for (const [lane, depth] of Object.entries(stats.lanes)) this.set({ lane }, depth.oldest_wait_ms / 1000);
    },
  });
  new Gauge({
    name: 'ai_key_jobs_waiting',
    help: 'Jobs waiting per key name and lane, for the FAIR_METRICS_TOP_KEYS deepest keys only (a bounded label set); exported by the API only.',
    labelNames: ['key', 'lane'] as const,
    registers: [registry],
    async collect() {
      const stats = await readFair();
      this.reset();
      if (!stats || !fairSource) return;
      for (const key of stats.keys.slice(0, fairSource.topKeys)) {
        for (const [lane, depth] of Object.entries(key.lanes)) this.set({ key: key.name, lane }, depth.waiting);
      }
    },
  });
  const knownModels = new Set<string>();
  const modelLabel = (provider: string, model: string | null | undefined): string =>
    model && knownModels.has(`${provider}/${model}`) ? model : OTHER_MODEL;

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
            const counts = await withTimeout(queue.getJobCounts(...QUEUE_STATES, 'prioritized'), SCRAPE_READ_TIMEOUT_MS, 'queue counts');
            for (const state of QUEUE_STATES) this.set({ queue: name, state }, state === 'waiting' ? waitingOf(counts) : (counts[state] ?? 0));
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
    trackFair(source) {
      fairSource = source;
      fairRead = undefined;
      return () => {
        if (fairSource === source) fairSource = undefined;
      };
    },
    trackCircuits(source) {
      circuitSources.add(source);
      return () => circuitSources.delete(source);
    },
    setKnownModels(models) {
      for (const m of models) knownModels.add(m);
    },
    spend,
    recordOutcome: (outcome) => {
      recordOutcome(set, outcome, modelLabel);
      spend.recordOutcome(outcome);
    },
    recordCircuitTransition(labels, scope, from, to) {
      const model = modelLabel(labels.provider, labels.model);
      if (scope === 'deployment') set.circuitState.set({ ...labels, model }, CIRCUIT_STATES[to]);
      set.circuitTransitions.inc({ provider: labels.provider, model, scope, from_state: from, to_state: to });
    },
  };
}

function recordOutcome(m: MetricSet, outcome: TaskOutcome, modelLabel: (provider: string, model: string | null | undefined) => string): void {
  // An unknown task name came from the job payload, not from the task registry: do not make it a label.
  const task = outcome.error?.code === 'unknown_task' ? 'unknown' : outcome.task;
  const provider = outcome.provider_used ?? 'none';
  m.requests.inc({ task, provider, status: outcome.status });
  if (outcome.status === 'error') m.taskFailures.inc({ task, code: outcome.error?.code ?? 'unknown' });

  let previous: string | undefined;
  for (const attempt of outcome.attempts) {
    if (attempt.outcome === 'skipped') {
      m.providerErrors.inc({ provider: attempt.provider, model: modelLabel(attempt.provider, attempt.model), kind: attempt.error_kind ?? 'circuit_open' });
      continue;
    }
    const model = modelLabel(attempt.provider, attempt.model);
    if (attempt.outcome === 'error') m.providerErrors.inc({ provider: attempt.provider, model, kind: attempt.error_kind ?? 'unknown' });
    m.providerLatency.observe({ provider: attempt.provider, model }, attempt.latency_ms / 1000);
    // Skipped providers were never called, so the move is from the last provider actually tried.
    if (previous !== undefined && previous !== attempt.provider) {
      m.failovers.inc({ from_provider: previous, to_provider: attempt.provider });
    }
    previous = attempt.provider;
  }

  if (outcome.usage && outcome.provider_used) {
    const labels = { provider: outcome.provider_used, model: modelLabel(outcome.provider_used, outcome.model) };
    m.tokens.inc({ ...labels, direction: 'input' }, Math.max(0, outcome.usage.input_tokens));
    m.tokens.inc({ ...labels, direction: 'output' }, Math.max(0, outcome.usage.output_tokens));
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
