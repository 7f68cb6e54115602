/**
 * Spend counters in Redis, for budgets: USD per managed key per period (day, month, total) and for
 * the whole gateway per day, plus tokens per key per minute. Changes are atomic (INCRBYFLOAT inside
 * a Lua script), so requests finishing together never lose each other's cost. A counter Redis has
 * lost is rebuilt from Postgres (the sum of `cost_usd` over the period) the next time a budget is
 * checked; until a budget is checked for a key its counters do not exist and nothing is written.
 */
import type { Redis } from 'ioredis';
import type { Db } from '../db';
import type { RedisKeys } from '../redis-keys';
import { withTimeout } from '../redis';
import type { TaskOutcome } from '../task-schemas';
import { periodWindow, type BudgetPeriod, type PeriodWindow } from './periods';
import { defineSpendCommands, type SpendCommands } from './scripts';
import { DependencyError } from '../outage-log';

const REDIS_TIMEOUT_MS = 1_000;
const DB_TIMEOUT_MS = 3_000;
const TPM_TTL_SECONDS = 120;

export interface CallerLimits {
  caller: string;
  budgetUsd: number | null;
  budgetPeriod: BudgetPeriod;
  tokensPerMinute: number | null;
}

export type SpendVerdict =
  | { kind: 'ok' }
  | { kind: 'budget'; scope: 'key' | 'gateway'; spentUsd: number; budgetUsd: number; period: BudgetPeriod; resetsAt: Date | null }
  | { kind: 'tokens'; used: number; limit: number; retryAfterSeconds: number };

const minuteOf = (ms: number) => Math.floor(ms / 60_000);

export class SpendLedger {
  private readonly redis: Redis & SpendCommands;

  constructor(
    redis: Redis,
    private readonly keys: RedisKeys,
    private readonly db: Db,
  ) {
    this.redis = defineSpendCommands(redis);
  }

  /**
   * Whether this caller may queue another task: its budget and the gateway's daily budget not yet
   * reached (a spend equal to the budget has reached it), and its tokens this minute under its limit.
   */
  async check(limits: CallerLimits, gatewayBudgetPerDay: number | undefined, now = new Date()): Promise<SpendVerdict> {
    if (gatewayBudgetPerDay !== undefined) {
      const day = periodWindow('day', now);
      const spent = await this.spent(this.keys.spend.operator(day.id.slice(2)), undefined, day);
      if (spent >= gatewayBudgetPerDay) return { kind: 'budget', scope: 'gateway', spentUsd: spent, budgetUsd: gatewayBudgetPerDay, period: 'day', resetsAt: day.end };
    }
    if (limits.budgetUsd !== null) {
      const window = periodWindow(limits.budgetPeriod, now);
      const spent = await this.spent(this.keys.spend.caller(limits.caller, window.id), limits.caller, window);
      if (spent >= limits.budgetUsd) {
        return { kind: 'budget', scope: 'key', spentUsd: spent, budgetUsd: limits.budgetUsd, period: limits.budgetPeriod, resetsAt: window.end };
      }
    }
    if (limits.tokensPerMinute !== null) {
      const minute = minuteOf(now.getTime());
      const used = Number((await withTimeout(this.redis.get(this.keys.spend.tokensPerMinute(limits.caller, minute)), REDIS_TIMEOUT_MS, 'tokens read')) ?? 0);
      if (used >= limits.tokensPerMinute) {
        return { kind: 'tokens', used, limit: limits.tokensPerMinute, retryAfterSeconds: Math.max(1, Math.ceil(((minute + 1) * 60_000 - now.getTime()) / 1000)) };
      }
    }
    return { kind: 'ok' };
  }

  /** The counter's value, rebuilt from Postgres when Redis does not hold it. */
  async spent(counter: string, caller: string | undefined, window: PeriodWindow): Promise<number> {
    const held = await withTimeout(this.redis.get(counter), REDIS_TIMEOUT_MS, 'spend read');
    if (held !== null) return Number(held);
    const fromDb = await this.sumFromPostgres(caller, window);
    return Number(await withTimeout(this.redis.aigwSeedSpend(counter, String(fromDb), window.ttlSeconds), REDIS_TIMEOUT_MS, 'spend seed'));
  }

  private async sumFromPostgres(caller: string | undefined, window: PeriodWindow): Promise<number> {
    const query = this.db('ai_requests').sum({ usd: 'cost_usd' }).where('created_at', '>=', window.start);
    if (window.end) query.where('created_at', '<', window.end);
    if (caller !== undefined) query.where('caller', caller);
    try {
      const [row] = (await query.timeout(DB_TIMEOUT_MS, { cancel: true })) as { usd: string | number | null }[];
      return Number(row?.usd ?? 0);
    } catch (err) {
      throw new DependencyError('postgres', err);
    }
  }

  /**
   * Adds a persisted task's cost to the counters of the periods it was created in, and its tokens to
   * this minute's count, in one script. Called once the outcome is in Postgres: a rebuild racing
   * this call may count or miss a task finishing at that moment; that window opens only when Redis
   * has lost the counter.
   */
  async record(outcome: TaskOutcome, now = new Date()): Promise<void> {
    const cost = outcome.cost_usd ?? 0;
    const tokens = outcome.attempts.reduce((sum, a) => sum + (a.input_tokens ?? 0) + (a.output_tokens ?? 0), 0);
    if (cost <= 0 && tokens <= 0) return;
    const keys = [this.keys.spend.tokensPerMinute(outcome.caller, minuteOf(now.getTime()))];
    if (cost > 0) {
      const created = new Date(outcome.created_at);
      for (const period of ['day', 'month', 'total'] as const) keys.push(this.keys.spend.caller(outcome.caller, periodWindow(period, created).id));
      keys.push(this.keys.spend.operator(periodWindow('day', created).id.slice(2)));
    }
    await withTimeout(this.redis.aigwRecordUsage(keys.length, ...keys, cost > 0 ? String(cost) : '0', tokens, TPM_TTL_SECONDS), REDIS_TIMEOUT_MS, 'usage record');
  }
}
