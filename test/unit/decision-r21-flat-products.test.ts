/**
 * Round 21 (part L): table rows flattened several to a line ("... 12.00 96.00 3 BX-2 Box 4.50\n13.50 ...").
 * Each row shows its price beside its amount, the amount the price times a quantity earlier in the row;
 * read so, the rows make the subtotal and no false "items do not add up" fires. Invented text.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { flatProductItems } from '../../worker/decisions/invoice-flat-products';

const invoice = (rows: string[], subtotal = '1,158.50', tax = '231.70', total = '1,390.20') =>
  [
    'Hollin Tools Ltd INVOICE',
    'Invoice No. HT-5521 Date 02/03/2026 Due 01/04/2026',
    'Bill to: Marston Joinery Ltd, 4 Canal St, Derby',
    'QTY ITEM DESCRIPTION UNIT PRICE AMOUNT',
    ...rows,
    `Subtotal ${subtotal} VAT 20% ${tax} Total £${total}`,
  ].join('\n');

describe('rows flattened several to a line', () => {
  const rows = ['8 CL-1 Clamp 12.00 96.00 3 BX-2', 'Tool box 4.50 13.50 50 SC-9 Screws 0.97 48.50 1 DL-4 Drill', '1,000.50 1,000.50'];

  it('reads each price beside its product as a row amount', () => {
    const text = rows.join('\n');
    expect(flatProductItems(text, text.length).map((item) => item.amount)).toEqual([96, 13.5, 48.5, 1000.5]);
  });

  // Rows split anywhere: a one-amount-per-line reader takes a price (4.50) for a row's amount.
  const twoToALine = ['8 CL-1 Clamp 12.00 96.00 3 BX-2 Tool box 4.50', '13.50 50 SC-9 Screws 0.97 48.50 1 DL-4 Drill 1,000.50 1,000.50'];

  it('the rows make the subtotal: no false FAIL', () => {
    expect(decideInvoice(invoice(twoToALine)).decision).toBe('PASS');
  });

  it('near miss: a row whose amount is no product of its price keeps the FAIL', () => {
    const wrong = ['8 CL-1 Clamp 12.00 69.00 3 BX-2 Tool box 4.50', '13.50 50 SC-9 Screws 0.97 48.50 1 DL-4 Drill 1,000.50 1,000.50'];
    expect(decideInvoice(invoice(wrong, '1,131.50', '226.30', '1,357.80')).decision).toBe('FAIL');
  });

  it('near miss: rows that truly fall short of the subtotal keep the FAIL', () => {
    expect(decideInvoice(invoice(twoToALine, '1,258.50', '251.70', '1,510.20')).decision).toBe('FAIL');
  });

  it('near miss: one pair makes no table', () => {
    const text = 'Service 2 40.00 80.00';
    expect(flatProductItems(text, text.length)).toEqual([]);
  });
});
