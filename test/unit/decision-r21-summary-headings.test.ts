/**
 * Round 21 (part L): summary heading rows flattened to single blanks. A bilingual heading glossed with a
 * slash ("BTW 21% / VAT 21%", "Totaal / Total") is one column, not two; Dutch "Maatstaf" heads the
 * taxable base; the tax after "(ex" qualifies the heading before it ("Subtotal (ex GST)"). Invented text.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const dutch = (heading: string, values: string) =>
  [
    'Havenkant Expeditie BV FACTUUR / INVOICE',
    'Factuurnr. / Invoice No. HK-2207',
    'Datum / Date 03/03/2026 Vervaldatum / Due 02/04/2026',
    'Klant / Customer: Brouwer Tegels BV',
    'Omschrijving / Description Aantal Prijs Bedrag',
    'Inklaring 1 120,00 120,00',
    'Transport 2 90,00 180,00',
    heading,
    values,
  ].join('\n');

const australian = (heading: string) =>
  [
    'Wattle Hire Pty Ltd TAX INVOICE',
    'Invoice No. WH-3318 Date 02/02/2026 Due Date 04/03/2026',
    'Bill to: Banksia Fitouts Pty Ltd',
    'Item Qty Rate Amount',
    'Boom lift 2 500.00 1,000.00',
    heading,
    '$1,000.00 $100.00 $1,100.00',
  ].join('\n');

describe('glossed summary headings', () => {
  it('"Maatstaf / Taxable  BTW 21% / VAT 21%  Totaal / Total" heads three figures', () => {
    expect(decideInvoice(dutch('Maatstaf / Taxable BTW 21% / VAT 21% Totaal / Total EUR', '300,00 63,00 363,00')).fields.total).toBe(363);
  });

  it('"Totaal excl. btw / Net" is one column', () => {
    expect(decideInvoice(dutch('Totaal excl. btw / Net BTW / VAT 21% Totaal / Total', '€ 300,00 € 63,00 € 363,00')).fields.total).toBe(363);
  });

  it('the glossed total still shows an error in the sum', () => {
    expect(decideInvoice(dutch('Maatstaf / Taxable BTW 21% / VAT 21% Totaal / Total EUR', '300,00 63,00 373,00')).decision).toBe('FAIL');
  });

  it('near miss: three kinds parted by slashes stay three columns', () => {
    expect(decideInvoice(dutch('Net / VAT / Total', '€ 300,00 € 63,00 € 363,00')).fields.total).toBe(363);
  });
});

describe('"(ex GST)" qualifies the heading before it', () => {
  it('"Subtotal (ex GST) GST Total (inc GST)" heads three figures', () => {
    expect(decideInvoice(australian('Subtotal (ex GST) GST Total (inc GST)')).fields.total).toBe(1100);
  });

  it('near miss: "Subtotal GST Total" has its GST column too', () => {
    expect(decideInvoice(australian('Subtotal GST Total')).fields.total).toBe(1100);
  });
});
