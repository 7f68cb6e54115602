/**
 * BullMQ keeps queued jobs as ordinary Redis keys: a Redis that may evict keys under memory
 * pressure (any maxmemory-policy but noeviction) can silently drop accepted tasks. Checked once at
 * start-up; managed Redis services often refuse CONFIG, so INFO is asked as well, and when neither
 * answers the gateway warns that it could not check.
 */
import type { Redis } from 'ioredis';
import type { Logger } from './logger';
import { createRedis, waitForReady, withTimeout, type RedisTarget } from './redis';
import { warnWhenRedisNotPersistent } from './redis-persistence';

export type EvictionCheck = 'refuse' | 'warn';

const CHECK_TIMEOUT_MS = 2_000;

async function readPolicy(redis: Redis): Promise<string | undefined> {
  try {
    const reply = (await withTimeout(redis.call('CONFIG', 'GET', 'maxmemory-policy'), CHECK_TIMEOUT_MS, 'CONFIG GET')) as unknown;
    if (Array.isArray(reply) && typeof reply[1] === 'string') return reply[1];
  } catch {
    // Refused (managed Redis renames or blocks CONFIG): INFO usually still says.
  }
  try {
    const info = await withTimeout(redis.info('memory'), CHECK_TIMEOUT_MS, 'INFO memory');
    return /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
  } catch {
    return undefined;
  }
}

export class EvictionPolicyError extends Error {
  constructor(policy: string) {
    super(
      `Redis maxmemory-policy is "${policy}": Redis may evict queued tasks under memory pressure. ` +
        'Set it to "noeviction" (redis-cli CONFIG SET maxmemory-policy noeviction), or start with REDIS_EVICTION_CHECK=warn to run anyway.',
    );
    this.name = 'EvictionPolicyError';
  }
}

/**
 * Throws `EvictionPolicyError` in `refuse` mode when Redis may evict keys; otherwise logs. Also warns
 * when Redis does not persist (shared/redis-persistence.ts). Skipped (with a warning) when Redis is not up.
 */
export async function checkEvictionPolicy(redis: Redis, mode: EvictionCheck, logger: Logger): Promise<void> {
  if (redis.status !== 'ready') {
    logger.warn('Redis is not reachable at start-up: its maxmemory-policy was not checked (it must be noeviction)');
    return;
  }
  await warnWhenRedisNotPersistent(redis, logger);
  const policy = await readPolicy(redis);
  if (policy === undefined) {
    logger.warn('could not read Redis maxmemory-policy (CONFIG and INFO refused): make sure it is noeviction, or queued tasks may be evicted');
    return;
  }
  if (policy === 'noeviction') return;
  if (mode === 'refuse') throw new EvictionPolicyError(policy);
  logger.error(`Redis maxmemory-policy is "${policy}", not noeviction: queued tasks can be evicted and lost under memory pressure`, {
    maxmemory_policy: policy,
  });
}

/** The same check for a process that has no request connection of its own (a worker), on a short-lived one. */
export async function checkEvictionPolicyAt(url: string, mode: EvictionCheck, logger: Logger, target: RedisTarget = {}): Promise<void> {
  const redis = createRedis(url, 'request', 'aigw-startup-check', target);
  try {
    await waitForReady(redis, 2_000);
    await checkEvictionPolicy(redis, mode, logger);
  } finally {
    redis.disconnect();
  }
}
