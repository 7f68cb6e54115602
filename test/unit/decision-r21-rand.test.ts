/**
 * Round 21 (part L): the South African rand's "R" before a figure with cents ("R 12 000,00", "R650.00")
 * is money in ZAR; "R" before a bare number ("Route R 62") or after a figure is not. Invented text.
 */
import { findAmounts } from '../../worker/providers/local/entity-amounts';
import { decideInvoice } from '../../worker/decisions/invoice-rules';

describe('the rand sign', () => {
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
