/** The streaming side of a worker, from the config: its own Redis connection, the limits, the relay sizes. */
import type { Config } from '../../shared/config';
import { redisKeys } from '../../shared/redis-keys';
import { createRedis } from '../../shared/redis';
import type { ChatStreamSettings } from './run-chat-job';

/** Long enough for any reader that is still there; the API reads entries as they come. */
const STREAM_TTL_SECONDS = 300;
const STREAM_MAX_ENTRIES = 10_000;

export function createChatStream(config: Config, redisUrl = config.REDIS_URL): { settings: ChatStreamSettings; close(): void } {
  // A request connection fails fast while Redis is away: a stream nobody can receive should stop, not queue.
  const redis = createRedis(redisUrl, 'request', `aigw-worker-stream:${config.QUEUE_NAME}`, { cluster: config.REDIS_CLUSTER });
  const keys = redisKeys({ prefix: config.QUEUE_PREFIX, queueName: config.QUEUE_NAME });
  const idleMs = config.STREAM_IDLE_TIMEOUT_SECONDS * 1000;
  return {
    settings: {
      redis,
      keys: (taskId) => keys.chatStream(taskId),
      // Several heartbeats fit in the API's patience (the idle limit plus a margin) even with a short idle limit.
      relay: { maxLen: STREAM_MAX_ENTRIES, ttlSeconds: STREAM_TTL_SECONDS, heartbeatMs: Math.max(100, Math.min(1_000, Math.floor(idleMs / 4))) },
    },
    close: () => redis.disconnect(),
  };
}
