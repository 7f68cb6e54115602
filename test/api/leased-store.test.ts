/**
 * The leased rate-limit store alone, against real Redis: replicas (stores on connections of their
 * own) never serve more than the limit between them; windows roll over and their counters expire;
 * a new limit takes effect; Redis away or hung fails the request instead of letting it through.
 */
import type { Redis } from 'ioredis';
import { LeasedStore, leaseKey, sliceFor } from '../../api/middleware/leased-store';
import { createRedis, waitForReady } from '../../shared/redis';
import { testRedisUrl, uniqueName } from '../helpers/env';
import { startRedisServer, type TestRedisServer } from '../faults/helpers/redis-server';
import { sleep, waitFor } from '../faults/helpers/wait';

const connections: Redis[] = [];

async function connect(url = testRedisUrl()): Promise<Redis> {
  const redis = createRedis(url, 'request', 'leased-store-test');
  connections.push(redis);
  expect(await waitForReady(redis, 5_000)).toBe(true);
  return redis;
}

async function replicas(count: number, windowMs = 60_000, timeoutMs = 1_000): Promise<{ prefix: string; stores: LeasedStore[]; admin: Redis }> {
  const prefix = `${uniqueName('lease')}:rl:tasks:`;
  const stores: LeasedStore[] = [];
  for (let i = 0; i < count; i += 1) stores.push(new LeasedStore({ redis: await connect(), prefix, windowMs, timeoutMs }));
  return { prefix, stores, admin: await connect() };
}

/** Whether express-rate-limit lets the request through: it refuses when totalHits > limit. */
async function accepted(store: LeasedStore, limit: number, client: string): Promise<boolean> {
  const { totalHits } = await store.increment(leaseKey(limit, client));
  return totalHits <= limit;
}

afterAll(() => {
  for (const redis of connections) redis.disconnect();
});

describe('leased rate-limit store', () => {
  it('leases about 1% of the limit at once, 1 to 64 units', () => {
    expect([1, 30, 199, 200, 1_000, 6_400, 100_000].map(sliceFor)).toEqual([1, 1, 1, 2, 10, 64, 64]);
  });

  it('two replicas hammering one client concurrently serve exactly the limit between them, never more', async () => {
    const { prefix, stores, admin } = await replicas(2);
    const limit = 1_000; // a slice of 10
    const results = await Promise.all(stores.flatMap((store) => Array.from({ length: 800 }, () => accepted(store, limit, 'key:hammer'))));
    expect(results.filter(Boolean)).toHaveLength(limit);
    expect(Number(await admin.get(`${prefix}key:hammer`))).toBe(limit);
  });

  it('asks Redis once per slice, not once per request, and concurrent requests share one grant', async () => {
    const prefix = `${uniqueName('lease')}:rl:tasks:`;
    let answers = 0;
    const store = new LeasedStore({ redis: await connect(), prefix, windowMs: 60_000, timeoutMs: 1_000, onRedisAnswer: () => (answers += 1) });
    const results = await Promise.all(Array.from({ length: 200 }, () => accepted(store, 100_000, 'key:busy')));
    expect(results.every(Boolean)).toBe(true);
    // 200 requests, slices of 64: four grants, each one answer from Redis.
    expect(Number(await (await connect()).get(`${prefix}key:busy`))).toBe(256);
    expect(answers).toBe(4);
  });

  it('answers the used count and the window end, and refuses from memory once Redis has granted all', async () => {
    const { prefix, stores, admin } = await replicas(2);
    const [a, b] = stores as [LeasedStore, LeasedStore];
    const key = leaseKey(3, 'ip:10.0.0.1');
    const before = Date.now();
    const first = await a.increment(key);
    expect(first.totalHits).toBe(1);
    expect(first.resetTime!.getTime()).toBeGreaterThanOrEqual(before + 59_000);
    expect(first.resetTime!.getTime()).toBeLessThanOrEqual(Date.now() + 60_000);
    expect((await b.increment(key)).totalHits).toBe(2);
    expect((await a.increment(key)).totalHits).toBe(3);
    expect((await b.increment(key)).totalHits).toBeGreaterThan(3);
    expect((await a.increment(key)).totalHits).toBeGreaterThan(3);
    const counter = `${prefix}ip:10.0.0.1`;
    expect(await admin.get(counter)).toBe('3');
    // Spent is known locally until the window ends: no more commands for this client.
    const sent = jest.spyOn(a.connection, 'sendCommand');
    for (let i = 0; i < 10; i += 1) expect(await accepted(a, 3, 'ip:10.0.0.1')).toBe(false);
    expect(sent).not.toHaveBeenCalled();
    sent.mockRestore();
  });

  it('starts a new window when the old one ends, discarding what was left of the old lease', async () => {
    const { prefix, stores, admin } = await replicas(1, 400);
    const store = stores[0]!;
    const counter = `${prefix}key:roll`;
    expect((await store.increment(leaseKey(500, 'key:roll'))).totalHits).toBe(1); // a slice of 5, 4 left
    expect(await admin.get(counter)).toBe('5');
    const pttl = await admin.pttl(counter);
    expect(pttl).toBeGreaterThan(0);
    expect(pttl).toBeLessThanOrEqual(400);
    await sleep(450);
    const next = await store.increment(leaseKey(500, 'key:roll'));
    expect(next.totalHits).toBe(1);
    expect(await admin.get(counter)).toBe('5');
    expect(next.resetTime!.getTime()).toBeGreaterThan(Date.now() + 200);
  });

  it('lets counters expire with their window and sweeps past windows from memory', async () => {
    const { prefix, stores, admin } = await replicas(1, 300);
    const store = stores[0]!;
    for (let i = 0; i < 50; i += 1) await store.increment(leaseKey(30, `ip:10.1.0.${i}`));
    expect(store.size).toBe(50);
    expect(await admin.exists(`${prefix}ip:10.1.0.7`)).toBe(1);
    await sleep(350);
    expect(await admin.exists(`${prefix}ip:10.1.0.7`)).toBe(0);
    await store.increment(leaseKey(30, 'ip:10.1.0.99'));
    expect(store.size).toBe(1);
  });

  it('takes a new limit at once: lowered below what was granted refuses, raised grants again', async () => {
    const { prefix, stores, admin } = await replicas(1);
    const store = stores[0]!;
    expect(await accepted(store, 500, 'key:k1')).toBe(true); // 5 granted
    expect(await accepted(store, 3, 'key:k1')).toBe(false);
    expect(await accepted(store, 6, 'key:k1')).toBe(true); // one more unit under a limit of 6
    expect(await accepted(store, 6, 'key:k1')).toBe(false);
    expect(await accepted(store, 1_000, 'key:k1')).toBe(true); // a slice of 10 more
    expect(await admin.get(`${prefix}key:k1`)).toBe('16');
  });

  it('decrement gives a unit back to the lease; resetKey clears the counter', async () => {
    const { prefix, stores, admin } = await replicas(1);
    const store = stores[0]!;
    const key = leaseKey(3, 'key:dec');
    for (let i = 0; i < 3; i += 1) expect(await accepted(store, 3, 'key:dec')).toBe(true);
    expect(await accepted(store, 3, 'key:dec')).toBe(false);
    await store.decrement(key);
    expect(await accepted(store, 3, 'key:dec')).toBe(true);
    expect(await accepted(store, 3, 'key:dec')).toBe(false);
    expect(await admin.get(`${prefix}key:dec`)).toBe('3');
    await store.resetKey(key);
    expect(await admin.exists(`${prefix}key:dec`)).toBe(0);
    expect((await store.increment(key)).totalHits).toBe(1);
  });

  it('refuses a key that does not carry its limit', async () => {
    const { stores } = await replicas(1);
    await expect(stores[0]!.increment('key:nolimit')).rejects.toThrow(/<limit>\/<client key>/);
  });
});

