/**
 * A table ruled by bars whose description ends with a number (round 30, dev39): "150 | Bonbons, box of 12 |
 * 64,00 | 9.600,00" took the pack size 12 for the quantity, the figure right before the price, and read
 * 12 × 64,00 against 9.600,00 as a contradiction. In such a table a quantity fills its own cell. Invented
 * texts; a row whose own quantity cell does not multiply still FAILs.
 */
import { decideLines } from '../helpers/decision-lines';

const invoice = (row: string) => [
  'Invoice INV-4410', 'Date: 18/05/2026', 'Due date: 17/06/2026', 'From: Cacao Andino S.R.L.', 'Bill To: Hotel Ribera S.R.L.', '',
  'QTY | DESCRIPTION | UNIT PRICE | AMOUNT',
  '600 | Chocolate bars, 100 g | 18,50 | 11.100,00',
  row,
  '',
  'TOTAL EUR 20.700,00',
];

describe('a bar table whose description ends with a number', () => {
  it('does not take the pack size for the quantity', () => {
    const decision = decideLines(invoice('150 | Bonbons, box of 12 | 64,00 | 9.600,00'));
    expect(decision.reasons.join(' ')).not.toContain('quantity times price');
    expect(decision.decision).toBe('PASS');
  });

  it('near miss: the quantity cell times the price is not the amount, so it FAILs', () => {
    const decision = decideLines(invoice('150 | Bonbons, box of 12 | 64,00 | 9.500,00').map((line) => line.replace('20.700,00', '20.600,00')));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toContain('9600.00');
  });
});
