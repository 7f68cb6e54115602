/** The /v1 API's long-lived pieces, built from the config by the API runtime. */
import type { Redis } from 'ioredis';
import type { Config } from '../../shared/config';
import type { Db } from '../../shared/db';
import type { Outages } from '../../shared/outage-log';
import { modelPatternRules } from '../../shared/model-patterns';
import { LOCAL_PROVIDER, PROVIDER_DESCRIPTORS } from '../../shared/providers/descriptors';
import { canEmbed } from '../../shared/providers/embedding-support';
import type { ProviderInfo } from '../../shared/providers/status';
import { redisKeys } from '../../shared/redis-keys';
import { IdempotencyAnswers } from '../../shared/idempotency';
import type { IdempotencyKeys } from '../idempotency-keys';
import type { Intake } from '../intake';
import { createRedis } from '../../shared/redis';
import type { CompletionWaiter } from '../completion-waiter';
import { ChatJobs } from './chat-jobs';
import { V1Idempotency } from './idempotency';
import type { V1Deps } from './index';
import { ResponseStore } from './responses/store';
import { ModelRoutes } from './routing';
import { StreamHub } from './stream-hub';

/** Past the idle limit the worker itself enforces, how much longer the API waits before it calls the worker gone. */
const WORKER_SILENCE_MARGIN_MS = 3_000;

export interface V1SetupInput {
  config: Config;
  intake: Intake;
  redis: Redis;
  waiter: CompletionWaiter;
  providers: ReadonlyMap<string, ProviderInfo>;
  /** Where /v1/responses keeps conversations for `previous_response_id`. */
  db: Db;
  outages: Outages;
  /** The Idempotency-Key claims POST /ai/task uses too. */
  idempotency: IdempotencyKeys;
}

export function createV1Deps({ config, intake, redis, waiter, providers, db, outages, idempotency }: V1SetupInput): { deps: V1Deps; close(): Promise<void> } {
  const hub = new StreamHub(createRedis(config.REDIS_URL, 'blocking', 'aigw-api-streams', { cluster: config.REDIS_CLUSTER }), redis);
  const keys = redisKeys({ prefix: config.QUEUE_PREFIX, queueName: config.QUEUE_NAME });
  const jobs = new ChatJobs(intake, redis, keys, idempotency);
  const deadlineMs = config.TASK_DEADLINE_SECONDS * 1000;
  return {
    deps: {
      routes: new ModelRoutes({
        providers,
        order: config.PROVIDER_ORDER,
        routes: config.ROUTES,
        patterns: modelPatternRules(config.MODEL_PATTERNS, PROVIDER_DESCRIPTORS),
        embedders: new Set([...providers.values()].filter((p) => canEmbed(p, config.providers[p.name]?.descriptor) && p.name !== LOCAL_PROVIDER).map((p) => p.name)),
      }),
      jobs,
      waiter,
      stream: { hub, jobs, waiter, startWaitMs: deadlineMs, idleGiveUpMs: config.STREAM_IDLE_TIMEOUT_SECONDS * 1000 + WORKER_SILENCE_MARGIN_MS },
      deadline: { defaultMs: config.V1_REQUEST_TIMEOUT_SECONDS * 1000, overrides: config.TIMEOUT_OVERRIDES },
      maxTextChars: config.MAX_TEXT_CHARS,
      responses: new ResponseStore(db),
      outages,
      images: { maxBytes: config.IMAGE_MAX_BYTES },
      providers,
      idempotency: new V1Idempotency({ keys: idempotency, answers: new IdempotencyAnswers(redis, keys), waiter, redis }),
    },
    close: () => hub.close(),
  };
}
