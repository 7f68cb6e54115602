/** Removing and counting what a bench run leaves in Redis and Postgres. */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Client } from 'pg';

/** A Redis MATCH pattern matching `literal` exactly (braces of a cluster hash tag included). */
export function globLiteral(literal: string): string {
  return literal.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
}

async function withRedis<T>(redisUrl: string, fn: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
  redis.on('error', () => undefined);
  try {
    return await fn(redis);
  } finally {
    redis.disconnect();
  }
}

async function scanKeys(redis: Redis, pattern: string, onBatch: (keys: string[]) => Promise<void>): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await onBatch(keys);
  } while (cursor !== '0');
}

export function countKeys(redisUrl: string, pattern: string): Promise<number> {
  return withRedis(redisUrl, async (redis) => {
    let n = 0;
    await scanKeys(redis, pattern, async (keys) => {
      n += keys.length;
    });
    return n;
  });
}

/**
 * Removes one gateway's Redis state: BullMQ's queue through `obliterate` (its own bookkeeping and
 * locks), then whatever else lives under `<prefix>:<queue>:` (idempotency, rate-limit, breaker and
 * stream keys). Answers how many keys the second pass removed.
 */
export async function removeQueueKeys(redisUrl: string, prefix: string, queueName: string): Promise<number> {
  const queue = new Queue(queueName, { connection: { url: redisUrl, maxRetriesPerRequest: 1 }, prefix });
  queue.on('error', () => undefined);
  try {
    await queue.obliterate({ force: true });
  } finally {
    await queue.close();
  }
  return withRedis(redisUrl, async (redis) => {
    let n = 0;
    await scanKeys(redis, `${globLiteral(`${prefix}:${queueName}:`)}*`, async (keys) => {
      n += await redis.unlink(...keys);
    });
    return n;
  });
}

async function withPostgres<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** `adminUrl` names a database to connect to (not the one dropped). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withPostgres(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`));
}

export async function createDatabase(adminUrl: string, name: string): Promise<void> {
  await withPostgres(adminUrl, (c) => c.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`));
}

/** Databases whose name starts with `prefix`. */
export async function countDatabases(adminUrl: string, prefix: string): Promise<number> {
  const res = await withPostgres(adminUrl, (c) => c.query('SELECT count(*)::int AS n FROM pg_database WHERE starts_with(datname, $1)', [prefix]));
  return (res.rows[0] as { n: number }).n;
}
