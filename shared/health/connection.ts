/**
 * A worker's Redis connection for health calls. Unlike BullMQ's connections it never queues a
 * command while disconnected and gives up on a slow one quickly: acquire and record sit in front
 * of and behind every provider call, so during a Redis outage they must fail at once into the
 * per-process fallback instead of holding the task.
 */
import { Redis } from 'ioredis';

export const HEALTH_COMMAND_TIMEOUT_MS = 1_000;

export function createHealthRedis(url: string, name: string): Redis {
  const client = new Redis(url, {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    commandTimeout: HEALTH_COMMAND_TIMEOUT_MS,
    // Keep reconnecting (capped) so the shared state is used again as soon as Redis is back.
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 5), 2_000),
  });
  // Failures surface as rejected commands (and the fallback's log line); an unhandled 'error' would crash.
  client.on('error', () => undefined);
  return client;
}
