/**
 * Issue 19, round 19 (part H): currencies named by money headings. "INVOICE TOTAL GBP" and the Danish
 * "I alt DKK" head money columns; "Total NZD   $920.00" says whose dollars a bare "$" is.
 * Invented text; near misses must not change.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { headingCurrency, headingDollar } from '../../worker/decisions/invoice-currency-heading';

describe('money headings name the currency', () => {
  it('"INVOICE TOTAL GBP" heads the total column', () => {
    expect(headingCurrency('NET TOTAL      VAT @ 20%      INVOICE TOTAL GBP\n1,000.00       200.00         1,200.00')).toBe('GBP');
  });

  it('the Danish "I alt DKK" and "Beløb DKK" do too', () => {
    expect(headingCurrency('Netto   Moms 25%   I alt DKK\n100,00   25,00   125,00')).toBe('DKK');
    expect(headingCurrency('Ydelse   Antal   Beløb DKK\nLager   2   300,00')).toBe('DKK');
  });

  it('a code after a word in prose is no heading', () => {
    expect(headingCurrency('We invoice GBP amounts monthly.')).toBeNull();
    expect(headingCurrency('Paid in full via GBP transfer')).toBeNull();
  });
});

describe('a money heading says whose dollars a bare "$" is', () => {
  const invoice = (totalLine: string) =>
    [
      'Kowhai Valuers Ltd',
      'PO Box 12, Napier 4140 · GST 111-222-333',
      '',
      'TAX INVOICE  KV-26-044',
      'Date: 03/03/2026',
      'Bill to: Tui Orchard Ltd, 4 Main Rd, Hastings',
      '',
      'Valuation fee                    $400.00',
      'GST 15%                          $60.00',
      totalLine,
      '',
      'Due 02/04/2026',
    ].join('\n');

  it('"Total NZD   $460.00" makes the bare dollars New Zealand dollars', () => {
    expect(headingDollar('Total NZD      $460.00')).toBe('NZD');
    expect(decideInvoice(invoice('Total NZD                        $460.00')).fields.currency).toBe('NZD');
  });

  it('with no such heading a bare "$" stays US dollars', () => {
    expect(decideInvoice(invoice('Total                            $460.00')).fields.currency).toBe('USD');
  });

  it('a heading naming a currency with no "$" of its own changes nothing', () => {
    expect(headingDollar('Amount EUR      $460.00')).toBeNull();
    expect(headingDollar('Total NZD      460.00')).toBeNull();
  });
});
