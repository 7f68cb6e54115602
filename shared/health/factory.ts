/** The health stores a process runs with, built from the config (wired in by the fallback chain and the API). */
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { redisKeys } from '../redis-keys';
import type { Logger } from '../logger';
import { createHealthRedis } from './connection';
import { RedisHealthStore } from './redis-store';
import { healthSettings } from './settings';
import { HealthStatusReader } from './status-reader';
import type { TransitionListener } from './types';

export interface HealthListeners {
  onTransition?: TransitionListener;
  onFallbackChange?: (active: boolean) => void;
}

/** A worker's store, on a connection of its own that fails fast (during a Redis outage calls go to the per-process fallback at once). */
export function createWorkerHealth(config: Config, logger: Logger, listeners: HealthListeners = {}): { health: RedisHealthStore; close(): void } {
  const redis = createHealthRedis(config.REDIS_URL, `aigw-health:${config.QUEUE_NAME}`, { cluster: config.REDIS_CLUSTER });
  const health = new RedisHealthStore({
    redis,
    keys: redisKeys({ prefix: config.QUEUE_PREFIX, queueName: config.QUEUE_NAME }),
    settings: healthSettings(config),
    logger,
    ...listeners,
  });
  return { health, close: () => redis.disconnect() };
}

/** The API's read-only view for /provider/status, on the API's own connection. */
export function createHealthStatusReader(config: Config, redis: Redis): HealthStatusReader {
  return new HealthStatusReader({ redis, keys: redisKeys({ prefix: config.QUEUE_PREFIX, queueName: config.QUEUE_NAME }), settings: healthSettings(config) });
}
