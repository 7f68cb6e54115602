/**
 * Idempotency-Key claims, shared by POST /ai/task and the /v1 endpoints: per caller, a key points
 * at one task and the hash of the request it was first sent with. The first request claims it
 * (SET NX, IDEMPOTENCY_TTL_SECONDS); a repeat with the same request gets that task; the same key
 * with another request is refused (422), whichever endpoint it was first used on.
 */
import { createHash } from 'node:crypto';
import type { Request } from 'express';
import type { Redis } from 'ioredis';
import { canonicalJson } from '../shared/canonical-json';
import { idempotencyScope } from '../shared/idempotency';
import type { RedisKeys } from '../shared/redis-keys';
import { withTimeout } from '../shared/redis';
import { HttpError } from './http-error';
import { queueUnavailable } from './queue-unavailable';

const REDIS_TIMEOUT_MS = 1_000;
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/** The request's Idempotency-Key header, if any; a malformed one is a 400. */
export function idempotencyKeyOf(req: Request): string | undefined {
  const key = req.get('idempotency-key');
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new HttpError('invalid_idempotency_key', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
  }
  return key;
}

export interface IdempotencyClaim {
  /** The task the key points at: the candidate when this request claimed it. */
  taskId: string;
  /** True when the key was already claimed by an identical request: nothing new is to be enqueued. */
  reused: boolean;
  /** The record's hashed name (shared/idempotency.ts). */
  scope: { caller: string; key: string };
}

export interface IdempotencyKeysDeps {
  redis: Redis;
  redisKeys: RedisKeys;
  ttlSeconds: number;
}

export class IdempotencyKeys {
  constructor(private readonly deps: IdempotencyKeysDeps) {}

  get ttlSeconds(): number {
    return this.deps.ttlSeconds;
  }

  /**
   * Claims `key` for `candidate`, or finds the task an identical request claimed it for.
   * `request` must hold everything that makes two requests the same (canonical JSON: key order
   * and whitespace do not matter).
   */
  async claim(caller: string, key: string, request: unknown, candidate: string): Promise<IdempotencyClaim> {
    const scope = idempotencyScope(caller, key);
    const redisKey = this.deps.redisKeys.idempotency(scope.caller, scope.key);
    const fingerprint = createHash('sha256').update(canonicalJson(request)).digest('hex');
    try {
      for (;;) {
        const set = await withTimeout(this.deps.redis.set(redisKey, `${candidate}|${fingerprint}`, 'EX', this.deps.ttlSeconds, 'NX'), REDIS_TIMEOUT_MS, 'idempotency claim');
        if (set === 'OK') return { taskId: candidate, reused: false, scope };
        const existing = await withTimeout(this.deps.redis.get(redisKey), REDIS_TIMEOUT_MS, 'idempotency lookup');
        const [taskId, storedFingerprint] = (existing ?? '').split('|');
        // Expired (or freed) between the two commands: claim it again.
        if (!taskId) continue;
        if (storedFingerprint !== fingerprint) {
          throw new HttpError('idempotency_key_reused', `Idempotency-Key "${key}" was used with a different request body`, { details: { task_id: taskId } });
        }
        return { taskId, reused: true, scope };
      }
    } catch (err) {
      if (err instanceof HttpError) throw err;
      throw queueUnavailable(err);
    }
  }

  /** After a refusal (nothing was enqueued): the client's retry with the same key must be accepted. */
  async free(scope: IdempotencyClaim['scope']): Promise<void> {
    await this.deps.redis.del(this.deps.redisKeys.idempotency(scope.caller, scope.key)).catch(() => undefined);
  }
}
