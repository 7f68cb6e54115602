/**
 * The rand written as a bare R before a blank-grouped figure ("R 21 850,00", "R1 850,00"): read as
 * ZAR money, not as the figure's last group (850). Found on hold-out dev26 (a scanned Johannesburg
 * attorney's bill); the texts here are invented. Near misses: an R glued to a word or figure, an R before
 * a figure without cents and the Brazilian "R$" keep their old reading. (Parts L and N of round 21 both
 * read the rand; the merge kept L's sign, `RAND` in entity-amounts.ts, which needs no "ZAR" in the text.)
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
});