describe('leased rate-limit store when Redis fails', () => {
  let server: TestRedisServer;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await server.destroy();
  });

  it('throws once Redis is down, even with units left in its lease, and works again when it returns', async () => {
    const store = new LeasedStore({ redis: await connect(server.url), prefix: 'down:rl:tasks:', windowMs: 60_000, timeoutMs: 1_000 });
    const key = leaseKey(100_000, 'key:down');
    expect((await store.increment(key)).totalHits).toBe(1); // 63 units left
    await server.stop('SIGKILL');
    await waitFor('the connection to notice', async () => {
      try {
        await store.increment(key);
        return false;
      } catch (err) {
        return err instanceof Error && /redis connection is/.test(err.message);
      }
    }, 5_000, 20);
    await expect(store.increment(leaseKey(100_000, 'key:other'))).rejects.toThrow(/redis connection is/);
    await server.start();
    await waitFor('the store to answer again', async () => (await store.increment(key).then(() => true, () => false)) || undefined, 15_000, 100);
  });

  it('loads its script again when Redis has forgotten it', async () => {
    const store = new LeasedStore({ redis: await connect(server.url), prefix: 'flushed:rl:tasks:', windowMs: 60_000, timeoutMs: 1_000 });
    expect(await accepted(store, 10, 'key:f')).toBe(true);
    await server.command('SCRIPT', 'FLUSH');
    expect(await accepted(store, 10, 'key:f')).toBe(true);
    expect(await server.command('GET', 'flushed:rl:tasks:key:f')).toBe('2');
  });

  it('throws after its timeout when Redis hangs', async () => {
    const store = new LeasedStore({ redis: await connect(server.url), prefix: 'hung:rl:tasks:', windowMs: 60_000, timeoutMs: 300 });
    await server.command('CLIENT', 'PAUSE', 1_500, 'ALL');
    const started = Date.now();
    await expect(store.increment(leaseKey(10, 'key:hung'))).rejects.toThrow(/timed out after 300 ms/);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
