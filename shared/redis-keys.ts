/**
 * Every Redis key the gateway writes (outside BullMQ's own) is named here, under the queue prefix,
 * so that several gateways can share one Redis and a `{hash-tag}` prefix keeps a gateway in one
 * Redis Cluster slot.
 */
export interface RedisKeyScope {
  prefix: string;
  queueName: string;
}

export function redisKeys({ prefix, queueName }: RedisKeyScope) {
  const base = `${prefix}:${queueName}:gw`;
  return {
    /** Idempotency-Key → "taskId|bodyHash", per caller. */
    idempotency: (caller: string, key: string) => `${base}:idem:${caller}:${key}`,
    /** A streamed chat completion: the Redis Stream the worker relays it through, and the flag that cancels it. */
    chatStream: (taskId: string) => ({ events: `${base}:chat:${taskId}`, cancel: `${base}:chat:${taskId}:cancel` }),
    /** Prefix of a rate limit's counters (express-rate-limit appends the client key). */
    rateLimit: (bucket: string) => `${base}:rl:${bucket}:`,
    /** A provider's circuit breaker: its state hash, its failure-rate window and its probe leases. */
    breaker: (provider: string) => ({
      state: `${base}:cb:${provider}`,
      window: `${base}:cb:${provider}:win`,
      probes: `${base}:cb:${provider}:probes`,
    }),
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;
