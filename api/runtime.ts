/** Builds the API's long-lived pieces from the config, and closes them again. */
import type { Server } from 'node:http';
import type { Config } from '../shared/config';
import type { Db } from '../shared/db';
import { HistoryStore } from '../shared/history-store';
import { gatewayKeys } from '../shared/keys';
import type { Logger } from '../shared/logger';
import { createQueueEvents, createTaskQueue } from '../shared/queue';
import { createRedis } from '../shared/redis';
import type { ProviderEntry, ProviderInfo } from '../worker/providers/types';
import { createApp } from './app';
import { CompletionWaiter } from './completion-waiter';
import { TaskService } from './task-service';

export interface ApiRuntime {
  listen(port: number, host: string): Promise<Server>;
  app: ReturnType<typeof createApp>;
  close(): Promise<void>;
}

export async function createApiRuntime(
  config: Config,
  db: Db,
  registry: ReadonlyMap<string, ProviderEntry>,
  logger: Logger,
): Promise<ApiRuntime> {
  const settings = { queueName: config.QUEUE_NAME, prefix: config.QUEUE_PREFIX };
  const redis = createRedis(config.REDIS_URL, 'request', 'aigw-api');
  const eventsConnection = createRedis(config.REDIS_URL, 'blocking', 'aigw-api-events');
  const queue = createTaskQueue(redis, { ...settings, retentionSeconds: config.JOB_RETENTION_SECONDS, attempts: config.PERSIST_ATTEMPTS });
  queue.on('error', () => undefined);
  const events = createQueueEvents(eventsConnection, settings);
  events.on('error', (err) => logger.warn('queue events connection error', { error: err }));
  const waiter = new CompletionWaiter(events, queue);
  const store = new HistoryStore(db);
  const service = new TaskService({
    queue,
    redis,
    keys: gatewayKeys(settings),
    store,
    idempotencyTtlSeconds: config.IDEMPOTENCY_TTL_SECONDS,
  });
  const providers = new Map<string, ProviderInfo>([...registry].map(([name, entry]) => [name, entry.info]));
  const app = createApp({
    logger,
    redis,
    db,
    service,
    waiter,
    providers,
    apiKey: config.API_KEY,
    maxBodyBytes: config.MAX_BODY_BYTES,
    maxTextChars: config.MAX_TEXT_CHARS,
    syncWaitMs: Math.min(config.SYNC_WAIT_MS, config.TASK_DEADLINE_SECONDS * 1000),
  });

  let server: Server | undefined;
  return {
    app,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        const s = app.listen(port, host, (err?: Error) => (err ? reject(err) : resolve(s)));
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
      await events.close().catch(() => undefined);
      await queue.close().catch(() => undefined);
      redis.disconnect();
      eventsConnection.disconnect();
    },
  };
}
