/**
 * Round 21 (part L): a summary row whose cells carry words ("0.00 - Exempt (resale)") under a heading row
 * opening with the subtotal's heading and closing with the total's: the row's closing figure is the
 * total. Invented text; near misses (an item table's header, figures on the next line) read no total so.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const invoice = (heading: string, row: string, after = 'Remit to: Erie Bolt Co., PO Box 12, Erie, PA 16501.') =>
  [
    'Erie Bolt Co. INVOICE',
    'Invoice # EB-4410 Date 03/02/2026 Due Date 04/01/2026',
    'Sold To: Lakeview Decks LLC',
    'Qty Item Description Unit Price Ext. Price',
    '10 HB-12 Hex bolt box 48.00 480.00',
    '4 WS-3 Washer bucket 250.00 1,000.00',
    heading,
    row,
    after,
  ].join('\n');

describe('the total closing a summary row with words in a cell', () => {
  it('"Subtotal Sales Tax Invoice Total (USD)" over a row with "Exempt" in the tax cell', () => {
    const result = decideInvoice(invoice('Subtotal Sales Tax Invoice Total (USD)', '1,480.00 0.00 - Exempt (resale cert. on file) $1,480.00'));
    expect(result.fields.total).toBe(1480);
    expect(result.decision).toBe('PASS');
  });

  it('a wrong total there still shows', () => {
    expect(decideInvoice(invoice('Subtotal Sales Tax Invoice Total (USD)', '1,480.00 0.00 - Exempt (resale cert. on file) $1,580.00')).decision).toBe('FAIL');
  });

  it('near miss: figures on the next line (an item table, not a summary)', () => {
    const text = invoice('Subtotal Sales Tax Invoice Total (USD)', '1,480.00 0.00 - Exempt (resale cert. on file) $1,480.00', 'Deposit paid 200.00');
    expect(decideInvoice(text).fields.total).toBeNull();
  });

  it('near miss: a heading row not opening with a subtotal', () => {
    expect(decideInvoice(invoice('Item Description Invoice Total (USD)', '1,480.00 0.00 - Exempt (resale cert. on file) $1,480.00')).fields.total).toBeNull();
  });
});
