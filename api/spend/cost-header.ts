/** `x-aigw-cost-usd` on /v1 answers: the task's cost in USD, or `unknown` when a model that consumed tokens has no price. */
import type { Response } from 'express';
import type { TaskOutcome } from '../../shared/task-schemas';

export const COST_HEADER = 'x-aigw-cost-usd';

export function setCostHeader(res: Response, outcome: Pick<TaskOutcome, 'cost_usd'>): void {
  if (outcome.cost_usd === undefined) return;
  res.setHeader(COST_HEADER, outcome.cost_usd === null ? 'unknown' : String(outcome.cost_usd));
}
