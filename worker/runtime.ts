/** Builds a worker's long-lived pieces from the config. */
import type { Config } from '../shared/config';
import type { Db } from '../shared/db';
import { HistoryStore } from '../shared/history-store';
import type { Logger } from '../shared/logger';
import { MemoryCircuitBreaker } from '../shared/breaker/memory-breaker';
import type { CircuitBreaker } from '../shared/breaker/types';
import type { ProviderEntry } from './providers/types';
import { createTaskWorker, type TaskWorker } from './task-worker';

export interface WorkerRuntimeOverrides {
  breaker?: CircuitBreaker;
}

export function createWorkerRuntime(
  config: Config,
  db: Db,
  registry: ReadonlyMap<string, ProviderEntry>,
  logger: Logger,
  overrides: WorkerRuntimeOverrides = {},
): TaskWorker {
  const breaker =
    overrides.breaker ??
    new MemoryCircuitBreaker({ threshold: config.CIRCUIT_BREAKER_THRESHOLD, resetTimeoutMs: config.CIRCUIT_BREAKER_RESET_TIMEOUT * 1000 });
  return createTaskWorker(
    {
      redisUrl: config.REDIS_URL,
      queueName: config.QUEUE_NAME,
      prefix: config.QUEUE_PREFIX,
      concurrency: config.WORKER_CONCURRENCY,
      lockDurationMs: config.JOB_LOCK_MS,
      stalledIntervalMs: config.STALLED_INTERVAL_MS,
    },
    {
      registry,
      breaker,
      store: new HistoryStore(db),
      logger,
      chain: { providerOrder: config.PROVIDER_ORDER, localEnabled: config.LOCAL_PROVIDER },
      retry: {
        maxRetries: config.MAX_RETRIES,
        baseMs: config.RETRY_BASE_MS,
        capMs: config.RETRY_MAX_MS,
        maxRetryAfterMs: config.RETRY_AFTER_MAX_MS,
        timeoutMs: config.TIMEOUT_SECONDS * 1000,
      },
      taskDeadlineMs: config.TASK_DEADLINE_SECONDS * 1000,
      onFailover: (from, to, reason) => logger.info('failover', { from_provider: from, to_provider: to, reason }),
    },
  );
}
