/** The /v1 API's long-lived pieces, built from the config by the API runtime. */
import type { Redis } from 'ioredis';
import type { Config } from '../../shared/config';
import type { ProviderInfo } from '../../shared/providers/status';
import { redisKeys } from '../../shared/redis-keys';
import type { TaskQueue } from '../../shared/queue';
import { createRedis } from '../../shared/redis';
import type { CompletionWaiter } from '../completion-waiter';
import { ChatJobs } from './chat-jobs';
import type { V1Deps } from './index';
import { ModelRoutes } from './routing';
import { StreamHub } from './stream-hub';

/** Past the idle limit the worker itself enforces, how much longer the API waits before it calls the worker gone. */
const WORKER_SILENCE_MARGIN_MS = 3_000;

export interface V1SetupInput {
  config: Config;
  queue: TaskQueue;
  redis: Redis;
  waiter: CompletionWaiter;
  providers: ReadonlyMap<string, ProviderInfo>;
}

export function createV1Deps({ config, queue, redis, waiter, providers }: V1SetupInput): { deps: V1Deps; close(): Promise<void> } {
  const hub = new StreamHub(createRedis(config.REDIS_URL, 'blocking', 'aigw-api-streams'), redis);
  const jobs = new ChatJobs(queue, redis, redisKeys({ prefix: config.QUEUE_PREFIX, queueName: config.QUEUE_NAME }));
  const deadlineMs = config.TASK_DEADLINE_SECONDS * 1000;
  return {
    deps: {
      routes: new ModelRoutes({ providers, order: config.PROVIDER_ORDER, routes: config.ROUTES }),
      jobs,
      waiter,
      stream: { hub, jobs, startWaitMs: deadlineMs, idleGiveUpMs: config.STREAM_IDLE_TIMEOUT_SECONDS * 1000 + WORKER_SILENCE_MARGIN_MS },
      deadline: { defaultMs: config.V1_REQUEST_TIMEOUT_SECONDS * 1000, overrides: config.TIMEOUT_OVERRIDES },
      maxTextChars: config.MAX_TEXT_CHARS,
    },
    close: () => hub.close(),
  };
}
