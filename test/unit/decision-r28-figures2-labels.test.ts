/**
 * Stacked labels and values joined two lines at a time (round 28, second pass; a dev33 case perturbed by
 * joining lines): "R 5 259,15  Amount payable (ZAR)" over "R 40 320,15" gave the tax the total's label, a
 * false contradiction. The words after a value label the lone value on the next line. The texts are
 * invented; the near miss must keep its old reading.
 */
import { amountLabelAt, decideLines } from '../helpers/decision-lines';

const summary = (tail: string[]) => [
  'Drakensberg Pump Spares (Pty) Ltd',
  'TAX INVOICE',
  'Invoice number: DPS 26/0107',
  'Date of invoice: 2026/03/02',
  'Invoiced party: Umvoti Citrus Growers Co-operative Ltd',
  'Impeller kits  4  R 2 000,00  R 8 000,00',
  ...tail,
  'Payment due 2026/04/01',
];

describe('a label after a value hands down to a lone value on the next line', () => {
  const joined = summary(['Total excl. VAT  R 8 000,00', 'VAT 15%', 'R 1 200,00  Amount payable (ZAR)', 'R 9 200,00']);

  it('the lone value below takes the words as its label, and the decision passes', () => {
    const text = joined.join('\n');
    expect(amountLabelAt(text, 'R 9 200,00')).toBe('total');
    expect(amountLabelAt(text, 'R 1 200,00')).not.toBe('total');
    expect(decideLines(joined).decision).toBe('PASS');
  });

  it('near miss: with no lone value below, the words after a value still label it', () => {
    const text = summary(['Total excl. VAT  R 8 000,00', 'VAT 15%  R 1 200,00', 'R 9 200,00  Amount payable (ZAR)']).join('\n');
    expect(amountLabelAt(text, 'R 9 200,00')).toBe('total');
  });
});
