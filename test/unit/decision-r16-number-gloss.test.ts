/**
 * Issue 19, round 16: what the rules missed on `dev18` (bilingual near misses, flattened freight
 * invoices). Each case is invented text; each fix has inputs it changes and near misses it must leave alone.
 */
import { scanDocument } from '../../worker/providers/local/entity-scan';

describe('an invoice-number label stacked in two languages over its value', () => {
  const invoice = (header: string[]) =>
    [
      'Tessitura Ombretta Lanzi S.r.l.',
      'Via dei Telai 9, 22100 Como',
      '',
      ...header,
      '',
      'Data fattura / Invoice date: 16/04/2026',
      'Scadenza / Due date: 15/05/2026',
      'Cliente / Customer: Harbury Drapers Ltd',
      '',
      'Seta stampata / Printed silk   30   42,00   1.260,00',
      'Totale fattura / Invoice total: € 1.260,00',
    ].join('\n');

  it('"Fattura" over "Invoice" over the reference', () => {
    expect(scanDocument(invoice(['Fattura', 'Invoice', 'TL-2026-0093'])).invoiceNumbers.map((span) => span.text)).toContain('TL-2026-0093');
  });

  it('"Numero" over "Number" over a reference with its series, under an invoice title', () => {
    expect(scanDocument(invoice(['FATTURA', 'INVOICE', '', 'Numero', 'Number', 'TL 2026/93'])).invoiceNumbers.map((span) => span.text)).toContain('TL 2026/93');
  });

  it('"FATTURA / INVOICE" and the number with its series after a column gap', () => {
    expect(scanDocument(invoice(['FATTURA / INVOICE  TL 2026/93'])).invoiceNumbers.map((span) => span.text)).toContain('TL 2026/93');
  });

  it('near miss: a title over an address names no number', () => {
    expect(scanDocument(invoice(['Fattura', 'Invoice', '12 Via Roma, Como'])).invoiceNumbers).toEqual([]);
  });

  it('near miss: "Numero" over "Number" with no invoice title above names no invoice number', () => {
    const text = ['Ordine / Order', '', 'Numero', 'Number', 'OR-2026-55', '', 'Data / Date: 16/04/2026'].join('\n');
    expect(scanDocument(text).invoiceNumbers).toEqual([]);
  });
});
