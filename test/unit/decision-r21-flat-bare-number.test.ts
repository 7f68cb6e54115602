/**
 * Round 21 (part L): a bare number heading ("N°", "Nummer / Number") one blank before a date heading, in a
 * header row flattened to single blanks under an invoice title: the number is the token before the first
 * date of the row below. Invented text; near misses (no invoice title, no date heading) read none.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const invoice = (title: string, heading: string, row: string) =>
  [title, `Noorderweg 4 ${heading}`, row, 'Klant / Customer: Brouwer Tegels BV', 'Inklaring 1 120,00 120,00', 'Totaal 120,00 EUR'].join('\n');

describe('a bare number heading before a date heading, flattened', () => {
  it('"Nummer / Number Datum / Date" under "FACTUUR / INVOICE"', () => {
    const text = invoice('Havenkant Expeditie BV FACTUUR / INVOICE Klant / Customer', 'Nummer / Number Datum / Date', '2030 Antwerpen HK/26/0448 05/05/2026 Vervaldag 04/06/2026');
    expect(decideInvoice(text).fields.invoice_number).toBe('HK/26/0448');
  });

  it('"N° Date" under "FACTURE"', () => {
    expect(decideInvoice(invoice('Havenkant Expeditie BV FACTURE', 'N° Date', '69004 Lyon FA-2026-0099 20/03/2026')).fields.invoice_number).toBe('FA-2026-0099');
  });

  it('near miss: a document titled otherwise', () => {
    expect(decideInvoice(invoice('Havenkant Expeditie BV PAKBON', 'N° Date', '69004 Lyon FA-2026-0099 20/03/2026')).fields.invoice_number).toBeNull();
  });

  it('near miss: the number word of another heading ("Job No. Due Date")', () => {
    expect(decideInvoice(invoice('Havenkant Expeditie BV FACTURE', 'Job No. Due Date', '69004 Lyon JB-2026-0099 20/03/2026')).fields.invoice_number).toBeNull();
  });

  it('near miss: no date heading after the number heading', () => {
    expect(decideInvoice(invoice('Havenkant Expeditie BV FACTURE', 'N° Client', '69004 Lyon FA-2026-0099 20/03/2026')).fields.invoice_number).toBeNull();
  });
});
