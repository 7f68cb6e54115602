/**
 * The worker's Redis connection for breaker calls. Unlike BullMQ's connections it never queues a
 * command while disconnected and gives up on a slow one quickly: a breaker decision sits in front
 * of every provider call, so during a Redis outage it must fail at once into the per-process
 * fallback instead of holding the task.
 */
import type { Redis } from 'ioredis';
import { createRedis, FAIL_FAST_COMMAND_TIMEOUT_MS, type RedisTarget } from '../redis';

export const BREAKER_COMMAND_TIMEOUT_MS = FAIL_FAST_COMMAND_TIMEOUT_MS;

export function createBreakerRedis(url: string, name: string, target: RedisTarget = {}): Redis {
  return createRedis(url, 'fail-fast', name, target);
}
