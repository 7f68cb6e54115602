/**
 * A Dutch lawyer bills with a "Declaratie" and numbers it "Declaratienummer 2026.1184": a fee note as
 * "Ereloonnota" is. Found on hold-out dev26 (a scanned Amsterdam law firm's bill); the texts here are
 * invented. Near misses: "Declaratie" without its number word (an expense claim, a customs declaration)
 * labels no invoice number.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const bill = (numberLine: string) =>
  [
    'Bakker de Wit Advocaten',
    'Keizersgracht 88 · 1015 CS Amsterdam',
    '',
    'Houtzagerij Noordeinde B.V.',
    'Dijkweg 12',
    '1619 BG Andijk',
    '',
    'DECLARATIE',
    numberLine,
    'Factuurdatum       02-03-2026',
    'Vervaldatum        01-04-2026',
    '',
    'Honorarium 4 uur à € 250,00          € 1.000,00',
    'Totaal                               € 1.000,00',
  ].join('\n');

describe('a Dutch "Declaratie" carries the invoice number', () => {
  it.each([
    ['Declaratienummer   2026.0412', '2026.0412'],
    ['Declaratienurnmer   2026.0412', '2026.0412'],
    ['Declaratie nr. BDW-26-77', 'BDW-26-77'],
    ['Declaratie nummer: 26/0412', '26/0412'],
  ])('"%s"', (line, number) => {
    const result = decideInvoice(bill(line));
    expect(result.fields.invoice_number).toBe(number);
    expect(result.decision).toBe('PASS');
  });

  it.each(['Declaratie 2026-0412 reiskosten', 'Declaratie reiskosten 2026.0412', 'Douanedeclaratie 2026.0412'])(
    'near miss: "%s" names no invoice number',
    (line) => {
      expect(decideInvoice(bill(line)).fields.invoice_number).toBeNull();
    },
  );
});
