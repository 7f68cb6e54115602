/**
 * How long the rule engine takes per document: after a warm-up pass, each document is decided in
 * `rounds` rounds of `repeats` runs; its time is its fastest round's mean, which leaves out the
 * pauses a busy machine adds, and the set is summarised by the mean and the 95th percentile over
 * documents. Only the rules run (no parsing of the answer, no queue).
 */
import { performance } from 'node:perf_hooks';
import { getTask } from '../../worker/tasks/registry';
import { taskFor, type Fixture } from './fixtures';

export interface RuleTiming {
  documents: number;
  meanMicros: number;
  p95Micros: number;
}

type Decide = () => unknown;

function decider(fixture: Fixture): Decide {
  const task = getTask(taskFor(fixture));
  if (!task?.offline) throw new Error(`task ${taskFor(fixture)} has no offline implementation`);
  const offline = task.offline;
  const options = task.options.parse(fixture.options);
  return () => offline(fixture.text, options);
}

/** The value below which `share` of the sorted values lie (nearest rank). */
function percentile(sorted: number[], share: number): number {
  if (!sorted.length) return 0;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

export function timeRules(fixtures: Fixture[], rounds = 5, repeats = 4): RuleTiming {
  const decide = fixtures.map(decider);
  for (const run of decide) run();
  const perDocument = decide.map(() => Infinity);
  for (let round = 0; round < rounds; round += 1) {
    decide.forEach((run, i) => {
      const started = performance.now();
      for (let r = 0; r < repeats; r += 1) run();
      perDocument[i] = Math.min(perDocument[i] ?? Infinity, ((performance.now() - started) * 1000) / repeats);
    });
  }
  const sorted = [...perDocument].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, micros) => sum + micros, 0) / Math.max(1, sorted.length);
  return { documents: fixtures.length, meanMicros: mean, p95Micros: percentile(sorted, 0.95) };
}
