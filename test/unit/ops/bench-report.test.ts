/** The bench's verdicts against (b) in the same run, and what counts as a stream's first token. */
import { markdown } from '../../../bench/report';
import { hasContent } from '../../../bench/first-token';
import type { ScenarioResult } from '../../../bench/scenarios';

const run = (name: string, rps: number[]): ScenarioResult => ({ name, figures: rps.map((r) => ({ requests_per_second: r })), usage: [] });

function verdictOf(table: string, scenario: string): string | undefined {
  return table.split('\n').find((line) => line.startsWith(`| ${scenario} | requests_per_second |`));
}

describe('bench verdicts against (b)', () => {
  it.each([
    [[310, 300, 320], 'more than (b) 300: met'],
    [[300, 300, 290], 'more than (b) 300: NOT met'],
  ])('2 workers at %j against 1 worker at 300 req/s: %s', (twoWorkers, verdict) => {
    const table = markdown([run('b_sync_1w', [290, 300, 310]), run('d_sync_2w', twoWorkers)], '# run');
    expect(verdictOf(table, 'd_sync_2w')).toContain(verdict);
  });

  it.each([
    [[271, 270, 280], 'within 10% of (b) 300: met'],
    [[260, 269, 250], 'within 10% of (b) 300: NOT met'],
  ])('failover at %j against (b) at 300 req/s: %s', (failover, verdict) => {
    const table = markdown([run('b_sync_1w', [300]), run('e_failover', failover)], '# run');
    expect(verdictOf(table, 'e_failover')).toContain(verdict);
  });
});

describe("a stream's first token", () => {
  it.each([
    ['data: {"choices":[{"delta":{"role":"assistant","content":""}}]}\n\n', false],
    ['data: {"choices":[{"delta":{"role":"assistant"}}]}\n\n', false],
    ['data: {"choices":[{"delta":{"content":"Hel"}}]}\n\n', true],
  ])('%j has content: %s', (sse, expected) => {
    expect(hasContent(sse)).toBe(expected);
  });
});
