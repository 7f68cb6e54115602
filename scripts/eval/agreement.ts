/** Scores decisions against the fixtures' expectations and prints the per-category table. */
import type { Decision } from '../../shared/task-schemas';
import type { Fixture } from './fixtures';

export interface CaseResult {
  fixture: Fixture;
  /** null when the engine could not decide (the provider failed). */
  decision: Decision | null;
  agrees: boolean;
  fieldsMatched: number;
  fieldsExpected: number;
  mismatches: string[];
}

function sameValue(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(expected - actual) < 0.005;
  if (typeof expected === 'string' && typeof actual === 'string') return expected.trim() === actual.trim();
  return JSON.stringify(expected) === JSON.stringify(actual ?? null);
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
    else mismatches.push(`${name} ${JSON.stringify(actual ?? null)}, expected ${JSON.stringify(value)}`);
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

export function byCategory(results: CaseResult[]): CategoryScore[] {
  const scores = new Map<string, CategoryScore>();
  for (const result of results) {
    const { category } = result.fixture;
    const entry = scores.get(category) ?? { category, cases: 0, agreed: 0, fieldsMatched: 0, fieldsExpected: 0 };
    entry.cases += 1;
    entry.agreed += result.agrees ? 1 : 0;
    entry.fieldsMatched += result.fieldsMatched;
    entry.fieldsExpected += result.fieldsExpected;
    scores.set(category, entry);
  }
  return [...scores.values()].sort((a, b) => a.category.localeCompare(b.category));
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

function percent(part: number, whole: number): string {
  return whole ? `${Math.round((100 * part) / whole)}%` : '-';
}

/** One table, one column group per engine, so the rules and a model can be read side by side. */
export function formatTable(engines: { name: string; results: CaseResult[] }[]): string {
  const perEngine = engines.map((engine) => {
    const scores = byCategory(engine.results);
    return { name: engine.name, scores: new Map([...scores.map((s) => [s.category, s] as const), ['all', total(scores)]]) };
  });
  const categories = [...(perEngine[0]?.scores.keys() ?? [])];
  const header = ['category', 'cases', ...perEngine.flatMap((e) => [`${e.name} decisions`, `${e.name} fields`])];
  const rows = categories.map((category) => {
    const first = perEngine[0]?.scores.get(category);
    return [
      category,
      String(first?.cases ?? 0),
      ...perEngine.flatMap((e) => {
        const s = e.scores.get(category);
        return s ? [`${s.agreed}/${s.cases} ${percent(s.agreed, s.cases)}`, `${s.fieldsMatched}/${s.fieldsExpected} ${percent(s.fieldsMatched, s.fieldsExpected)}`] : ['-', '-'];
      }),
    ];
  });
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const body = rows.map(line);
  // The "all" row is last; a rule above it sets it apart.
  return [line(header), rule, ...body.slice(0, -1), rule, ...body.slice(-1)].join('\n');
}
