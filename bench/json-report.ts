/** The figures of a run as one JSON document (`--json`): per scenario the medians and every run, each target's verdict, and what was left behind. */
import { TARGETS, medians, verdict } from './report';
import type { ScenarioResult } from './scenarios';

export interface Leftovers {
  /** Keys under this run's queue names, before the run and after its clean-up. */
  redisKeysBefore: number;
  redisKeysAfter: number;
  redisPattern: string;
  /** This run's scratch databases still there after its clean-up. */
  databasesAfter: number;
}

export interface RunInfo {
  date: string;
  commit: string;
  mode: 'full' | 'smoke' | 'profile';
  durationSeconds: number;
  connections: number;
  runs: number;
}

export function jsonReport(info: RunInfo, results: ScenarioResult[], leftovers: Leftovers) {
  const byName = new Map(results.map((r) => [r.name, medians(r)]));
  const targets = TARGETS.filter((t) => byName.has(t.scenario)).map((t) => {
    const actual = byName.get(t.scenario)?.[t.figure];
    return { scenario: t.scenario, figure: t.figure, op: t.op, value: t.value, actual: actual ?? null, verdict: verdict(t, actual) };
  });
  const base = byName.get('b_sync_1w')?.requests_per_second;
  const failover = byName.get('e_failover')?.requests_per_second;
  if (base !== undefined && failover !== undefined) {
    targets.push({ scenario: 'e_failover', figure: 'requests_per_second', op: '>=', value: base * 0.9, actual: failover, verdict: failover >= base * 0.9 ? 'met' : 'NOT met' });
  }
  return {
    ...info,
    scenarios: results.map((r) => ({ name: r.name, medians: byName.get(r.name), runs: r.figures, usage: r.usage })),
    targets,
    leftovers,
  };
}
