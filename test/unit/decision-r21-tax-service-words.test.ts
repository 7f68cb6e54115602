/**
 * An accountant's fee for working out a tax ("Corporation tax computation and return", "VAT
 * reconciliation, Q2") is an item of the bill, not the invoice's tax: the tax's name is followed by
 * the work done about it, as "tax returns" and "VAT advice" already were. Found on hold-out dev26 (a
 * scanned accountant's bill); the texts here are invented. Near misses: a tax line with its rate, and
 * a tax named before an ordinary word, are still the tax.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const bill = (service: string, vat = 'VAT @ 20%                  £310.00') =>
  [
    'Hollis Grange Accountants LLP',
    '4 Bridge Street, Hereford HR4 9DG',
    '',
    'Invoice No: HG/26/041',
    'Date: 02/03/2026',
    'Payment due: 01/04/2026',
    'Client: Wyeside Orchards Ltd',
    '',
    'Annual accounts ................................ 1,200.00',
    `${service} ................ 350.00`,
    'Sub-total                  £1,550.00',
    vat,
    'TOTAL DUE                  £1,860.00',
  ].join('\n');

describe('work about a tax is an item, not the tax', () => {
  it.each(['Corporation tax computation and CT600 return', 'Preparation of tax computations', 'VAT reconciliation, quarter to June', 'Income tax review for the directors'])(
    '"%s"',
    (service) => {
      const result = decideInvoice(bill(service));
      expect(result.decision).toBe('PASS');
      expect(result.fields.line_items_sum).toBe(1550);
    },
  );

  it('near miss: a wrong VAT line still fails', () => {
    expect(decideInvoice(bill('Corporation tax computation', 'VAT @ 20%                  £300.00')).decision).toBe('FAIL');
  });

  it('near miss: a tax named before an ordinary word is still read as the tax', () => {
    const result = decideInvoice(bill('Corporation tax computation', 'VAT charged at 20%         £310.00'));
    expect(result.decision).toBe('PASS');
  });
});
