/**
 * The exact-match response cache in Redis (CACHE_TTL_SECONDS > 0). An answer is filed under the
 * hash of the caller, the route and every request field that can change it, so no caller ever
 * reads another's answer. The API looks answers up; the worker files each successful outcome of a
 * job that carries a cache entry (so sync, async and streamed requests fill it alike).
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { canonicalJson } from '../canonical-json';
import type { RedisKeys } from '../redis-keys';
import { withTimeout } from '../redis';
import { outcomeSchema, type TaskOutcome } from '../task-schemas';
import type { JobCache } from './job-cache';

const REDIS_TIMEOUT_MS = 500;

export type { JobCache } from './job-cache';

/** The entry's hash: the caller first, so two keys sending the same request never share an entry. */
export function cacheKeyHash(caller: string, route: string, fields: unknown): string {
  return createHash('sha256').update(canonicalJson([caller, route, fields])).digest('hex');
}

export class ResponseCache {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  /** The filed outcome, or undefined (none, unreadable, or Redis slow: a cache never fails a request). */
  async get(hash: string): Promise<TaskOutcome | undefined> {
    try {
      const raw = await withTimeout(this.redis.get(this.keys.responseCache(hash)), REDIS_TIMEOUT_MS, 'cache read');
      if (raw === null) return undefined;
      const parsed = outcomeSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Files a successful answer; errors are never cached. */
  async put(entry: JobCache, outcome: TaskOutcome): Promise<void> {
    if (outcome.status !== 'success' || outcome.cache_hit) return;
    await withTimeout(this.redis.set(this.keys.responseCache(entry.key), JSON.stringify(outcome), 'EX', entry.ttlSeconds), REDIS_TIMEOUT_MS, 'cache write');
  }
}
