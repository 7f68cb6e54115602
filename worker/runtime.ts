/** Builds a worker's long-lived pieces from the config. */
import type { Config } from '../shared/config';
import type { Db } from '../shared/db';
import { HistoryStore } from '../shared/history-store';
import type { Logger } from '../shared/logger';
import { createWorkerBreaker } from '../shared/breaker/factory';
import type { CircuitBreaker, TransitionListener } from '../shared/breaker/types';
import type { ProviderEntry } from './providers/types';
import { createTaskWorker, type TaskWorker } from './task-worker';
import { processMetrics } from '../shared/metrics';
import { createChatStream } from './stream/settings';
import { scheduleHistoryMaintenance } from '../shared/history-maintenance';
import { createRedis } from '../shared/redis';
import { redisKeys } from '../shared/redis-keys';
import { SpendLedger } from '../shared/spend/ledger';
import { ResponseCache } from '../shared/spend/response-cache';
import { createPriceBook } from '../shared/spend/setup';

export interface WorkerRuntimeOverrides {
  breaker?: CircuitBreaker;
  /** Each breaker state change this process makes (for metrics; it is logged already). */
  onBreakerTransition?: TransitionListener;
  /** True when the breaker falls back to per-process state because Redis is unreachable, false when it is back. */
  onBreakerFallback?: (active: boolean) => void;
}

export function createWorkerRuntime(
  config: Config,
  db: Db,
  registry: ReadonlyMap<string, ProviderEntry>,
  logger: Logger,
  overrides: WorkerRuntimeOverrides = {},
): TaskWorker {
  const metrics = processMetrics();
  const chatStream = createChatStream(config);
  const { breaker, close: closeBreaker } = overrides.breaker
    ? { breaker: overrides.breaker, close: () => undefined }
    : createWorkerBreaker(config, logger, {
        onTransition: (provider, from, to) => {
          metrics.recordCircuitTransition(provider, from, to);
          overrides.onBreakerTransition?.(provider, from, to);
        },
        onFallbackChange: (active) => {
          metrics.breakerLocalFallback.set(active ? 1 : 0);
          overrides.onBreakerFallback?.(active);
        },
      });
  const configured = [...registry.values()].filter((e) => e.info.configured).map((e) => e.info.name);
  const prices = createPriceBook(config, logger, metrics);
  for (const { info } of registry.values()) {
    if (info.configured && info.model && !prices.price(info.name, info.model)) metrics.spend.declareUnpriced(info.name, info.model);
  }
  const untrackCircuits = metrics.trackCircuits({ providers: configured, snapshot: (names) => breaker.snapshot(names) });
  const spendRedis = createRedis(config.REDIS_URL, 'request', 'aigw-worker-spend');
  const keys = redisKeys({ prefix: config.QUEUE_PREFIX, queueName: config.QUEUE_NAME });
  const spend = new SpendLedger(spendRedis, keys, db);
  const maintenance = scheduleHistoryMaintenance({ databaseUrl: config.DATABASE_URL, retentionDays: config.HISTORY_RETENTION_DAYS, logger, metrics });
  return createTaskWorker(
    {
      redisUrl: config.REDIS_URL,
      queueName: config.QUEUE_NAME,
      prefix: config.QUEUE_PREFIX,
      concurrency: config.WORKER_CONCURRENCY,
      lockDurationMs: config.JOB_LOCK_MS,
      stalledIntervalMs: config.STALLED_INTERVAL_MS,
      onClosed: async () => {
        untrackCircuits();
        chatStream.close();
        await maintenance.stop();
        spendRedis.disconnect();
        return closeBreaker();
      },
    },
    {
      registry,
      breaker,
      store: new HistoryStore(db),
      logger,
      metrics,
      chain: { providerOrder: config.PROVIDER_ORDER, localEnabled: config.LOCAL_PROVIDER },
      retry: {
        maxRetries: config.MAX_RETRIES,
        baseMs: config.RETRY_BASE_MS,
        capMs: config.RETRY_MAX_MS,
        maxRetryAfterMs: config.RETRY_AFTER_MAX_MS,
        timeoutMs: config.TIMEOUT_SECONDS * 1000,
      },
      taskDeadlineMs: config.TASK_DEADLINE_SECONDS * 1000,
      persist: { maxTries: config.PERSIST_ATTEMPTS, maxDelayMs: config.PERSIST_RETRY_MAX_MS },
      confidenceOverrides: config.CONFIDENCE_OVERRIDES,
      providerRows: Object.values(config.providers).map((p) => p.descriptor),
      chatStream: chatStream.settings,
      prices,
      spend,
      cache: new ResponseCache(spendRedis, keys),
      onFailover: (from, to, reason) => logger.info('failover', { from_provider: from, to_provider: to, reason }),
    },
  );
}
