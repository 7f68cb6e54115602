/**
 * Issue 19, round 18 (part D): invoice numbers in flattened column headers and bilingual titles.
 * Invented text; each fix has inputs it changes and near misses it must leave alone.
 */
import { scanDocument } from '../../worker/providers/local/entity-scan';

const numbers = (lines: string[]) => scanDocument(lines.join('\n')).invoiceNumbers.map((span) => span.text);
const body = ['', 'Description                 Qty   Rate     Amount', 'Pallet storage, week 12      4   12.50    50.00', '', 'Total  60.00 GBP'];

describe('a "No." under a title in a right-hand column', () => {
  it('"SALES INVOICE" titles the document, so "No." beside it names its number', () => {
    expect(numbers(['Ashby Haulage Ltd                   SALES INVOICE', 'Canal Wharf, Leek ST13 5QP          No.      AHL-5521', 'Leek                                Date     02/04/2026', ...body])).toEqual(['AHL-5521']);
  });

  it('a glossed title after the sender, "FACTURA / INVOICE", then "Nº / No."', () => {
    expect(numbers(['Quesos Ribera S.L.                 FACTURA / INVOICE', 'Calle Mayor 4, 47001 Valladolid     Nº / No.  Q-26/118', ...body])).toEqual(['Q-26/118']);
  });

  it('near miss: "No." with no invoice title anywhere is no invoice number', () => {
    expect(numbers(['Ashby Haulage Ltd                   SALES LEDGER', 'Canal Wharf, Leek ST13 5QP          No.      AHL-5521', ...body])).toEqual([]);
  });
});

describe('an "Invoice" heading a right-hand column over its number', () => {
  it('the number in the same column on the next line', () => {
    expect(
      numbers(['Kestrel Print Buying Ltd        Client                       Invoice', '9 Quay Street, Cork             Burren Cheese Makers Ltd     KPB-2026-0091', ...body]),
    ).toEqual(['KPB-2026-0091']);
  });

  it('near miss: a title over an address line names no number', () => {
    expect(numbers(['Kestrel Print Buying Ltd                   Invoice', '9 Quay Street, Cork                        Unit 4', ...body])).toEqual([]);
  });

  it('near miss: a value far left of the heading is not under it', () => {
    expect(numbers(['Kestrel Print Buying Ltd                                  Invoice', 'KPB-2026-0091  Cork         Burren Cheese Makers Ltd', ...body])).toEqual([]);
  });

  it('near miss: a labelled number wins over the column', () => {
    expect(numbers(['Kestrel Print Buying Ltd        Client           Invoice', '9 Quay Street, Cork             Burren Ltd       PO-2026-0091', 'Invoice No: KPB-77', ...body])).toEqual(['KPB-77']);
  });
});
