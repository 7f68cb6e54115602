/**
 * The South African rand's "R" before a figure with cents ("R 12 000,00", "R650.00", "R1 850,00") is
 * money in ZAR, not the figure's last group; "R" before a bare number ("Route R 62"), glued to a word,
 * after a figure, and the Brazilian "R$" are not. Found on hold-out dev25 and dev26 (a Karoo guest
 * farm, a scanned Johannesburg attorney's bill); the texts here are invented. (Parts L and N of round 21
 * both read the rand; the merge kept L's sign, `RAND` in entity-amounts.ts, which needs no "ZAR" in the
 * text.)
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { findAmounts } from '../../worker/providers/local/entity-amounts';

const bill = (total: string, label = 'TOTAL ZAR') =>
  [
    'Mthembu Venter Attorneys Inc.',
    '12 Long Street, Cape Town 8001',
    '',
    'TAX INVOICE MV/2207',
    'Date: 3 March 2026',
    'Due: 2 April 2026',
    'Client: Fynbos Wine Traders (Pty) Ltd',
    '',
    'Professional fees, 6 hours @ R2 100,00      R 12 600,00',
    'Sheriff\'s fees                              R 1 400,00',
    `${label.padEnd(44)}${total}`,
  ].join('\n');

describe('a bare R before a figure is the rand', () => {
  it.each([
    ['R 14 000,00', 14000],
    ['R14 000,00', 14000],
    ['R 14,000.00', 14000],
  ])('"%s"', (total, value) => {
    const result = decideInvoice(bill(total));
    expect(result.fields.total).toBe(value);
    expect(result.fields.currency).toBe('ZAR');
    expect(result.decision).toBe('PASS');
  });

  it('near miss: rand items that do not add up still FAIL', () => {
    expect(decideInvoice(bill('R 15 000,00')).decision).toBe('FAIL');
  });

  it.each(['Room R 12 on floor 2 (ZAR)', 'Grade AR 12,50 ZAR', 'R2 form 2026 ZAR', 'PR 1 200,00 units ZAR'])('near miss: "%s" holds no rand', (text) => {
    expect(findAmounts(text, []).filter((amount) => amount.text.startsWith('R'))).toEqual([]);
  });

  it('near miss: "R$ 1.850,00" stays the Brazilian real', () => {
    expect(findAmounts('Total R$ 1.850,00', []).map((amount) => amount.currency)).toEqual(['BRL']);
  });

  it('reads "R 12 000,00" and "R650.00" as rand', () => {
    expect(findAmounts('Fee R 12 000,00', []).map((amount) => [amount.value, amount.currency])).toEqual([[12000, 'ZAR']]);
    expect(findAmounts('Fee R650.00', []).map((amount) => [amount.value, amount.currency])).toEqual([[650, 'ZAR']]);
  });

  it('near misses: a road number, a grade, a figure before the letter', () => {
    expect(findAmounts('Route R 62, Oudtshoorn', []).filter((amount) => amount.currency === 'ZAR')).toEqual([]);
    expect(findAmounts('R2 grade gravel', []).filter((amount) => amount.currency === 'ZAR')).toEqual([]);
    expect(findAmounts('Qty 1 R 500,00', []).map((amount) => [amount.value, amount.currency])).toEqual([[500, 'ZAR']]);
  });

  it('gives a rand invoice its currency and total', () => {
    const text = [
      'Fynbos Design (Pty) Ltd TAX INVOICE',
      'Invoice No FD-2231 Date 2026/03/02 Due 2026/04/01',
      'Bill to: Protea Foods (Pty) Ltd',
      'Logo design 1 R 12 000,00 R 12 000,00',
      'Subtotal R 12 000,00',
      'VAT 15% R 1 800,00',
      'Total R 13 800,00',
    ].join('\n');
    const result = decideInvoice(text);
    expect(result.fields.currency).toBe('ZAR');
    expect(result.fields.total).toBe(13800);
    expect(result.decision).toBe('PASS');
  });
});
