/**
 * Redis connections. Two kinds, because they must behave differently when Redis is away:
 * - `request` connections (API side) fail a command at once, so a client gets a 503 instead of a hung request;
 * - `blocking` connections (BullMQ workers and queue events) wait and reconnect forever, as BullMQ requires.
 */
import { Redis, type RedisOptions } from 'ioredis';

export type ConnectionRole = 'request' | 'blocking';

export function createRedis(url: string, role: ConnectionRole, name: string): Redis {
  const common: RedisOptions = {
    connectionName: name,
    // Reconnect with a capped backoff; both roles recover by themselves when Redis returns.
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2_000),
    enableReadyCheck: true,
    lazyConnect: false,
  };
  const roleOptions: RedisOptions =
    role === 'request'
      ? { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 1_000, commandTimeout: 2_000 }
      : { maxRetriesPerRequest: null, enableOfflineQueue: true };
  const client = new Redis(url, { ...common, ...roleOptions });
  // Errors are reported through readiness checks and failed commands; an unhandled 'error' event would crash.
  client.on('error', () => undefined);
  return client;
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

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
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
