/** The decision eval's scoring: field comparison, per-task confusion tables, timing summary. */
import { byTask, confusion, sameValue, score } from '../../scripts/eval/agreement';
import type { Fixture } from '../../scripts/eval/fixtures';
import { formatConfusion } from '../../scripts/eval/report';
import { timeRules } from '../../scripts/eval/timing';
import type { Decision } from '../../shared/task-schemas';

function fixture(id: string, kind: Fixture['kind'], decision: Decision['decision'], fields?: Record<string, unknown>): Fixture {
  return { id, category: 'c', kind, options: {}, text: 'Invoice No: 1\nTotal: 5.00', expected: { decision, ...(fields ? { fields } : {}) } };
}

function answer(decision: Decision['decision'], fields: Record<string, unknown> = {}): Decision {
  return { decision, reasons: ['r'], evidence: [], fields, engine: 'rules' };
}

describe('sameValue', () => {
  it.each([
    [891.31, 891.3100001, true],
    [891.31, 891.32, true],
    [891.31, 891.33, false],
    [null, null, true],
    [null, undefined, false],
    [null, '', false],
    ['Acme Ltd', 'Acme Ltd', true],
    ['Acme Ltd', 'Acme Ltd ', false],
    ['Acme Ltd', 'acme ltd', false],
    [['Fees', 'Term'], ['Fees', 'Term'], true],
    [['Fees', 'Term'], ['Term', 'Fees'], false],
    [['Fees'], ['Fees', 'Term'], false],
    [[], [], true],
    [12, '12', false],
  ])('%j and %j: %s', (expected, actual, same) => {
    expect(sameValue(expected, actual)).toBe(same);
  });
});

describe('per task', () => {
  const results = [
    score(fixture('a', 'invoice', 'PASS', { total: 5 }), answer('PASS', { total: 5 })),
    score(fixture('b', 'invoice', 'FAIL'), answer('NEEDS_INFO')),
    score(fixture('c', 'invoice', 'NEEDS_INFO', { customer: null }), answer('NEEDS_INFO', { customer: 'X' })),
    score(fixture('d', 'document', 'FAIL'), null),
  ];

  it('counts decisions and fields per task', () => {
    expect(byTask(results)).toEqual([
      { category: 'document_review', cases: 1, agreed: 0, fieldsMatched: 0, fieldsExpected: 0 },
      { category: 'invoice_check', cases: 3, agreed: 2, fieldsMatched: 1, fieldsExpected: 2 },
    ]);
  });

  it('tabulates expected against answered decisions, with no answer as its own column', () => {
    expect(confusion(results.slice(0, 3))).toEqual({
      PASS: { PASS: 1, FAIL: 0, NEEDS_INFO: 0, none: 0 },
      FAIL: { PASS: 0, FAIL: 0, NEEDS_INFO: 1, none: 0 },
      NEEDS_INFO: { PASS: 0, FAIL: 0, NEEDS_INFO: 1, none: 0 },
    });
    expect(confusion(results.slice(3)).FAIL.none).toBe(1);
    expect(formatConfusion('rules, invoice_check', results.slice(0, 3))).toContain('rules, invoice_check: 2/3 67% agree');
  });
});

describe('timeRules', () => {
  it('summarises the rule engine time over the documents', () => {
    const timing = timeRules([fixture('a', 'invoice', 'PASS'), fixture('b', 'document', 'NEEDS_INFO')], 1, 1);
    expect(timing.documents).toBe(2);
    expect(timing.p95Micros).toBeGreaterThanOrEqual(0);
    expect(timing.meanMicros).toBeGreaterThan(0);
  });
});
