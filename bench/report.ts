/** Medians of the runs, the targets, and the markdown table. */
import type { ScenarioResult } from './scenarios';

export interface Target {
  scenario: string;
  figure: string;
  op: '<=' | '>=' | '==';
  value: number;
}

/** The targets for this 2-core machine. (e) and (d) are checked against (b) separately. */
export const TARGETS: Target[] = [
  { scenario: 'a_overhead', figure: 'added_p50_ms', op: '<=', value: 2 },
  { scenario: 'a_overhead', figure: 'added_p99_ms', op: '<=', value: 10 },
  { scenario: 'b_sync_1w', figure: 'requests_per_second', op: '>=', value: 1200 },
  { scenario: 'b_sync_1w', figure: 'latency_p99_ms', op: '<=', value: 400 },
  { scenario: 'b_sync_1w', figure: 'errors', op: '==', value: 0 },
  { scenario: 'b_sync_1w', figure: 'missing_rows', op: '==', value: 0 },
  { scenario: 'c_async_intake', figure: 'accepted_per_second', op: '>=', value: 5000 },
  { scenario: 'f_tracing', figure: 'throughput_cost_pct', op: '<=', value: 5 },
  { scenario: 'i_v1_overhead', figure: 'added_p50_ms', op: '<=', value: 2 },
  { scenario: 'j_v1_sync_1w', figure: 'requests_per_second', op: '>=', value: 1200 },
  { scenario: 'j_v1_sync_1w', figure: 'latency_p99_ms', op: '<=', value: 400 },
  { scenario: 'j_v1_sync_1w', figure: 'errors', op: '==', value: 0 },
  { scenario: 'j_v1_sync_1w', figure: 'missing_rows', op: '==', value: 0 },
  { scenario: 'k_first_token', figure: 'added_first_token_p50_ms', op: '<=', value: 3 },
];

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function medians(result: ScenarioResult): Record<string, number> {
  const names = Object.keys(result.figures[0] ?? {});
  return Object.fromEntries(names.map((n) => [n, median(result.figures.map((f) => f[n] ?? Number.NaN))]));
}

export function verdict(target: Target, actual: number | undefined): string {
  if (actual === undefined || Number.isNaN(actual)) return 'n/a';
  const ok = target.op === '<=' ? actual <= target.value : target.op === '>=' ? actual >= target.value : actual === target.value;
  return ok ? 'met' : 'NOT met';
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/**
 * Targets against (b)'s throughput in the same run: failover within 10% of it, and two worker
 * processes more than one ("throughput grows, not shrinks, from 1 to 2 worker processes").
 */
const RELATIVE_TO_B: Record<string, { text: string; met(value: number, base: number): boolean }> = {
  e_failover: { text: 'within 10% of', met: (value, base) => value >= base * 0.9 },
  d_sync_2w: { text: 'more than', met: (value, base) => value > base },
};

export function markdown(results: ScenarioResult[], header: string): string {
  const lines = [header, '', '| scenario | figure | median | target |', '| --- | --- | --- | --- |'];
  const bySyncB = results.find((r) => r.name === 'b_sync_1w');
  for (const result of results) {
    const m = medians(result);
    for (const [figure, value] of Object.entries(m)) {
      const target = TARGETS.find((t) => t.scenario === result.name && t.figure === figure);
      let targetText = target ? `${target.op} ${target.value}: ${verdict(target, value)}` : '';
      const relative = RELATIVE_TO_B[result.name];
      if (relative && figure === 'requests_per_second' && bySyncB) {
        const base = medians(bySyncB).requests_per_second ?? Number.NaN;
        targetText = `${relative.text} (b) ${fmt(base)}: ${relative.met(value, base) ? 'met' : 'NOT met'}`;
      }
      lines.push(`| ${result.name} | ${figure} | ${fmt(value)} | ${targetText} |`);
    }
  }
  lines.push('', '| scenario | process | CPU seconds | peak RSS MB |', '| --- | --- | --- | --- |');
  for (const result of results) {
    for (const u of result.usage) lines.push(`| ${result.name} | ${u.role} | ${u.cpuSeconds.toFixed(1)} | ${u.peakRssMb} |`);
  }
  return lines.join('\n');
}
