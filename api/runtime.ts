/** Builds the API's long-lived pieces from the config, and closes them again. */
import type { Server } from 'node:http';
import type { Config } from '../shared/config';
import type { Db } from '../shared/db';
import { HistoryStore } from '../shared/history-store';
import { autoOrder, providerInfos, providerStatusFlags, type ProviderInfo } from '../shared/providers/status';
import { redisKeys } from '../shared/redis-keys';
import type { Logger } from '../shared/logger';
import { createTaskQueue, JOB_ATTEMPTS, type TaskQueue } from '../shared/queue';
import { createHealthStatusReader } from '../shared/health/factory';
import { configuredDeployments } from '../shared/providers/deployment-list';
import { keylessDeployment } from '../shared/providers/deployments';
import { checkEvictionPolicy } from '../shared/redis-policy';
import { createRedis, waitForReady, withTimeout } from '../shared/redis';
import { processMetrics } from '../shared/metrics';
import { createApp } from './app';
import { CompletionWaiter } from './completion-waiter';
import { JobEventsSubscriber } from './job-events';
import { IdempotencyKeys } from './idempotency-keys';
import { TaskService } from './task-service';
import { Intake } from './intake';
import { FairQueue } from '../shared/fair/fair-queue';
import { readFairStats } from '../shared/fair/stats';
import { createV1Deps } from './v1/setup';
import { answerClientErrors } from './client-errors';
import { ApiKeyStore } from '../shared/api-key-store';
import { HistoryQuery } from './history-query';
import { ApiKeyResolver } from './middleware/api-keys';
import { createRateLimits } from './middleware/rate-limit';
import { startTracing, type TracingOptions } from '../shared/tracing/setup';
import { bullmqTelemetry } from '../shared/tracing/bullmq';
import { IntakeRecorder } from './intake-record';
import { AcceptedTaskStore } from '../shared/reconcile/accepted-tasks';
import { TaskReconciler } from '../shared/reconcile/reconciler';
import { SpendLedger } from '../shared/spend/ledger';
import { ResponseCache } from '../shared/spend/response-cache';
import { ApiCache } from './spend/cache';
import { createOutages } from '../shared/outage-log';

export interface ApiRuntime {
  listen(port: number, host: string): Promise<Server>;
  app: ReturnType<typeof createApp>;
  queue: TaskQueue;
  /** Whether callers need a key (API_KEY or managed keys exist), as known at start-up. */
  authEnabled: boolean;
  close(): Promise<void>;
}

export interface ApiRuntimeOptions {
  /**
   * Providers the config does not describe but a worker in this process runs (a composition
   * root's in-process fakes): shown, validated and routed like configured ones.
   */
  extraProviders?: readonly ProviderInfo[];
  /** Tests: where spans go (an in-memory exporter). */
  tracing?: TracingOptions;
}

function reconcilerSettings(config: Config) {
  return {
    databaseUrl: config.DATABASE_URL,
    intervalMs: config.RECONCILE_INTERVAL_SECONDS * 1000,
    graceMs: config.RECONCILE_GRACE_SECONDS * 1000,
    batchSize: config.RECONCILE_BATCH_SIZE,
  };
}

