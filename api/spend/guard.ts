/**
 * Refuses a task before anything is queued or any provider called when its key's budget, the
 * gateway's daily budget (BUDGET_USD_PER_DAY) or its tokens-per-minute limit is reached. Mounted
 * on POST /ai/task and POST /v1/chat/completions after authentication and the rate limits.
 */
import type { NextFunction, Request, Response } from 'express';
import { dependencyOf, type Outages } from '../../shared/outage-log';
import type { SpendLedger, SpendVerdict } from '../../shared/spend/ledger';
import { HttpError } from '../http-error';

export interface SpendGuardOptions {
  ledger: SpendLedger;
  budgetUsdPerDay: number | undefined;
  /** A dependency that is away is logged once, not per request. */
  outages: Outages;
}

/** OpenAI's SDKs honour this header over their own retry rules: a spent budget is not a passing rate limit. */
const NO_RETRY = { 'x-should-retry': 'false' };

function refusal(verdict: Exclude<SpendVerdict, { kind: 'ok' }>): HttpError {
  if (verdict.kind === 'tokens') {
    const retry = String(verdict.retryAfterSeconds);
    return new HttpError('rate_limited', `too many tokens: this key may use ${verdict.limit} tokens per minute; retry in ${retry} s`, {
      details: { tokens_per_minute: verdict.limit, used: verdict.used, retry_after_seconds: verdict.retryAfterSeconds },
      headers: { 'Retry-After': retry },
    });
  }
  const whose = verdict.scope === 'key' ? "this key's" : "the gateway's";
  const resets = verdict.resetsAt ? `; it resets at ${verdict.resetsAt.toISOString()}` : '';
  return new HttpError('budget_exceeded', `${whose} ${verdict.period === 'total' ? 'total' : `per-${verdict.period}`} budget of ${verdict.budgetUsd} USD is spent${resets}`, {
    details: {
      scope: verdict.scope,
      budget_usd: verdict.budgetUsd,
      spent_usd: verdict.spentUsd,
      period: verdict.period,
      resets_at: verdict.resetsAt?.toISOString() ?? null,
    },
    headers: NO_RETRY,
  });
}

export function spendGuard(options: SpendGuardOptions) {
  return async function checkSpend(req: Request, _res: Response, next: NextFunction): Promise<void> {
    const own = req.principal?.spend;
    if (!own && options.budgetUsdPerDay === undefined) return next();
    const limits = { caller: req.caller, budgetUsd: own?.budgetUsd ?? null, budgetPeriod: own?.budgetPeriod ?? 'month', tokensPerMinute: own?.tokensPerMinute ?? null };
    if (limits.budgetUsd === null && limits.tokensPerMinute === null && options.budgetUsdPerDay === undefined) return next();
    let verdict: SpendVerdict;
    try {
      verdict = await options.ledger.check(limits, options.budgetUsdPerDay);
      // Every check reads a Redis counter first; Postgres is read only to rebuild a missing one.
      options.outages.redis.up();
    } catch (err) {
      // A budget that cannot be read fails closed, as the rate limits do.
      options.outages[dependencyOf(err, 'redis')].down(err, { request_id: req.requestId, during: 'spend check' });
      return next(new HttpError('rate_limit_unavailable', 'the budget cannot be checked right now (Redis or Postgres is unreachable); try again shortly', { headers: { 'Retry-After': '1' } }));
    }
    next(verdict.kind === 'ok' ? undefined : refusal(verdict));
  };
}
