/**
 * A header row flattened to single blanks: the invoice number stands straight before the first date
 * of the row under "Invoice No. Invoice Date", not under the heading's column (where the sender's
 * postcode stands). Invented text; near misses keep a spaced table and a row with no number.
 */
import { extractEntities } from '../../worker/providers/local/entities';

describe('flattened header row: number before the first date', () => {
  it.each([
    [['Harbour Lane Joinery Ltd INVOICE', '14 Mill Street Invoice No. Invoice Date Account', 'Leeds LS2 7QT HLJ-55021 12/03/2026 ACC7', 'Bill To: Moor Builders Ltd'], 'HLJ-55021'],
    [['Tischlerei Obermayr GmbH RECHNUNG', 'Lindenweg 3 Rechnung Nr. Datum Kunden-Nr.', '6020 Innsbruck TO-2026-88 04.05.2026 3301'], 'TO-2026-88'],
    [['Vrachtbedrijf Dekker B.V. FACTUUR', 'Havenweg 9 Factuurnummer Factuurdatum Vervaldatum', '3011 AB Rotterdam VD26-771 02-06-2026 02-07-2026'], 'VD26-771'],
  ])('reads %#', (lines, expected) => {
    expect(extractEntities(lines.join('\n')).invoiceNumbers).toContain(expected);
    expect(extractEntities(lines.join('\n')).invoiceNumbers).toHaveLength(1);
  });

  it('keeps a spaced table read by its column', () => {
    const text = ['INVOICE', 'Invoice No.     Invoice Date', 'KX-4410          2026-03-04'].join('\n');
    expect(extractEntities(text).invoiceNumbers).toEqual(['KX-4410']);
  });

  it('reads no postcode when the row has no number before its date', () => {
    const text = ['Harbour Lane Joinery Ltd INVOICE', '14 Mill Street Invoice No. Invoice Date', 'Leeds 12/03/2026'].join('\n');
    expect(extractEntities(text).invoiceNumbers).not.toContain('14');
    expect(extractEntities(text).invoiceNumbers).not.toContain('Leeds');
  });
});
