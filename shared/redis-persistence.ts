/**
 * Whether Redis keeps its data across a restart. Queued jobs live in Redis; without the append-only
 * file a restart (or a failover to a replica that lags) loses them. The gateway does not depend on
 * it any more (accepted tasks are recorded in Postgres and re-enqueued by shared/reconcile), but an
 * operator should know: /ready reports it and start-up warns when it is off.
 *
 * CONFIG GET says everything; managed Redis services often refuse CONFIG, and then INFO persistence
 * still says whether AOF is on (not whether RDB snapshots are configured).
 */
import type { Redis } from 'ioredis';
import type { Logger } from './logger';
import { withTimeout } from './redis';

const CHECK_TIMEOUT_MS = 1_000;

/**
 * `aof`: every write is logged (appendfsync says how often it reaches the disk); `rdb`: snapshots
 * only (a restart loses what came after the last one); `off`: nothing survives a restart;
 * `unknown`: Redis would not say, or did not answer.
 */
export type PersistenceMode = 'aof' | 'rdb' | 'off' | 'unknown';

export interface RedisPersistence {
  mode: PersistenceMode;
  /** `always`, `everysec` or `no`, when AOF is on and CONFIG answered. */
  appendfsync?: string;
  /** The RDB save points (`3600 1 300 100`), when CONFIG answered; empty means none. */
  save?: string;
  /** Where the answer came from. */
  source: 'config' | 'info' | 'none';
}

async function configValue(redis: Redis, name: string): Promise<string> {
  const reply = (await withTimeout(redis.call('CONFIG', 'GET', name), CHECK_TIMEOUT_MS, 'CONFIG GET')) as unknown;
  if (Array.isArray(reply) && typeof reply[1] === 'string') return reply[1];
  throw new Error(`CONFIG GET ${name} gave no value`);
}

export async function readRedisPersistence(redis: Redis): Promise<RedisPersistence> {
  try {
    const [appendonly, appendfsync, save] = await Promise.all([configValue(redis, 'appendonly'), configValue(redis, 'appendfsync'), configValue(redis, 'save')]);
    if (appendonly === 'yes') return { mode: 'aof', appendfsync, save, source: 'config' };
    return { mode: save.trim() ? 'rdb' : 'off', save, source: 'config' };
  } catch {
    // Refused (managed Redis renames or blocks CONFIG): INFO usually still answers.
  }
  try {
    const info = await withTimeout(redis.info('persistence'), CHECK_TIMEOUT_MS, 'INFO persistence');
    const aof = /^aof_enabled:(\d)/m.exec(info)?.[1];
    if (aof === '1') return { mode: 'aof', source: 'info' };
    return { mode: 'unknown', source: aof === undefined ? 'none' : 'info' };
  } catch {
    return { mode: 'unknown', source: 'none' };
  }
}

/** Start-up: one warning when Redis would lose queued jobs on a restart, or will not say. */
export async function warnWhenRedisNotPersistent(redis: Redis, logger: Logger): Promise<RedisPersistence> {
  const persistence = await readRedisPersistence(redis);
  const consequence = 'a restart loses the jobs queued in it; accepted tasks are re-enqueued from Postgres by the reconciler, but run late';
  if (persistence.mode === 'off' || persistence.mode === 'rdb') {
    logger.warn(`Redis persistence is ${persistence.mode === 'off' ? 'off' : 'RDB snapshots only'} (appendonly no): ${consequence}. Turn on AOF (appendonly yes)`, {
      redis_persistence: persistence.mode,
    });
  } else if (persistence.mode === 'unknown') {
    logger.warn(`could not read Redis persistence (CONFIG and INFO refused): if AOF is off, ${consequence}`, { redis_persistence: 'unknown' });
  }
  return persistence;
}

/** /ready asks often; Redis' persistence settings change rarely. */
export class RedisPersistenceProbe {
  private cached: { at: number; value: RedisPersistence } | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly maxAgeMs = 10_000,
  ) {}

  async read(now = Date.now()): Promise<RedisPersistence> {
    if (this.cached && now - this.cached.at < this.maxAgeMs) return this.cached.value;
    const value = await readRedisPersistence(this.redis);
    // An unanswered check is not remembered: the next /ready asks again.
    if (value.source !== 'none') this.cached = { at: now, value };
    return value;
  }
}
