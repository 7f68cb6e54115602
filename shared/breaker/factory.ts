/** The breakers a process runs with, built from the config. */
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { redisKeys } from '../redis-keys';
import type { Logger } from '../logger';
import { createBreakerRedis } from './connection';
import { RedisCircuitBreaker } from './redis-breaker';
import { breakerSettings } from './settings';
import type { TransitionListener } from './types';

export interface BreakerListeners {
  onTransition?: TransitionListener;
  onFallbackChange?: (active: boolean) => void;
}

/**
 * A worker's breaker, on a connection of its own that fails fast: during a Redis outage breaker
 * calls go to the per-process fallback at once instead of stalling every provider call.
 */
export function createWorkerBreaker(config: Config, logger: Logger, listeners: BreakerListeners = {}): { breaker: RedisCircuitBreaker; close(): void } {
  const redis = createBreakerRedis(config.REDIS_URL, `aigw-breaker:${config.QUEUE_NAME}`, { cluster: config.REDIS_CLUSTER });
  const breaker = new RedisCircuitBreaker({
    redis,
    keys: redisKeys({ prefix: config.QUEUE_PREFIX, queueName: config.QUEUE_NAME }),
    settings: breakerSettings(config),
    logger,
    ...listeners,
  });
  return { breaker, close: () => redis.disconnect() };
}

/** The API's view for /provider/status: reads the shared state on the API's own connection. */
export function createStatusBreaker(config: Config, redis: Redis, logger: Logger): RedisCircuitBreaker {
  return new RedisCircuitBreaker({
    redis,
    keys: redisKeys({ prefix: config.QUEUE_PREFIX, queueName: config.QUEUE_NAME }),
    settings: breakerSettings(config),
    logger,
    readOnly: true,
  });
}
