/**
 * Idempotency-Key records in Redis, per caller: the claim ("taskId|bodyHash", written by the API)
 * and, for /v1 jobs, the finished answer beside it (written by the worker, read by the API when the
 * same request comes again). The answer is kept because not every answer can be found again
 * otherwise: embeddings' vectors live only on the job, which JOB_RETENTION_SECONDS may drop first.
 */
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { JobIdempotency } from './idempotency-job';
import type { RedisKeys } from './redis-keys';
import { withTimeout } from './redis';
import { outcomeSchema, type TaskOutcome } from './task-schemas';

export type { JobIdempotency } from './idempotency-job';

const REDIS_TIMEOUT_MS = 1_000;

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

/** The record's hashed name: neither the caller's id nor the client's key appears in Redis key names. */
export function idempotencyScope(caller: string, key: string): { caller: string; key: string } {
  return { caller: sha256(caller).slice(0, 16), key: sha256(key) };
}

export class IdempotencyAnswers {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
  ) {}

  /** Files the finished outcome, successful or not: a repeat answers what the first request got. */
  async put(scope: JobIdempotency, outcome: TaskOutcome): Promise<void> {
    const key = this.keys.idempotencyAnswer(scope.caller, scope.key);
    await withTimeout(this.redis.set(key, JSON.stringify(outcome), 'EX', scope.ttlSeconds), REDIS_TIMEOUT_MS, 'idempotent answer write');
  }

  /** The filed outcome, or undefined (not finished yet, or unreadable). */
  async get(scope: { caller: string; key: string }): Promise<TaskOutcome | undefined> {
    const raw = await withTimeout(this.redis.get(this.keys.idempotencyAnswer(scope.caller, scope.key)), REDIS_TIMEOUT_MS, 'idempotent answer read');
    if (raw === null) return undefined;
    const parsed = outcomeSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  }
}
