/**
 * Unit prices printed to three decimals beside a currency (round 30, dev39): "18 at £9.875 = £177.75" read
 * the price as 9875 (a lone group of three digits is thousands to the amount reader), so quantity × price
 * came out a thousand times the amount and the row read as a contradiction. The row now agrees under
 * either reading. Invented texts; a row that multiplies under neither still FAILs.
 */
import { decideLines } from '../helpers/decision-lines';

const invoice = (rows: string[], total: string) => [
  'Invoice INV-3307', 'Invoice date: 2 March 2026', 'Due date: 1 April 2026', 'From: Harbour Fuels Ltd', 'Bill To: Kestrel Haulage Ltd', '', ...rows, '', `Total: ${total}`,
];

describe('a unit price to three decimals', () => {
  it('reads "18 at £9.875 = £177.75" and "2.25 at £36.400 = £81.90" as right', () => {
    const decision = decideLines(invoice(['  Diesel (l): 18 at £9.875 = £177.75', '  Lubricant (l): 2.25 at £36.400 = £81.90'], '£259.65'));
    expect(decision.reasons.join(' ')).not.toContain('quantity times price');
    expect(decision.decision).toBe('PASS');
  });

  it('reads "1200 x $0.485 = $582.00" as right', () => {
    const decision = decideLines(invoice([' - Cable (m): 1200 x $0.485 = $582.00', ' - Clips: 80 x $1.15 = $92.00'], '$674.00'));
    expect(decision.decision).toBe('PASS');
  });

  it('near miss: "18 at £9.875 = £190.00" multiplies under neither reading and FAILs', () => {
    const decision = decideLines(invoice(['  Diesel (l): 18 at £9.875 = £190.00', '  Lubricant (l): 2.25 at £36.400 = £81.90'], '£271.90'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toContain('quantity times price');
  });

  it('near miss: a price past the cent is held to its own rounding ("640 @ £0.797 = £511.08" is a pound off)', () => {
    const decision = decideLines(invoice(['1. 1,200 litres gas oil @ £0.785 = £942.00', '2. 640 litres gas oil @ £0.797 = £511.08'], '£1,453.08'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toContain('510.08');
  });
});
