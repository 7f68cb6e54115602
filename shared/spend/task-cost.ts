/**
 * A finished task's cost: each attempt that consumed tokens is priced at its own model's price, and
 * the task costs their sum. The answering attempt carries the task's usage. Computed once, where the
 * outcome is made persistent (worker/processor.ts), so the record, the answer and the budgets agree.
 */
import type { Attempt, TaskOutcome } from '../task-schemas';
import { roundUsd, type PriceBook } from './price-book';

const consumed = (a: Attempt) => a.input_tokens !== undefined || a.output_tokens !== undefined;

/** The index of the attempt that answered: the last success. */
function answeringIndex(attempts: readonly Attempt[]): number {
  for (let i = attempts.length - 1; i >= 0; i--) if (attempts[i]?.outcome === 'success') return i;
  return -1;
}

export function priceOutcome(outcome: TaskOutcome, book: PriceBook): TaskOutcome {
  if (outcome.cache_hit) return { ...outcome, cost_usd: 0 };
  const attempts = outcome.attempts.map((a) => ({ ...a }));
  const answering = answeringIndex(attempts);
  const answer = attempts[answering];
  if (answer && outcome.usage && !consumed(answer)) {
    answer.input_tokens = outcome.usage.input_tokens;
    answer.output_tokens = outcome.usage.output_tokens;
    answer.model ??= outcome.model ?? undefined;
  }
  let total: number | null = 0;
  for (const a of attempts) {
    if (!consumed(a)) continue;
    a.cost_usd = book.cost(a.provider, a.model, { input_tokens: a.input_tokens ?? 0, output_tokens: a.output_tokens ?? 0 });
    total = total === null || a.cost_usd === null ? null : total + a.cost_usd;
  }
  // A success whose chain recorded no attempts (an outcome built elsewhere) is priced from the outcome itself.
  if (!answer && outcome.usage && outcome.provider_used) {
    const own = book.cost(outcome.provider_used, outcome.model, outcome.usage);
    total = total === null || own === null ? null : total + own;
  }
  return { ...outcome, attempts, cost_usd: total === null ? null : roundUsd(total) };
}
