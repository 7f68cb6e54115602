/**
 * Redis connections. Three kinds, because they must behave differently when Redis is away:
 * - `request` connections (API side) fail a command at once, so a client gets a 503 instead of a hung request;
 * - `blocking` connections (BullMQ workers and queue events) wait and reconnect forever, as BullMQ requires;
 * - `fail-fast` connections (breaker and health calls in front of every provider call) never retry
 *   and time out within a second, so a Redis outage sends them to the per-process fallback at once.
 */
import { Cluster, Redis, type RedisOptions } from 'ioredis';

export type ConnectionRole = 'request' | 'blocking' | 'fail-fast';

/** How long a `fail-fast` command may take before it counts as Redis being away. */
export const FAIL_FAST_COMMAND_TIMEOUT_MS = 1_000;

export interface RedisTarget {
  /** REDIS_CLUSTER: `url` is a seed node of a Redis Cluster. */
  cluster?: boolean;
}

/**
 * A connection to the one Redis or, with `cluster`, to a Redis Cluster seeded from `url`. A
 * cluster client is returned as the `Redis` type: it answers the same commands (routed by key),
 * BullMQ takes either, and every key the gateway writes shares its queue prefix's hash tag, so a
 * multi-key script finds its keys on one node.
 */
export function createRedis(url: string, role: ConnectionRole, name: string, target: RedisTarget = {}): Redis {
  const common: RedisOptions = {
    connectionName: name,
    // Reconnect with a capped backoff; both roles recover by themselves when Redis returns.
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2_000),
    enableReadyCheck: true,
    lazyConnect: false,
  };
  const roleOptions: Record<ConnectionRole, RedisOptions> = {
    request: { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 1_000, commandTimeout: 2_000 },
    blocking: { maxRetriesPerRequest: null, enableOfflineQueue: true },
    'fail-fast': { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 1_000, commandTimeout: FAIL_FAST_COMMAND_TIMEOUT_MS },
  };
  const options = { ...common, ...roleOptions[role] };
  const client = target.cluster ? clusterClient(url, options) : new Redis(url, options);
  // Errors are reported through readiness checks and failed commands; an unhandled 'error' event would crash.
  client.on('error', () => undefined);
  return client;
}

function clusterClient(url: string, options: RedisOptions): Redis {
  const seed = new URL(url);
  // The role's queueing applies at the cluster level (below), never to node connections: ioredis
  // connects a node lazily and queues its first commands while it connects. A node connection
  // without that queue refuses the cluster's own CLUSTER SLOTS and ready check while connecting,
  // so the client retried them for ever and might never become ready.
  const { enableOfflineQueue: _clusterLevel, lazyConnect: _lazyPerNode, ...nodeOptions } = options;
  const cluster = new Cluster([{ host: seed.hostname, port: Number(seed.port || 6379) }], {
    redisOptions: {
      ...nodeOptions,
      username: seed.username ? decodeURIComponent(seed.username) : undefined,
      password: seed.password ? decodeURIComponent(seed.password) : undefined,
      tls: seed.protocol === 'rediss:' ? {} : undefined,
    },
    enableOfflineQueue: options.enableOfflineQueue,
    enableReadyCheck: true,
    clusterRetryStrategy: options.retryStrategy,
  });
  return cluster as unknown as Redis;
}

/** Resolves true when Redis answers PING within `timeoutMs`. */
export async function redisAnswers(client: Redis, timeoutMs = 1_000): Promise<boolean> {
  try {
    const pong = await withTimeout(client.ping(), timeoutMs, 'redis ping');
    return pong === 'PONG';
  } catch {
    return false;
  }
}

/**
 * `promise`, or a rejection naming `what` once `ms` have passed. One promise and one timer per call
 * (not an async function racing a second promise): it wraps Redis calls on every request.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}

/**
 * Waits (up to `timeoutMs`) for a connection to be ready. A `request` connection refuses commands
 * until then, so the API waits briefly at start-up; if Redis is down it starts anyway and answers 503.
 */
export async function waitForReady(client: Redis, timeoutMs: number): Promise<boolean> {
  if (client.status === 'ready') return true;
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      client.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    client.on('ready', onReady);
  });
}
