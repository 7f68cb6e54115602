/** Scores decisions against the fixtures' expectations: per case, per category and per task. */
import type { Decision } from '../../shared/task-schemas';
import { taskFor, type Fixture } from './fixtures';

export interface CaseResult {
  fixture: Fixture;
  /** null when the engine could not decide (the provider failed). */
  decision: Decision | null;
  agrees: boolean;
  fieldsMatched: number;
  fieldsExpected: number;
  mismatches: string[];
}

/** Money is compared to the cent: 891.31 and 891.3100001 are one amount, 891.31 and 891.33 are not. */
const CENT = 0.01 + 1e-9;

/**
 * Arrays element by element, null only as null (an absent field is not null), numbers within a
 * cent, strings exactly (no trimming: a name with its address attached is a different name).
 */
export function sameValue(expected: unknown, actual: unknown): boolean {
  if (expected === null) return actual === null;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((item, i) => sameValue(item, actual[i]));
  }
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(expected - actual) <= CENT;
  if (typeof expected === 'string') return actual === expected;
  return actual !== undefined && JSON.stringify(expected) === JSON.stringify(actual);
}

export function score(fixture: Fixture, decision: Decision | null): CaseResult {
  const mismatches: string[] = [];
  const agrees = decision?.decision === fixture.expected.decision;
  if (!agrees) mismatches.push(`decision ${decision?.decision ?? 'none'}, expected ${fixture.expected.decision}`);
  const expectedFields = Object.entries(fixture.expected.fields ?? {});
  let fieldsMatched = 0;
  for (const [name, value] of expectedFields) {
    const actual = decision?.fields?.[name];
    if (sameValue(value, actual)) fieldsMatched += 1;
    else mismatches.push(`${name} ${actual === undefined ? 'absent' : JSON.stringify(actual)}, expected ${JSON.stringify(value)}`);
  }
  return { fixture, decision, agrees, fieldsMatched, fieldsExpected: expectedFields.length, mismatches };
}

export interface CategoryScore {
  category: string;
  cases: number;
  agreed: number;
  fieldsMatched: number;
  fieldsExpected: number;
}

function tally(results: CaseResult[], keyOf: (result: CaseResult) => string): CategoryScore[] {
  const scores = new Map<string, CategoryScore>();
  for (const result of results) {
    const category = keyOf(result);
    const entry = scores.get(category) ?? { category, cases: 0, agreed: 0, fieldsMatched: 0, fieldsExpected: 0 };
    entry.cases += 1;
    entry.agreed += result.agrees ? 1 : 0;
    entry.fieldsMatched += result.fieldsMatched;
    entry.fieldsExpected += result.fieldsExpected;
    scores.set(category, entry);
  }
  return [...scores.values()].sort((a, b) => a.category.localeCompare(b.category));
}

export function byCategory(results: CaseResult[]): CategoryScore[] {
  return tally(results, (result) => result.fixture.category);
}

/** One score per task (invoice_check, document_review), named by the task. */
export function byTask(results: CaseResult[]): CategoryScore[] {
  return tally(results, (result) => taskFor(result.fixture));
}

export function total(scores: CategoryScore[]): CategoryScore {
  return scores.reduce(
    (sum, s) => ({
      category: 'all',
      cases: sum.cases + s.cases,
      agreed: sum.agreed + s.agreed,
      fieldsMatched: sum.fieldsMatched + s.fieldsMatched,
      fieldsExpected: sum.fieldsExpected + s.fieldsExpected,
    }),
    { category: 'all', cases: 0, agreed: 0, fieldsMatched: 0, fieldsExpected: 0 },
  );
}

export function agreement(score: Pick<CategoryScore, 'cases' | 'agreed'>): number {
  return score.cases ? score.agreed / score.cases : 0;
}

export const VERDICTS = ['PASS', 'FAIL', 'NEEDS_INFO'] as const;
/** What an engine answered; `none` when it gave no decision at all. */
export type Outcome = (typeof VERDICTS)[number] | 'none';

/** counts[expected][answered]: how often each expected decision was answered with each outcome. */
export type Confusion = Record<(typeof VERDICTS)[number], Record<Outcome, number>>;

export function confusion(results: CaseResult[]): Confusion {
  const row = (): Record<Outcome, number> => ({ PASS: 0, FAIL: 0, NEEDS_INFO: 0, none: 0 });
  const counts: Confusion = { PASS: row(), FAIL: row(), NEEDS_INFO: row() };
  for (const result of results) counts[result.fixture.expected.decision][result.decision?.decision ?? 'none'] += 1;
  return counts;
}
