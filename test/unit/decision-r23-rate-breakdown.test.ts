/**
 * Round 23 part K3: a breakdown of net and tax by rate, above the totals of net and tax, is not added
 * to them again. Invented texts, with near misses.
 */
import { decideLines } from '../helpers/decision-lines';

const head = ['Invoice no. GL-3021', 'Invoice date: 10/05/2026', 'Due date: 10/06/2026', 'From: Corrib Feed Ltd', 'To: Ardmore Stud Farm', ''];
const sums = (tail: string[]) => decideLines([...head, ...tail]).reasons.filter((reason) => /subtotal|total/.test(reason) && !reason.startsWith('all required'));

describe('a breakdown by tax rate', () => {
  it('is not added again when the totals of net and tax sum it', () => {
    expect(sums(['Net @ 9%: 400.00   VAT: 36.00', 'Net @ 21%: 100.00   VAT: 21.00', 'Total Net 500.00   Total VAT 57.00', 'AMOUNT DUE EUR 557.00'])).toEqual([]);
  });

  it('near miss: totals that do not sum the breakdown still fail against the amount due', () => {
    expect(sums(['Net @ 9%: 400.00   VAT: 36.00', 'Net @ 21%: 100.00   VAT: 21.00', 'Total Net 500.00   Total VAT 57.00', 'AMOUNT DUE EUR 575.00'])).not.toEqual([]);
  });

  it('near miss: a total VAT that is not the sum of the rates keeps every line', () => {
    expect(sums(['Net @ 9%: 400.00   VAT: 36.00', 'Net @ 21%: 100.00   VAT: 21.00', 'Total Net 500.00   Total VAT 75.00', 'AMOUNT DUE EUR 575.00'])).not.toEqual([]);
  });
});
