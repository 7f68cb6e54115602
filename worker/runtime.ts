/** Builds a worker's long-lived pieces from the config. */
import type { Config } from '../shared/config';
import type { Db } from '../shared/db';
import { HistoryStore } from '../shared/history-store';
import type { Logger } from '../shared/logger';
import { createWorkerHealth } from '../shared/health/factory';
import type { HealthStore, TransitionListener } from '../shared/health/types';
import { configuredDeployments, configuredModels } from '../shared/providers/deployment-list';
import type { ProviderEntry } from './providers/types';
import { createTaskWorker, type TaskWorker } from './task-worker';
import { processMetrics } from '../shared/metrics';
import { createChatStream } from './stream/settings';
import { createEmbeddingProviders } from './embeddings/providers';
import { offlinePool } from './provider-setup';
import { scheduleHistoryMaintenance } from '../shared/history-maintenance';
import { startTracing, type TracingOptions } from '../shared/tracing/setup';
import { bullmqTelemetry } from '../shared/tracing/bullmq';
import { createRedis } from '../shared/redis';
import { redisKeys } from '../shared/redis-keys';
import { bullKeys, FairQueue } from '../shared/fair/fair-queue';
import { SpendLedger } from '../shared/spend/ledger';
import { ResponseCache } from '../shared/spend/response-cache';
import { IdempotencyAnswers } from '../shared/idempotency';
import { createPriceBook } from '../shared/spend/setup';
import { onConnectionResend } from './providers/closed-connection-fetch';

export interface WorkerRuntimeOverrides {
  health?: HealthStore;
  /** Each deployment-health state change this process makes (for metrics; it is logged already). */
  onHealthTransition?: TransitionListener;
  /** True when deployment health falls back to per-process state because Redis is unreachable, false when it is back. */
  onHealthFallback?: (active: boolean) => void;
  /** Tests: where spans go (an in-memory exporter). */
  tracing?: TracingOptions;
  /** Tests: where the stream relay writes (a dead port plays a worker whose relay cannot reach Redis). */
  streamRedisUrl?: string;
  /** Tests: how long a task runs before its row says `running` (worker/processor.ts). */
  runningMarkDelayMs?: number;
}

/** After a provider's finish reason, how long its missing terminator is waited for. */
const FINISH_GRACE_MS = 1_000;

