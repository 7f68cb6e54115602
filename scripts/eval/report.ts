/** The eval's printed tables: per task (agreement, fields, confusion), per category, and the disagreements. */
import { byCategory, byTask, confusion, total, VERDICTS, type CaseResult, type CategoryScore, type Outcome } from './agreement';
import type { RuleTiming } from './timing';

export interface EngineResults {
  name: string;
  results: CaseResult[];
}

function percent(part: number, whole: number): string {
  return whole ? `${Math.round((100 * part) / whole)}%` : '-';
}

function ratio(part: number, whole: number): string {
  return `${part}/${whole} ${percent(part, whole)}`;
}

/** A Markdown table with padded columns; `footer` rows are set apart by a rule. */
function table(header: string[], rows: string[][], footer: string[][] = []): string {
  const all = [header, ...rows, ...footer];
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [line(header), rule, ...rows.map(line), ...(footer.length ? [rule, ...footer.map(line)] : [])].join('\n');
}

/** Per task and overall: decisions and fields agreed, one column group per engine. */
export function formatTaskTable(engines: EngineResults[]): string {
  const perEngine = engines.map((engine) => {
    const tasks = byTask(engine.results);
    return new Map<string, CategoryScore>([...tasks.map((s) => [s.category, s] as const), ['all', total(tasks)]]);
  });
  const names = [...(perEngine[0]?.keys() ?? [])];
  const header = ['task', 'cases', ...engines.flatMap((e) => [`${e.name} decisions`, `${e.name} fields`])];
  const rows = names.map((name) => [
    name,
    String(perEngine[0]?.get(name)?.cases ?? 0),
    ...perEngine.flatMap((scores) => {
      const s = scores.get(name);
      return s ? [ratio(s.agreed, s.cases), ratio(s.fieldsMatched, s.fieldsExpected)] : ['-', '-'];
    }),
  ]);
  return table(header, rows.slice(0, -1), rows.slice(-1));
}

const OUTCOMES: Outcome[] = [...VERDICTS, 'none'];

/** Rows: the expected decision; columns: what the engine answered (`none`: no answer). */
export function formatConfusion(title: string, results: CaseResult[]): string {
  const counts = confusion(results);
  const agreed = results.filter((result) => result.agrees).length;
  const rows = VERDICTS.map((expected) => [expected, ...OUTCOMES.map((outcome) => String(counts[expected][outcome]))]);
  return `${title}: ${ratio(agreed, results.length)} agree\n${table(['expected \\ answered', ...OUTCOMES], rows)}`;
}

/** Per category, one column group per engine, with an "all" row. */
export function formatCategoryTable(engines: EngineResults[]): string {
  const perEngine = engines.map((engine) => {
    const scores = byCategory(engine.results);
    return new Map<string, CategoryScore>([...scores.map((s) => [s.category, s] as const), ['all', total(scores)]]);
  });
  const categories = [...(perEngine[0]?.keys() ?? [])];
  const header = ['category', 'cases', ...engines.flatMap((e) => [`${e.name} decisions`, `${e.name} fields`])];
  const rows = categories.map((category) => [
    category,
    String(perEngine[0]?.get(category)?.cases ?? 0),
    ...perEngine.flatMap((scores) => {
      const s = scores.get(category);
      return s ? [ratio(s.agreed, s.cases), ratio(s.fieldsMatched, s.fieldsExpected)] : ['-', '-'];
    }),
  ]);
  return table(header, rows.slice(0, -1), rows.slice(-1));
}

export function formatTiming(timing: RuleTiming): string {
  return `rule engine time per document (${timing.documents} documents): mean ${timing.meanMicros.toFixed(0)} µs, p95 ${timing.p95Micros.toFixed(0)} µs`;
}

/** Each disagreement with what differs; `idsOnly` names the case and its category and nothing else. */
export function formatDisagreements(name: string, results: CaseResult[], idsOnly: boolean): string {
  const wrong = results.filter((result) => (idsOnly ? !result.agrees : result.mismatches.length));
  if (!wrong.length) return `${name}: no disagreements`;
  const heading = idsOnly ? `${name}: cases whose decision differs` : `${name}: cases that differ from the expectation`;
  const lines = wrong.map((result) => `  ${result.fixture.id} (${result.fixture.category})${idsOnly ? '' : `: ${result.mismatches.join('; ')}`}`);
  return [heading, ...lines].join('\n');
}
