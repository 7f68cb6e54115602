/**
 * A worker's Redis connection for health calls. Unlike BullMQ's connections it never queues a
 * command while disconnected and gives up on a slow one quickly: acquire and record sit in front
 * of and behind every provider call, so during a Redis outage they must fail at once into the
 * per-process fallback instead of holding the task.
 */
import type { Redis } from 'ioredis';
import { createRedis, FAIL_FAST_COMMAND_TIMEOUT_MS, type RedisTarget } from '../redis';

export const HEALTH_COMMAND_TIMEOUT_MS = FAIL_FAST_COMMAND_TIMEOUT_MS;

export function createHealthRedis(url: string, name: string, target: RedisTarget = {}): Redis {
  return createRedis(url, 'fail-fast', name, target);
}
