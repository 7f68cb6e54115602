/**
 * The keys CLI's spend options (docs/spend.md): `--budget-usd`, `--budget-period day|month|total`
 * and `--tpm`, for `create` and `update`. `none` clears a budget or a limit on `update`.
 */
import { BUDGET_PERIODS, type BudgetPeriod } from '../shared/spend/periods';

export class SpendUsageError extends Error {}

export const SPEND_OPTIONS = {
  'budget-usd': { type: 'string' },
  'budget-period': { type: 'string' },
  tpm: { type: 'string' },
} as const;

export const SPEND_USAGE = `[--budget-usd <USD>] [--budget-period ${BUDGET_PERIODS.join('|')}] [--tpm <tokens per minute>]`;

export interface SpendSpec {
  budgetUsd?: number | null;
  budgetPeriod?: BudgetPeriod;
  tokensPerMinute?: number | null;
}

type Values = Partial<Record<keyof typeof SPEND_OPTIONS, string>>;

function budget(value: string): number | null {
  if (value === 'none') return null;
  if (!/^\d{1,12}(\.\d{1,9})?$/.test(value) || Number(value) <= 0) throw new SpendUsageError('--budget-usd is an amount of US dollars above 0, e.g. 50 or 12.5 (or none)');
  return Number(value);
}

function tpm(value: string): number | null {
  if (value === 'none') return null;
  if (!/^\d{1,12}$/.test(value) || Number(value) < 1) throw new SpendUsageError('--tpm is a whole number of tokens per minute, at least 1 (or none)');
  return Number(value);
}

export function parseSpendOptions(values: Values): SpendSpec {
  const spec: SpendSpec = {};
  if (values['budget-usd'] !== undefined) spec.budgetUsd = budget(values['budget-usd']);
  if (values['budget-period'] !== undefined) {
    const period = values['budget-period'];
    if (!(BUDGET_PERIODS as readonly string[]).includes(period)) throw new SpendUsageError(`--budget-period is one of ${BUDGET_PERIODS.join(', ')}`);
    spec.budgetPeriod = period as BudgetPeriod;
  }
  if (values.tpm !== undefined) spec.tokensPerMinute = tpm(values.tpm);
  return spec;
}

/** For `list` and the `create` message: "50 USD/month", "none". */
export function describeBudget(budgetUsd: number | null | undefined, period: BudgetPeriod | undefined): string {
  return budgetUsd === null || budgetUsd === undefined ? 'none' : `${budgetUsd} USD/${period ?? 'month'}`;
}
