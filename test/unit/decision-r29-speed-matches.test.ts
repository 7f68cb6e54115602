/**
 * Round 29, engine speed: `matchesOf` stands in for `text.matchAll(pattern)` where the pattern is large
 * (matchAll copies the pattern on every call, which cost more than the search). It must yield exactly
 * what matchAll yields, leave the pattern's lastIndex as it was, and allow the loop's body to use the
 * same pattern again. And the row-triple scan's quick digit check must not change what it reads.
 */
import { matchesOf } from '../../worker/providers/local/entity-matches';
import { decideLines } from '../helpers/decision-lines';

const shape = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, match[0], { ...match.groups }]);

describe('matchesOf yields what matchAll yields', () => {
  const cases: [RegExp, string][] = [
    [/(?<word>\p{L}+)/gu, 'Invoice No. 4417, dated 3 March'],
    [/\d*/gu, 'a1b22c'],
    [/x*/gu, 'a😀b'],
    [/x*/g, 'a😀b'],
    [/^(?<line>.*)$/gmu, 'first\n\nthird'],
    [/(?<=\s)\d{2}/gu, '10 20 3 40'],
  ];
  it.each(cases)('%s', (pattern, text) => {
    expect(shape(matchesOf(pattern, text))).toEqual(shape(text.matchAll(pattern)));
  });

  it('finds nothing where there is nothing', () => {
    expect([...matchesOf(/\d+/gu, 'no figures here')]).toEqual([]);
  });

  it('starts at the pattern lastIndex, as matchAll does, and leaves it as it was', () => {
    const pattern = /\d+/gu;
    pattern.lastIndex = 3;
    expect(shape(matchesOf(pattern, '12 34 56'))).toEqual(shape('12 34 56'.matchAll(pattern)));
    expect(pattern.lastIndex).toBe(3);
  });

  it('lets the loop use the same pattern again inside', () => {
    const pattern = /\d+/gu;
    const outer: string[] = [];
    for (const match of matchesOf(pattern, 'a1 b2 c3')) {
      outer.push(match[0]);
      expect(pattern.test('x9')).toBe(true);
      pattern.lastIndex = 0;
      expect([...matchesOf(pattern, '7 8')].map((inner) => inner[0])).toEqual(['7', '8']);
    }
    expect(outer).toEqual(['1', '2', '3']);
  });

  it('refuses a pattern without the g flag, as matchAll does (near miss)', () => {
    expect(() => [...matchesOf(/\d/u, '1')]).toThrow(TypeError);
  });
});

describe('the row-triple scan reads the same rows with its quick digit check', () => {
  const invoice = (rows: string[]) => [
    'INVOICE No. TR-5521',
    'Date: 02/03/2026   Due: 01/04/2026',
    'From: Kestrel Transcription Ltd',
    'Bill to: Harwood Archive Trust',
    '',
    'Description Qty Rate Amount',
    ...rows,
    'Subtotal 2,460.00',
    'Total GBP 2,460.00',
  ];

  it('a row whose quantity times price is another amount is a contradiction', () => {
    const decision = decideLines(invoice(['Audio transcribed (minutes) 1200 1.10 1,320.00', 'Speaker labels 40 10.00 400.00', 'Timestamps 37 20.00 750.00']));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toMatch(/quantity times price is 740\.00, not its stated 750\.00/u);
  });

  it('rows that all agree are no contradiction (near miss)', () => {
    const decision = decideLines(invoice(['Audio transcribed (minutes) 1200 1.10 1,320.00', 'Speaker labels 40 10.00 400.00', 'Timestamps 37 20.00 740.00']));
    expect(decision.decision).toBe('PASS');
    expect(decision.reasons.join(' ')).not.toMatch(/quantity times price/u);
  });
});
