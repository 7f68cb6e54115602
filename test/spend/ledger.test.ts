/**
 * The budget counters against a Redis of the test's own and a real Postgres: the boundary (a spend
 * equal to the budget has reached it), concurrent tasks adding their costs without losing any, and
 * a Redis restarted empty rebuilding each counter from the history in Postgres.
 */
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../shared/db';
import { HistoryStore } from '../../shared/history-store';
import { createRootLogger } from '../../shared/logger';
import { redisKeys } from '../../shared/redis-keys';
import { SpendLedger, type CallerLimits } from '../../shared/spend/ledger';
import { periodWindow } from '../../shared/spend/periods';
import { prepareDatabase } from '../../shared/startup';
import { freshDatabase, uniqueName, type TestDatabase } from '../helpers/env';
import { startRedisServer, type TestRedisServer } from '../faults/helpers/redis-server';
import { costedOutcome } from './helpers';

let server: TestRedisServer;
let redis: Redis;
let database: TestDatabase;
let db: Db;
let store: HistoryStore;
let ledger: SpendLedger;
const keys = redisKeys({ prefix: 'aigw', queueName: uniqueName('spend') });

beforeAll(async () => {
  // No persistence: a restart comes back empty, as a Redis that lost its data would.
  server = await startRedisServer(['--appendonly', 'no']);
  redis = new Redis(server.url, { maxRetriesPerRequest: 1, enableOfflineQueue: true });
  database = freshDatabase();
  db = await prepareDatabase(database.url, createRootLogger({ level: 'error', silent: true }), 5);
  store = new HistoryStore(db);
  ledger = new SpendLedger(redis, keys, db);
});

afterAll(async () => {
  redis.disconnect();
  await db.destroy();
  await database.drop();
  await server.destroy();
});

const limits = (caller: string, budgetUsd: number, budgetPeriod: CallerLimits['budgetPeriod'] = 'day'): CallerLimits => ({ caller, budgetUsd, budgetPeriod, tokensPerMinute: null });

async function persistAndRecord(caller: string, cost: number, at = new Date()): Promise<void> {
  const outcome = costedOutcome(caller, cost, at);
  await store.saveOutcome(outcome);
  await ledger.record(outcome);
}

