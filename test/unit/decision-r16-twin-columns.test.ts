/**
 * Issue 19, round 16: what the rules missed on `dev18` (bilingual near misses, flattened freight
 * invoices). Each case is invented text; each fix has inputs it changes and near misses it must leave alone.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

describe('a bilingual invoice in two language columns repeats each figure once per column', () => {
  const invoice = (taxLine: string) =>
    [
      'Drukkerij Haverkamp B.V. · Kanaalweg 7 · 7511 AB Enschede',
      '',
      'FACTUUR                                 INVOICE',
      'Factuurnr.: HV-2026-071                 Invoice no.: HV-2026-071',
      'Datum: 14-05-2026                       Date: 14-05-2026',
      'Vervaldatum: 13-06-2026                 Due date: 13-06-2026',
      'Klant: Boekhandel Oosterveld B.V.       Customer: Boekhandel Oosterveld B.V.',
      '',
      'Folders A5 / A5 leaflets   5000   0,12   600,00',
      'Posters A2 / A2 posters   40   5,00   200,00',
      '',
      'Subtotaal: € 800,00                     Subtotal: € 800,00',
      taxLine,
      'Totaal: € 968,00                        Total: € 968,00',
    ].join('\n');

  it('the tax repeated in the English column is not added twice', () => {
    expect(decideInvoice(invoice('BTW 21%: € 168,00                       VAT 21%: € 168,00')).decision).toBe('PASS');
  });

  it('near miss: two different taxes on one line are both added (and then disagree)', () => {
    expect(decideInvoice(invoice('BTW 21%: € 168,00                       VAT 21%: € 186,00')).decision).toBe('FAIL');
  });

  it('read with its column gaps collapsed to one blank, the twins are still one figure each', () => {
    expect(decideInvoice(invoice('BTW 21%: € 168,00                       VAT 21%: € 168,00').replace(/ {2,}/g, ' ')).decision).toBe('PASS');
  });

  it('near miss: two taxes of the same amount on one line, nothing else repeated, are both added', () => {
    const text = [
      'Harbourline Print Ltd, 4 Quay St, Halifax NS',
      'Invoice no.: HP-7781',
      'Invoice date: May 14, 2026',
      'Due date: June 13, 2026',
      'Bill to: Fundy Outfitters Inc.',
      '',
      'Banner printing   2   500.00   1,000.00',
      'Subtotal: 1,000.00',
      'GST 5%: 50.00          PST 5%: 50.00',
      'Total: 1,100.00',
    ].join('\n');
    expect(decideInvoice(text).decision).toBe('PASS');
  });

  it('near miss: the same tax on two lines of its own counts twice', () => {
    expect(decideInvoice(invoice('BTW 21%: € 168,00\nVAT 21%: € 168,00')).decision).toBe('FAIL');
  });
});
