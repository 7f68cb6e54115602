/**
 * Issue 19, round 16: what the rules missed on `dev18` (bilingual near misses, flattened freight
 * invoices). Each case is invented text; each fix has inputs it changes and near misses it must leave alone.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { scanDocument } from '../../worker/providers/local/entity-scan';

describe('a returnable deposit charged per unit on an item row', () => {
  const invoice = (crateLine: string) =>
    [
      'Brouwerij De Kromme Sluis B.V.',
      'Invoice no.: KS-4410',
      'Invoice date: 16 June 2026',
      'Due date: 30 June 2026',
      'Customer: Café Het Anker',
      '',
      'Blond 30 l keg   4 x € 92,00   € 368,00',
      crateLine,
      '',
      'Total excl. VAT   € 428,00',
      'VAT 0%   € 0,00',
      'Amount due   € 428,00',
    ].join('\n');

  it('"keg deposit 2 x € 30,00  € 60,00" is an item, not a payment', () => {
    const doc = scanDocument(invoice('Fust / Keg (statiegeld / deposit)   2 x € 30,00   € 60,00'));
    expect(doc.lineItems.map((item) => item.amount)).toEqual([368, 60]);
    expect(decideInvoice(invoice('Fust / Keg (statiegeld / deposit)   2 x € 30,00   € 60,00')).decision).toBe('PASS');
  });

  it('near miss: "Less deposit € 60,00" stays a payment', () => {
    const doc = scanDocument(invoice('Less deposit   € 60,00'));
    expect(doc.amounts.find((amount) => amount.value === 60)?.label).toBe('paid');
  });
});
