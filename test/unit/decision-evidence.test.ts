/**
 * Evidence a reviewer can use: for every reason, a span of the input no longer than 200 characters,
 * never the whole input. Checked on the project's fixtures and on both halves of the hold-out set
 * (only the evidence's shape; the decisions on the test half are the eval's business).
 */
import { join } from 'node:path';
import { loadFixtures } from '../../scripts/eval/fixtures';
import { rulesDecision } from '../../scripts/eval/rules-run';
import { boundedEvidence, evidenceAt, MAX_EVIDENCE } from '../../worker/decisions/evidence-span';

const fixtures = join(__dirname, '..', 'fixtures');
const sets = {
  fixtures: loadFixtures(join(fixtures, 'documents')),
  'hold-out dev': loadFixtures(join(fixtures, 'decisions-holdout', 'dev')),
  'hold-out test': loadFixtures(join(fixtures, 'decisions-holdout', 'test')),
};

describe.each(Object.entries(sets))('evidence on %s', (_name, cases) => {
  it('is always a slice of the input, at most 200 characters, never the whole input', async () => {
    const bad: string[] = [];
    let cited = 0;
    for (const fixture of cases) {
      const decision = await rulesDecision(fixture);
      for (const item of decision.evidence) {
        cited += 1;
        if (!fixture.text.includes(item) || item.length > MAX_EVIDENCE || item.trim() === fixture.text.trim() || !item.trim()) bad.push(fixture.id);
      }
      if (decision.decision !== 'NEEDS_INFO' && !decision.evidence.length) bad.push(`${fixture.id} (no evidence)`);
    }
    expect(bad).toEqual([]);
    expect(cited).toBeGreaterThan(cases.length);
  });
});

describe('evidenceAt', () => {
  const prose = `${'This sentence only pads the paragraph so that the line grows well past the limit. '.repeat(3)}Payment is due on 5 May 2025. ${'More padding follows here, again and again. '.repeat(2)}`;

  it('cites the line when it is short', () => {
    const text = 'Invoice No: 7\nDue date: 2025-05-05\nTotal: 5.00';
    expect(evidenceAt(text, text.indexOf('2025-05-05'))).toBe('Due date: 2025-05-05');
  });

  it('cites the sentence of a long line, and a clause or window when the sentence is long too', () => {
    const start = prose.indexOf('5 May 2025');
    expect(evidenceAt(prose, start, start + 10)).toBe('Payment is due on 5 May 2025.');
    const long = `Items: ${'widget, '.repeat(40)}due 5 May 2025, ${'gadget, '.repeat(40)}end`;
    const at = long.indexOf('5 May 2025');
    const cited = evidenceAt(long, at, at + 10);
    expect(cited).toContain('5 May 2025');
    expect(cited.length).toBeLessThanOrEqual(MAX_EVIDENCE);
  });

  it('never cites the whole input, even when it is one short line', () => {
    const text = 'Total: $0.00, due 2025-05-05';
    const cited = evidenceAt(text, text.indexOf('$0.00'), text.indexOf('$0.00') + 5);
    expect(cited).not.toBe(text);
    expect(text).toContain(cited);
    expect(cited).toContain('$0.00');
  });

  it('bounds a span that is too long to the evidence around its end', () => {
    const line = `${'x'.repeat(250)} total 5.00`;
    const bounded = boundedEvidence(`${line}\nnext`, line);
    expect(bounded.length).toBeLessThanOrEqual(MAX_EVIDENCE);
    expect(bounded.endsWith('5.00')).toBe(true);
  });
});
