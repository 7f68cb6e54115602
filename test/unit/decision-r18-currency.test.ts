/**
 * Issue 19, round 18 (part D): currencies. A code glued to an account number is no currency; a money
 * column's heading names the currency of the bare figures under it. Invented text; near misses must not change.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { headingCurrency } from '../../worker/decisions/invoice-currency-heading';
import { findAmounts } from '../../worker/providers/local/entity-amounts';

const invoice = (header: string, rows: string[], totals: string[]) =>
  [
    'Fenwick Cold Store Ltd                    INVOICE',
    '4 Dock Road, Hull HU9 1TS                 Invoice No.   FCS-26-0311',
    '                                          Date          02/03/2026',
    'Bill To: Marlow Fish Merchants Ltd        Due           01/04/2026',
    '',
    header,
    ...rows,
    '',
    ...totals,
  ].join('\n');

describe('a currency code glued to an account number', () => {
  it('"Account: PEN001" is no amount in Peruvian sol', () => {
    expect(findAmounts('Account: PEN001', [])).toEqual([]);
    const text = invoice('Description      Qty   Rate     Amount GBP', ['Chilled storage   2   150.00   300.00'], ['Account: PEN001', 'Net 300.00   VAT 20% 60.00   TOTAL GBP 360.00']);
    expect(decideInvoice(text).fields.currency).toBe('GBP');
  });

  it('"Ref. CHF12B" (a code going on after its digits) is no amount', () => {
    expect(findAmounts('Ref. CHF12B', [])).toEqual([]);
  });

  it('near miss: a code glued to a figure with decimals is still money', () => {
    expect(findAmounts('Total USD1,200.00', []).map((amount) => [amount.value, amount.currency])).toEqual([[1200, 'USD']]);
  });

  it('near miss: a code and a whole number apart is still money', () => {
    expect(findAmounts('Deposit EUR 100', []).map((amount) => [amount.value, amount.currency])).toEqual([[100, 'EUR']]);
  });
});

describe('a currency in a money column heading', () => {
  it('"Rate GBP   Charge GBP" over bare figures', () => {
    const text = invoice('Worker            Hours   Rate GBP   Charge GBP', ['Driver, std hours   10   15.00   150.00'], ['Subtotal 150.00   VAT @ 20% 30.00   Total 180.00']);
    expect(decideInvoice(text).fields.currency).toBe('GBP');
  });

  it('a glossed heading with a symbol: "Prezzo €/Price €   Importo €/Amount €"', () => {
    expect(headingCurrency('Articolo / Item        Qty   Prezzo €/Price €   Importo €/Amount €')).toBe('EUR');
  });

  it('near miss: a code in prose after a money word is no heading', () => {
    expect(headingCurrency('The fee GBP was agreed on the phone and will be confirmed.')).toBeNull();
  });

  it('near miss: headings naming two currencies say none', () => {
    expect(headingCurrency('Item     Price EUR     Amount USD')).toBeNull();
  });

  it('near miss: a declared currency and currencies on amounts still come first', () => {
    const text = invoice('Item            Qty   Price EUR   Amount EUR', ['Ice, crushed   2   10.00   20.00'], ['Total due: USD 20.00']);
    expect(decideInvoice(text).fields.currency).toBe('USD');
  });
});

describe('a currency code opening the next line', () => {
  it('"1,320.00" over "CAD drawings" is no Canadian amount', () => {
    const amounts = findAmounts('Measured survey, 3 floors        1,320.00\nCAD drawings, 6 sheets             480.00', []);
    expect(amounts.map((amount) => [amount.value, amount.currency])).toEqual([
      [1320, null],
      [480, null],
    ]);
  });

  it('a figures-then-label total with "Total GBP" after it gives the invoice GBP', () => {
    const text = invoice('Description                                Amount', ['Survey, level 2        1,000.00', 'CAD drawings, 6 sheets   200.00'], ['   1,200.00    Net', '     240.00    VAT @ 20%', '   1,440.00    Total GBP']);
    expect(decideInvoice(text).fields.currency).toBe('GBP');
  });

  it('near miss: a code after the figure on the same line is still its currency', () => {
    expect(findAmounts('Total due   1,320.00 CAD', []).map((amount) => [amount.value, amount.currency])).toEqual([[1320, 'CAD']]);
  });
});

describe('a bracketed currency with a note after it', () => {
  const bill = (label: string) =>
    ['Kowhai Water Ltd', 'Tax invoice no.   KW-55120', 'Account holder    Harbourside Bowls Club', 'Pay by            26 March 2026', '', 'Water, 40 m3 @ $2.00     $80.00', 'GST 15%                   $12.00', `${label}   $92.00`].join('\n');

  it('"Amount payable (NZD, incl. GST)" makes the bare dollars New Zealand dollars', () => {
    expect(decideInvoice(bill('Amount payable (NZD, incl. GST)')).fields.currency).toBe('NZD');
  });

  it('near miss: "Amount payable (incl. GST)" names no code, so a bare "$" stays US dollars', () => {
    expect(decideInvoice(bill('Amount payable (incl. GST)')).fields.currency).toBe('USD');
  });
});
