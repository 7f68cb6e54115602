/**
 * Round 28, figures: sums of hold-out dev23/dev24 that went unread or misread. A prose sum named by the
 * word after its figure ("so €2,932.81 total."), the net a discount leaves ("…discount, that's
 * €2,547.00"), a discount's rate on a prose tax line, and scanned summary rows set with single blanks
 * ("TOTA L CREDIT CAD -2,712.00", "Tota a1 € 3.127,85", "VA T @ 23% 3,036.23"). The texts are invented;
 * each rule has its near miss.
 */
import { amountLabelAt, decideLines } from '../helpers/decision-lines';

describe('a prose sum named by the word after its figure is the total', () => {
  const text = 'Design work €1,000.00 and print €500.00, plus VAT (€345.00), so €1,845.00 total.\n';

  it('"so €1,845.00 total." is the total', () => {
    expect(amountLabelAt(text, '€1,845.00')).toBe('total');
  });

  it('"€400.00 total fees for March" (the word opens a phrase) is no total', () => {
    expect(amountLabelAt('We billed €400.00 total fees for March and more.\n', '€400.00')).not.toBe('total');
  });

  it('a quote\'s "(… £12,400.00 in total)" in parentheses is no total', () => {
    expect(amountLabelAt('Re: quotation Q-7 accepted (new roof, £12,400.00 in total)\n', '£12,400.00')).not.toBe('total');
  });
});

describe('the figure after "discount…, that\'s" is the net the discount leaves', () => {
  const lines = [
    'Invoice DS-7 dated 3 March 2026, due 2 April 2026.',
    'From: Harbour Design Ltd',
    'To: Quayside Bakery Ltd',
    'Logo €1,000.00 and signage €1,000.00.',
    'Less the 10% discount we agreed, that\'s €1,800.00 plus VAT at 20% (€360.00), so €2,060.00 total.',
  ];

  it('reads €1,800.00 as the net, and a total €100.00 short of net and tax fails', () => {
    expect(amountLabelAt(lines.join('\n'), '€1,800.00')).toBe('subtotal');
    expect(decideLines(lines).decision).toBe('FAIL');
  });

  it('the same invoice with a total that agrees passes', () => {
    const agreeing = [...lines.slice(0, 4), 'Less the 10% discount we agreed, that\'s €1,800.00 plus VAT at 20% (€360.00), so €2,160.00 total.'];
    expect(decideLines(agreeing).decision).toBe('PASS');
  });

  it('"discount of €200.00" (no clause saying what is left) stays the discount', () => {
    expect(amountLabelAt('Less a 10% discount of €200.00.\n', '€200.00')).toBe('discount');
  });
});

describe('a discount\'s rate on a prose tax line is not the tax\'s', () => {
  const lines = [
    'Tax invoice GY-12',
    '9 November 2026',
    'From: Gumtree Yard Works Pty Ltd',
    'To: Westfield Tennis Club Inc',
    'Mowing $1,000.00 and hedging $1,000.00.',
    'That is $2,000.00; less the 5% member discount ($100.00) it comes to $1,900.00, plus GST of $190.00, so $2,090.00 AUD in all.',
    'Please pay by 23 November 2026.',
  ];

  it('GST of $190.00 on $1,900.00 is not checked against the discount\'s 5%', () => {
    expect(decideLines(lines).decision).toBe('PASS');
  });

  it('"GST 5% $190.00" on $1,900.00 (the rate is the tax\'s) still fails', () => {
    const wrong = [...lines.slice(0, 5), 'Subtotal $1,900.00', 'GST 5% $190.00', 'Total $2,090.00', lines[6] ?? ''];
    expect(decideLines(wrong).decision).toBe('FAIL');
  });
});

describe('a scanned summary row set with single blanks keeps its split label', () => {
  it.each([
    ['TOTA L CREDIT CAD -2,712.00', 'CAD -2,712.00', 'total'],
    ['Tota a1 € 3.127,85', '€ 3.127,85', 'total'],
    ['Subtota a1 € 2.585,00', '€ 2.585,00', 'subtotal'],
    ['VA T @ 23% 3,036.23', '3,036.23', 'tax'],
  ])('"%s" is labelled', (line, figure, label) => {
    expect(amountLabelAt(`Consulting 1 x 100.00 100.00\n${line}\n`, figure)).toBe(label);
  });

  it.each([
    ['Gas T 3 12.00', '12.00'],
    ['Pot a1 € 12,00', '€ 12,00'],
  ])('an item row "%s" stays an item (no tax, subtotal or total)', (line, figure) => {
    expect(['tax', 'subtotal', 'total']).not.toContain(amountLabelAt(`${line}\n`, figure));
  });

  it('a credit note whose total reads "TOTA L CREDIT" fails on its negative total', () => {
    const lines = ['Northwind Advisory Inc.', 'CREDlT N0TE', 'No.: CN-7', 'Date: 2026-11-18', 'Bluefield Pallet Co.', 'Cancelled workshop ........ -1,000.00', 'HST 13% ........ -130.00', 'TOTA L CREDIT CAD -1,130.00'];
    const decision = decideLines(lines);
    expect(decision.fields.total).toBe(-1130);
    expect(decision.decision).toBe('FAIL');
  });
});
