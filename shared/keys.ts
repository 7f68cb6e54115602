/**
 * Every Redis key the gateway writes (outside BullMQ's own) is named here, under the queue prefix,
 * so that several gateways can share one Redis and a `{hash-tag}` prefix keeps a gateway in one
 * Redis Cluster slot.
 */
export interface KeyScope {
  prefix: string;
  queueName: string;
}

export function gatewayKeys({ prefix, queueName }: KeyScope) {
  const base = `${prefix}:${queueName}:gw`;
  return {
    /** Idempotency-Key → "taskId|bodyHash", per caller. */
    idempotency: (caller: string, key: string) => `${base}:idem:${caller}:${key}`,
  };
}

export type GatewayKeys = ReturnType<typeof gatewayKeys>;
