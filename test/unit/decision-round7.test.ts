/**
 * Issue 19, round 7 (tuned on hold-out dev8, required fields in rare layouts, and dev9, the
 * boundaries of NEEDS_INFO). Each table holds variants beyond the case that showed the gap, and
 * must-not cases (ordinary words, other labels) that the rule has to leave alone.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const header = ['Harwick Joinery Ltd', 'Invoice No: HJ-5521', 'Invoice date: 2 March 2026', 'Due date: 1 April 2026', 'Bill To: Ostler Mews Ltd', ''];

describe('the goods value before tax is a subtotal, not one more line', () => {
  it.each([
    ['English "Goods"', 'Goods', 'VAT @ 20%', 'Total GBP'],
    ['British "Nett"', 'Nett', 'VAT @20%', 'TOTAL'],
    ['"Goods total" with a colon', 'Goods total:', 'VAT 20%', 'Invoice total'],
    ['German "Warenwert"', 'Warenwert', 'MwSt. 20 %', 'Gesamtbetrag'],
    ['French "Total marchandises"', 'Total marchandises', 'TVA 20 %', 'Total TTC'],
  ])('%s', (_case, subtotal, tax, total) => {
    const text = [
      ...header,
      'Oak sill, machined            3   40.00   120.00',
      'Sash window repair            1  280.00   280.00',
      `                 ${subtotal}        400.00`,
      `                 ${tax}        80.00`,
      `                 ${total}        480.00`,
    ].join('\n');
    const decision = decideInvoice(text);
    expect(decision.reasons).toEqual([expect.stringContaining('all required fields')]);
    expect(decision.fields.line_items_sum).toBe(400);
  });

  it('keeps an item whose description starts with "Goods" an item', () => {
    const text = [...header, 'Goods as ordered, per delivery note 4471     400.00', 'Carriage     20.00', 'Total due   £500.00'].join('\n');
    expect(decideInvoice(text).decision).toBe('FAIL');
  });
});
