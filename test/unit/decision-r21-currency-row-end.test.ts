/**
 * Round 21 (part L): a currency code closing a heading row flattened to single spaces ("Net Tax 8%
 * Total NOK", "Menge Preis Betrag CHF") names the currency of the bare figures below it.
 * Invented text; near misses must not read a currency.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { rowEndCurrency } from '../../worker/decisions/invoice-currency-row-end';

describe('a code closing a flattened heading row', () => {
  it('reads the code after the last money word, with figures on the next line', () => {
    expect(rowEndCurrency('Net Tax 8% Total NOK\n4,000.00 320.00 4,320.00')).toBe('NOK');
    expect(rowEndCurrency('Pos. Artikel Menge Preis Betrag CHF\nSchrauben 10 2,00 20,00')).toBe('CHF');
    expect(rowEndCurrency('Omschrijving Aantal Prijs Totaal SEK\nHuur 2 150,00 300,00')).toBe('SEK');
  });

  it('near misses: no figure below, lower case, no money word, or two codes', () => {
    expect(rowEndCurrency('Net Tax 8% Total NOK\nPayable within 30 days')).toBeNull();
    expect(rowEndCurrency('Net Tax 8% Total NOK')).toBeNull();
    expect(rowEndCurrency('we settle the total nok\n4,000.00')).toBeNull();
    expect(rowEndCurrency('Shipped from Oslo via NOK\n4,000.00')).toBeNull();
    expect(rowEndCurrency('Amount NOK\n1,000.00\nAmount SEK\n900.00')).toBeNull();
  });

  it('gives an invoice with bare figures its currency', () => {
    const text = [
      'Fjellvik Logistikk AS INVOICE Bill to',
      'Invoice No. Date Bergstrand Bakeri AS',
      'FL-2207 03.02.2026 Storgata 4',
      'Due date 05.03.2026',
      'Description Qty Price Amount',
      'Storage 2 1,000.00 2,000.00',
      'Handling 4 500.00 2,000.00',
      'Net VAT 25% Total NOK',
      '4,000.00 1,000.00 5,000.00',
    ].join('\n');
    expect(decideInvoice(text).fields.currency).toBe('NOK');
    expect(decideInvoice(text.replace(' NOK', '')).fields.currency).toBeNull();
  });
});
