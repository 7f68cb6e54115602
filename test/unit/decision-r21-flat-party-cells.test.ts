/**
 * A customer's column in a header flattened with single blanks: the heading closes its line (or
 * stands before the title's column or another column's heading) and the name is the cell of the line
 * below cut where the invoice's field headings, a figure or a separator end the other columns. Invented texts; near
 * misses have no name closing the line, a lone town, a colon, a heading opening its line, a
 * street's words or no figure before the name under a heading followed by another column's.
 */
import { findParties } from '../../worker/providers/local/entity-parties';
import { flatColumnCustomer } from '../../worker/providers/local/entity-party-flat-cells';
import { foldText } from '../../worker/providers/local/entity-ocr';

function customers(lines: string[]): string[] {
  return findParties(lines.join('\n')).filter((party) => party.role === 'customer').map((party) => party.name);
}

function flat(lines: string[]): string[] {
  const text = lines.join('\n');
  return flatColumnCustomer(text, foldText(text)).map((party) => party.name);
}

describe('flattened header: the customer column read by its cells', () => {
  it.each([
    [['Tarnwick Haulage Ltd INVOICE INVOICE TO', 'Unit 4, Gorse Lane Invoice No Invoice Date Pellow & Dunne Ltd', 'Truro TR1 2AB TH-4471 02/03/2026 Accounts'], 'Pellow & Dunne Ltd'],
    [['Brenner Transporte GmbH RECHNUNG Rechnungsempfänger', 'Am Kanal 8 Rechnungsnummer Leistungsdatum Steinwald Möbelbau GmbH', '90402 Nürnberg BT-2211 04.05.2026 Lagerstraße 2'], 'Steinwald Möbelbau GmbH'],
    [['Kustvaart Rijnmond B.V. FACTUUR Debiteur / Klant', 'Kade 12 Factuurnr. Factuurdatum Bloemhof Kwekerijen B.V.', '3011 AB Rotterdam 26-0091 01-06-2026 Dorpsweg 4'], 'Bloemhof Kwekerijen B.V.'],
    [['Greyfield Shipping, Inc. BILL TO INVOICE', '400 Pier Avenue, Suite 12 Osprey Garden Supply Co. Invoice # Date', 'Tacoma, WA 98402 88-1102 03/11/2026'], 'Osprey Garden Supply Co.'],
    [['Atelier Grenadine SARL au capital de 5 000 € Client', 'SIRET 411 228 903 00017 Fondation Lumière Verte', '12 rue des Arts, 69001 Lyon'], 'Fondation Lumière Verte'],
    // Another column's heading after the customer's: the first company after a figure, up to its legal form.
    [['Coastline Reefer Ltd. INVOICE', '12 Dock Rd Invoice No. Date', 'GST Reg. 8811 RT0001 Bill To Lot / Season', '604-555-0199 Harrow Creek Farms Inc. HCF-2026-A'], 'Harrow Creek Farms Inc.'],
    [['Malacca Strait Lines Pte. Ltd. INVOICE', 'GST No. 2019K Bill To Shipper', 'UEN 2019K Selangor Cane Works Sdn. Bhd. Selangor Cane Works Sdn. Bhd.'], 'Selangor Cane Works Sdn. Bhd.'],
  ])('reads %#', (lines, expected) => {
    expect(customers(lines)).toEqual([expected]);
  });

  it.each([
    // The line below ends in the invoice's date: no name closes it.
    [['Tarnwick Haulage Ltd INVOICE INVOICE TO', 'Unit 4, Gorse Lane Invoice No Invoice Date 02/03/2026']],
    // A town alone after a postcode, in a line with column gaps.
    [['Pennard Law LLP', 'Partner — Private Client', '2 Bridge St, Ludlow SY8 1AB     DX 4410 Ludlow']],
    // A heading with a colon: the labelled reader's, not this one's.
    [['Tarnwick Haulage Ltd INVOICE Bill To:', 'Unit 4, Gorse Lane Invoice No Pellow & Dunne Ltd']],
    // A heading opening its line heads the first column.
    [['INVOICE TO', 'Unit 4, Gorse Lane Invoice No Pellow & Dunne Ltd']],
    // Another column's heading after the customer's, a street's words glued before the name.
    [['Tarnwick Haulage Ltd BILL TO SHIP TO', '4 Gorse Lane Pellow & Dunne Ltd Kestle Farm Stores Ltd']],
    // Another column's heading after the customer's, no figure parting the sender's column from the name.
    [['BTW BE 0448.921.307 Customer Your reference', 'RPR Gent Brouwerij Het Anker BV KR-0934']],
    // Another column's heading with a figure in it is a field's value, not a heading.
    [['Tarnwick Haulage Ltd Bill To Account 4471', '4 Gorse Lane Pellow & Dunne Ltd']],
  ])('reads nothing in near miss %#', (lines) => {
    expect(flat(lines)).toEqual([]);
  });
});