export function createWorkerRuntime(
  config: Config,
  db: Db,
  registry: ReadonlyMap<string, ProviderEntry>,
  logger: Logger,
  overrides: WorkerRuntimeOverrides = {},
): TaskWorker {
  const metrics = processMetrics();
  const tracing = startTracing(config, 'worker', overrides.tracing);
  const chatStream = createChatStream(config, overrides.streamRedisUrl);
  const { health, close: closeHealth } = overrides.health
    ? { health: overrides.health, close: () => undefined }
    : createWorkerHealth(config, logger, {
        onTransition: (scope, scopeId, from, to, deployment, details) => {
          metrics.recordCircuitTransition({ provider: deployment.provider, model: deployment.model, credential: deployment.credential.label }, scope, from, to);
          overrides.onHealthTransition?.(scope, scopeId, from, to, deployment, details);
        },
        onFallbackChange: (active) => {
          metrics.breakerLocalFallback.set(active ? 1 : 0);
          overrides.onHealthFallback?.(active);
        },
      });
  const deployments = configuredDeployments(config);
  metrics.setKnownModels(configuredModels(config));
  const untrackCircuits = metrics.trackCircuits({
    states: async () =>
      (await health.status(deployments)).map((s) => ({
        labels: { provider: s.deployment.provider, model: s.deployment.model, credential: s.deployment.credential.label },
        state: s.state,
      })),
  });
  const untrackResends = onConnectionResend((host) => metrics.providerConnectionResends.inc({ host }));
  const idleMs = config.STREAM_IDLE_TIMEOUT_SECONDS * 1000;
  const prices = createPriceBook(config, logger, metrics);
  // Every configured model without a price is exported at 0, so the dashboard shows it before its first call.
  for (const d of deployments) {
    if (!prices.price(d.provider, d.model)) metrics.spend.declareUnpriced(d.provider, d.model);
  }
  const spendRedis = createRedis(config.REDIS_URL, 'request', 'aigw-worker-spend', { cluster: config.REDIS_CLUSTER });
  const keys = redisKeys({ prefix: config.QUEUE_PREFIX, queueName: config.QUEUE_NAME });
  const spend = new SpendLedger(spendRedis, keys, db);
  const maintenance = scheduleHistoryMaintenance({ databaseUrl: config.DATABASE_URL, retentionDays: config.HISTORY_RETENTION_DAYS, logger, metrics });
  // Its own connection, failing fast: a start that cannot reach Redis runs the job unaccounted rather than waiting.
  const fairRedis = config.FAIR_QUEUEING ? createRedis(config.REDIS_URL, 'request', 'aigw-worker-fair', { cluster: config.REDIS_CLUSTER }) : undefined;
  const fair = fairRedis && {
    fair: new FairQueue(fairRedis, redisKeys({ prefix: config.QUEUE_PREFIX, queueName: config.QUEUE_NAME })),
    bull: bullKeys(config.QUEUE_PREFIX, config.QUEUE_NAME),
    deferMs: config.FAIR_DEFER_MS,
    // Past the task's own deadline and two lock periods, a slot's holder is surely gone.
    leaseMs: config.TASK_DEADLINE_SECONDS * 1000 + 2 * config.JOB_LOCK_MS,
    logger,
    metrics,
  };
  return createTaskWorker(
    {
      redisUrl: config.REDIS_URL,
      redisCluster: config.REDIS_CLUSTER,
      queueName: config.QUEUE_NAME,
      prefix: config.QUEUE_PREFIX,
      concurrency: config.WORKER_CONCURRENCY,
      lockDurationMs: config.JOB_LOCK_MS,
      stalledIntervalMs: config.STALLED_INTERVAL_MS,
      telemetry: bullmqTelemetry(tracing.tracer),
      fair,
      outageSummaryMs: config.OUTAGE_SUMMARY_MS,
      onClosed: async () => {
        await tracing.shutdown().catch((err: unknown) => logger.warn('could not flush traces', { error: err }));
        fairRedis?.disconnect();
        untrackCircuits();
        untrackResends();
        await offlinePool.close();
        chatStream.close();
        await maintenance.stop();
        spendRedis.disconnect();
        return closeHealth();
      },
    },
    {
      registry,
      health,
      store: new HistoryStore(db),
      logger,
      metrics,
      chain: { providerOrder: config.PROVIDER_ORDER, localEnabled: config.LOCAL_PROVIDER },
      retry: {
        maxRetries: config.MAX_RETRIES,
        baseMs: config.RETRY_BASE_MS,
        capMs: config.RETRY_MAX_MS,
        maxRetryAfterMs: config.RETRY_AFTER_MAX_MS,
      },
      limits: { firstTokenMs: config.FIRST_TOKEN_TIMEOUT_SECONDS * 1000, idleMs, finishGraceMs: Math.min(FINISH_GRACE_MS, idleMs) },
      totalTimeoutMs: config.TIMEOUT_SECONDS * 1000,
      taskDeadlineMs: config.TASK_DEADLINE_SECONDS * 1000,
      persist: { maxTries: config.PERSIST_ATTEMPTS, maxDelayMs: config.PERSIST_RETRY_MAX_MS },
      runningMarkDelayMs: overrides.runningMarkDelayMs,
      confidenceOverrides: config.CONFIDENCE_OVERRIDES,
      providerRows: Object.values(config.providers).map((p) => p.descriptor),
      chatStream: chatStream.settings,
      embeddingProviders: createEmbeddingProviders(config),
      prices,
      spend,
      cache: new ResponseCache(spendRedis, keys),
      idempotencyAnswers: new IdempotencyAnswers(spendRedis, keys),
      onFailover: (from, to, reason) => logger.info('failover', { from_provider: from, to_provider: to, reason }),
    },
  );
}