describe('SpendLedger', () => {
  it('admits a key below its budget and refuses it once the spend equals the budget exactly', async () => {
    const caller = randomUUID();
    await persistAndRecord(caller, 0.25);
    await persistAndRecord(caller, 0.5);
    expect(await ledger.check(limits(caller, 1), undefined)).toEqual({ kind: 'ok' });
    await persistAndRecord(caller, 0.25);
    const verdict = await ledger.check(limits(caller, 1), undefined);
    expect(verdict).toMatchObject({ kind: 'budget', scope: 'key', spentUsd: 1, budgetUsd: 1, period: 'day' });
    // A budget a hair above what was spent still admits.
    expect(await ledger.check(limits(caller, 1.000001), undefined)).toEqual({ kind: 'ok' });
  });

  it('counts only the budget period: yesterday does not count against today, but counts in the month and in total', async () => {
    const caller = randomUUID();
    const now = new Date();
    const yesterday = new Date(now.getTime() - 86_400_000);
    await store.saveOutcome(costedOutcome(caller, 3, yesterday));
    await persistAndRecord(caller, 1, now);
    expect(await ledger.check(limits(caller, 2, 'day'), undefined, now)).toEqual({ kind: 'ok' });
    expect(await ledger.check(limits(caller, 4, 'total'), undefined, now)).toMatchObject({ kind: 'budget', spentUsd: 4 });
    const sameMonth = yesterday.getUTCMonth() === now.getUTCMonth();
    expect(await ledger.check(limits(caller, 4, 'month'), undefined, now)).toMatchObject({ kind: sameMonth ? 'budget' : 'ok' });
  });

  it('adds the costs of tasks finishing together without losing any, and then refuses every racing request', async () => {
    const caller = randomUUID();
    // The counter exists once a budget was checked; from then on increments land.
    expect(await ledger.check(limits(caller, 1), undefined)).toEqual({ kind: 'ok' });
    await Promise.all(Array.from({ length: 40 }, () => persistAndRecord(caller, 0.025)));
    const counter = keys.spend.caller(caller, periodWindow('day', new Date()).id);
    expect(Number(await redis.get(counter))).toBeCloseTo(1, 9);
    const verdicts = await Promise.all(Array.from({ length: 20 }, () => ledger.check(limits(caller, 1), undefined)));
    expect(verdicts.every((v) => v.kind === 'budget')).toBe(true);
  });

  it('rebuilds the counters from Postgres after Redis restarts empty, so a spent budget stays spent', async () => {
    const caller = randomUUID();
    await ledger.check(limits(caller, 2), 1_000);
    await persistAndRecord(caller, 1.5);
    await persistAndRecord(caller, 0.5);
    expect(await ledger.check(limits(caller, 2), undefined)).toMatchObject({ kind: 'budget', spentUsd: 2 });

    await server.stop();
    await server.start();
    await new Promise<void>((resolve) => (redis.status === 'ready' ? resolve() : redis.once('ready', () => resolve())));
    expect(await redis.dbsize()).toBe(0);

    expect(await ledger.check(limits(caller, 2), undefined)).toMatchObject({ kind: 'budget', scope: 'key', spentUsd: 2 });
    expect(await ledger.check(limits(caller, 2.5), undefined)).toEqual({ kind: 'ok' });
    // New spend after the rebuild lands on the rebuilt counter.
    await persistAndRecord(caller, 0.5);
    expect(await ledger.check(limits(caller, 2.5), undefined)).toMatchObject({ kind: 'budget', spentUsd: 2.5 });
  });

  it("applies the gateway's daily budget across every key", async () => {
    const scoped = new SpendLedger(redis, redisKeys({ prefix: 'aigw', queueName: uniqueName('gw') }), db);
    const a = randomUUID();
    const b = randomUUID();
    // The operator counter sums every caller's rows of today, those written earlier in this file included.
    const before = await scoped.check(limits(a, 1e9), 1e9);
    expect(before).toEqual({ kind: 'ok' });
    const [row] = (await db('ai_requests').sum({ usd: 'cost_usd' }).where('created_at', '>=', periodWindow('day', new Date()).start)) as { usd: string }[];
    const today = Number(row?.usd ?? 0);
    const outcomeA = costedOutcome(a, 0.75);
    const outcomeB = costedOutcome(b, 0.25);
    await store.saveOutcome(outcomeA);
    await store.saveOutcome(outcomeB);
    await scoped.record(outcomeA);
    await scoped.record(outcomeB);
    expect(await scoped.check(limits(b, 1e9), today + 1)).toMatchObject({ kind: 'budget', scope: 'gateway', budgetUsd: today + 1 });
    expect(await scoped.check(limits(b, 1e9), today + 1.01)).toEqual({ kind: 'ok' });
  });

  it('limits tokens per minute', async () => {
    const caller = randomUUID();
    const tpm = { caller, budgetUsd: null, budgetPeriod: 'month' as const, tokensPerMinute: 300 };
    const now = new Date();
    await ledger.record(costedOutcome(caller, 0, now, { input: 100, output: 50 }), now);
    expect(await ledger.check(tpm, undefined, now)).toEqual({ kind: 'ok' });
    await ledger.record(costedOutcome(caller, 0, now, { input: 100, output: 50 }), now);
    expect(await ledger.check(tpm, undefined, now)).toMatchObject({ kind: 'tokens', used: 300, limit: 300 });
  });

  it("records a task's cost and its tokens in one call, the minute's count living two minutes", async () => {
    const caller = randomUUID();
    const now = new Date();
    const both = { caller, budgetUsd: 10, budgetPeriod: 'day' as const, tokensPerMinute: 1_000 };
    expect(await ledger.check(both, undefined, now)).toEqual({ kind: 'ok' }); // seeds the day's counter from Postgres (0)
    const outcome = costedOutcome(caller, 0.75, now, { input: 400, output: 200 });
    await store.saveOutcome(outcome);
    await ledger.record(outcome, now);
    expect(Number(await redis.get(keys.spend.caller(caller, periodWindow('day', now).id)))).toBeCloseTo(0.75, 10);
    const minuteKey = keys.spend.tokensPerMinute(caller, Math.floor(now.getTime() / 60_000));
    expect(await redis.get(minuteKey)).toBe('600');
    const ttl = await redis.ttl(minuteKey);
    expect(ttl).toBeGreaterThan(100);
    expect(ttl).toBeLessThanOrEqual(120);
    // A counter not yet seeded (the month's) is left for the next check to rebuild, not started at this cost.
    expect(await redis.exists(keys.spend.caller(caller, periodWindow('month', now).id))).toBe(0);
    // A task that cost nothing and used no tokens writes nothing.
    await ledger.record(costedOutcome(caller, 0, now, { input: 0, output: 0 }), now);
    expect(await redis.get(minuteKey)).toBe('600');
  });
});