export async function createApiRuntime(config: Config, db: Db, logger: Logger, options: ApiRuntimeOptions = {}): Promise<ApiRuntime> {
  const settings = { queueName: config.QUEUE_NAME, prefix: config.QUEUE_PREFIX };
  const redis = createRedis(config.REDIS_URL, 'request', 'aigw-api', { cluster: config.REDIS_CLUSTER });
  if (!(await waitForReady(redis, 2_000))) logger.warn('Redis is not reachable yet; tasks are refused with 503 until it is');
  await checkEvictionPolicy(redis, config.REDIS_EVICTION_CHECK, logger).catch((err: unknown) => {
    redis.disconnect();
    throw err;
  });
  const eventsConnection = createRedis(config.REDIS_URL, 'blocking', 'aigw-api-events', { cluster: config.REDIS_CLUSTER });
  const tracing = startTracing(config, 'api', options.tracing);
  const queue = createTaskQueue(redis, {
    ...settings,
    retentionSeconds: config.JOB_RETENTION_SECONDS,
    attempts: JOB_ATTEMPTS,
    telemetry: bullmqTelemetry(tracing.tracer),
  });
  queue.on('error', () => undefined);
  const events = new JobEventsSubscriber(eventsConnection, queue.toKey('events'));
  events.start();
  const waiter = new CompletionWaiter(events, queue);
  const store = new HistoryStore(db);
  // Request paths that find Redis or Postgres away say so once per outage, as the worker does.
  const outages = createOutages(logger, config.OUTAGE_SUMMARY_MS);
  const keys = redisKeys(settings);
  const metrics = processMetrics();
  const accepted = new AcceptedTaskStore(db);
  const fair = new FairQueue(redis, keys);
  const intake = new Intake({
    queue,
    fair,
    settings: { enabled: config.FAIR_QUEUEING, defaultMaxQueued: config.FAIR_DEFAULT_MAX_QUEUED, defaultMaxInFlight: config.FAIR_DEFAULT_MAX_IN_FLIGHT },
    recorder: new IntakeRecorder(accepted, logger, outages, metrics),
    metrics,
  });
  const idempotency = new IdempotencyKeys({ redis, redisKeys: keys, ttlSeconds: config.IDEMPOTENCY_TTL_SECONDS });
  const service = new TaskService({
    queue,
    intake,
    redis,
    store,
    idempotency,
  });
  // From the configuration alone: the API never builds provider adapters or loads the offline model.
  const providers = providerInfos(config);
  for (const info of options.extraProviders ?? []) providers.set(info.name, info);
  const v1 = createV1Deps({ config, intake, redis, waiter, providers, db, outages, idempotency });
  const auth = new ApiKeyResolver({ apiKey: config.API_KEY, store: new ApiKeyStore(db), cacheMs: config.AUTH_CACHE_SECONDS * 1000, logger });
  const rateLimits = createRateLimits({
    redis,
    prefix: redisKeys(settings).rateLimit,
    tasksPerMinute: config.RATE_LIMIT_TASKS_PER_MINUTE,
    cleanupPerMinute: config.RATE_LIMIT_CLEANUP_PER_MINUTE,
    logger,
    outages,
  });
  const cache =
    config.CACHE_TTL_SECONDS > 0
      ? new ApiCache({ cache: new ResponseCache(redis, redisKeys(settings)), ttlSeconds: config.CACHE_TTL_SECONDS, store, metrics, outages })
      : undefined;
  // The API owns the queue handle, so it alone exports queue depth (workers would repeat it N times).
  const untrackQueue = metrics.trackQueue(config.QUEUE_NAME, queue);
  const readFair = () => readFairStats(redis, keys);
  const untrackFair = config.FAIR_QUEUEING ? metrics.trackFair({ read: readFair, topKeys: config.FAIR_METRICS_TOP_KEYS }) : () => undefined;
  const app = createApp({
    logger,
    queue,
    dashboard: { demoApiKey: config.DEMO_API_KEY, grafanaUrl: config.GRAFANA_URL },
    metrics,
    metricsToken: config.METRICS_TOKEN,
    bullBoardReadOnly: config.BULL_BOARD_READ_ONLY,
    redis,
    db,
    service,
    waiter,
    providers,
    providerFlags: providerStatusFlags(config),
    health: {
      // In-process adapters a composition root adds (not in the config) are reached without keys of ours.
      deployments: [...configuredDeployments(config), ...(options.extraProviders ?? []).filter((p) => p.model).map((p) => keylessDeployment(p.name, p.model as string))],
      reader: createHealthStatusReader(config, redis),
    },
    providerOrder: autoOrder(config),
    auth,
    rateLimits,
    history: new HistoryQuery(db),
    outages,
    corsOrigins: config.CORS_ORIGINS,
    trustProxy: config.TRUST_PROXY,
    maxBodyBytes: config.MAX_BODY_BYTES,
    maxTextChars: config.MAX_TEXT_CHARS,
    syncWaitMs: Math.min(config.SYNC_WAIT_MS, config.TASK_DEADLINE_SECONDS * 1000),
    cache,
    v1: { ...v1.deps, cache },
    fairStats: config.FAIR_QUEUEING ? readFair : undefined,
    spend: { ledger: new SpendLedger(redis, redisKeys(settings), db), budgetUsdPerDay: config.BUDGET_USD_PER_DAY, outages },
  });

  // Queues again the accepted tasks whose jobs Redis lost; one API process at a time (shared/reconcile).
  const reconciler = new TaskReconciler({ store: accepted, queue, redis, logger, metrics, settings: reconcilerSettings(config), fair: config.FAIR_QUEUEING ? fair : undefined });
  reconciler.start();

  let server: Server | undefined;
  return {
    app,
    queue,
    authEnabled: await auth.authEnabled(),
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        const s = app.listen(port, host, (err?: Error) => (err ? reject(err) : resolve(s)));
        answerClientErrors(s);
        server = s;
      }),
    async close() {
      if (server) {
        const s = server;
        // Stop accepting, let in-flight requests finish briefly, then drop what is left.
        const closed = new Promise<void>((resolve) => s.close(() => resolve()));
        s.closeIdleConnections();
        const timer = setTimeout(() => s.closeAllConnections(), 5_000);
        await closed;
        clearTimeout(timer);
      }
      untrackQueue();
      await reconciler.stop();
      untrackFair();
      await events.close();
      await v1.close();
      // BullMQ's close waits for Redis; when Redis is away, give up quickly and drop the socket.
      await withTimeout(queue.close(), 2_000, 'queue close').catch(() => undefined);
      redis.disconnect();
      outages.redis.close();
      outages.postgres.close();
      await tracing.shutdown().catch((err: unknown) => logger.warn('could not flush traces', { error: err }));
    },
  };
}
