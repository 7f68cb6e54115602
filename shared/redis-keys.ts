/**
 * Every Redis key the gateway writes (outside BullMQ's own) is named here, under the queue prefix,
 * so that several gateways can share one Redis and a `{hash-tag}` prefix keeps a gateway in one
 * Redis Cluster slot.
 */
import { createHash } from 'node:crypto';

export interface RedisKeyScope {
  prefix: string;
  queueName: string;
}

/** Health scope ids (deployment ids hold configuration text) become short, fixed-width key segments. */
const keyHash = (id: string): string => createHash('sha256').update(id).digest('hex').slice(0, 16);
const HEALTH_SCOPE_CODE = { deployment: 'd', credential: 'c', base_url: 'u' } as const;

export function redisKeys({ prefix, queueName }: RedisKeyScope) {
  const base = `${prefix}:${queueName}:gw`;
  return {
    /** Idempotency-Key → "taskId|bodyHash", per caller. */
    idempotency: (caller: string, key: string) => `${base}:idem:${caller}:${key}`,
    /** A /v1 request's finished answer (its TaskOutcome), beside its Idempotency-Key record. */
    idempotencyAnswer: (caller: string, key: string) => `${base}:idem:${caller}:${key}:answer`,
    /** A streamed chat completion: the Redis Stream the worker relays it through, and the flag that cancels it. */
    chatStream: (taskId: string) => ({ events: `${base}:chat:${taskId}`, cancel: `${base}:chat:${taskId}:cancel` }),
    /** Prefix of a rate limit's counters (express-rate-limit appends the client key). */
    rateLimit: (bucket: string) => `${base}:rl:${bucket}:`,
    /** Fair queueing (shared/fair): per lane, its clock and tags, its tenants with work waiting and their waiting jobs; per tenant, its running jobs. */
    fair: {
      lane: (lane: string) => ({ state: `${base}:fq:${lane}`, tenants: `${base}:fq:${lane}:tenants` }),
      waiting: (lane: string, tenant: string) => `${base}:fq:${lane}:q:${tenant}`,
      running: (tenant: string) => `${base}:fq:run:${tenant}`,
      names: `${base}:fq:names`,
    },
    /** Spend control (shared/spend): USD spent per caller and period, by the whole gateway per day, and tokens per caller per minute. */
    spend: {
      /** `period` is `d:2026-12-03`, `m:2026-12` or `t` (the key's whole life). */
      caller: (caller: string, period: string) => `${base}:spend:k:${keyHash(caller)}:${period}`,
      operator: (day: string) => `${base}:spend:all:d:${day}`,
      tokensPerMinute: (caller: string, minute: number) => `${base}:tpm:${keyHash(caller)}:${minute}`,
    },
    /** A cached answer, by the hash of its caller and every field that can change it (shared/spend/cache-key.ts). */
    responseCache: (hash: string) => `${base}:cache:${hash}`,
    /** A provider's circuit breaker: its state hash, its failure-rate window and its probe leases. */
    breaker: (provider: string) => ({
      state: `${base}:cb:${provider}`,
      window: `${base}:cb:${provider}:win`,
      probes: `${base}:cb:${provider}:probes`,
    }),
    /** Deployment health (shared/health): every failure scope is one circuit, and a deployment has its calls in flight and latency samples. */
    health: {
      /** A scope's circuit: its state hash, its failure-rate window and its probe leases. */
      scope: (scope: keyof typeof HEALTH_SCOPE_CODE, scopeId: string) => {
        const key = `${base}:hl:${HEALTH_SCOPE_CODE[scope]}:${keyHash(scopeId)}`;
        return { state: key, window: `${key}:win`, probes: `${key}:probes` };
      },
      /** A deployment's calls in flight (sorted set: call id → expiry) and its latest latency samples (list, newest first). */
      deployment: (deploymentId: string) => {
        const key = `${base}:hl:d:${keyHash(deploymentId)}`;
        return { inFlight: `${key}:inflight`, latency: `${key}:lat` };
      },
    },
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;
