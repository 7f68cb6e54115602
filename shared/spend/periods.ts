/** Budget periods in UTC: the counter's name, where the period starts, and how long its counter lives. */
export const BUDGET_PERIODS = ['day', 'month', 'total'] as const;
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

export interface PeriodWindow {
  /** Counter suffix: `d:2026-12-03`, `m:2026-12`, `t`. */
  id: string;
  start: Date;
  /** When the period ends (and a refused key may spend again); null for `total`. */
  end: Date | null;
  /** Counter time to live: past its period plus a day, so a late task still lands; 0 for `total`. */
  ttlSeconds: number;
}

const DAY_S = 86_400;

export function periodWindow(period: BudgetPeriod, at: Date): PeriodWindow {
  const y = at.getUTCFullYear();
  const m = at.getUTCMonth();
  const d = at.getUTCDate();
  const iso = at.toISOString();
  if (period === 'day') {
    return { id: `d:${iso.slice(0, 10)}`, start: new Date(Date.UTC(y, m, d)), end: new Date(Date.UTC(y, m, d + 1)), ttlSeconds: 2 * DAY_S };
  }
  if (period === 'month') {
    return { id: `m:${iso.slice(0, 7)}`, start: new Date(Date.UTC(y, m, 1)), end: new Date(Date.UTC(y, m + 1, 1)), ttlSeconds: 33 * DAY_S };
  }
  return { id: 't', start: new Date(0), end: null, ttlSeconds: 0 };
}
