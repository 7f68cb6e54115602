/**
 * Issue 19, round 19 (part H): invoice numbers. A fee note ("Honorarnote", "Note d'honoraires",
 * "Ereloonnota", "Fee Note") carries the invoice's number as "Invoice" does; a label in a right-hand
 * column reads its value under it, not the left column's postcode. Invented text; near misses must not change.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const feeNote = (title: string) =>
  [
    'Kanzlei Dr. Ottilie Brandstetter',
    'Rechtsanwältin, Domgasse 3, 8010 Graz',
    '',
    'Sägewerk Hollerer GmbH',
    'Waldweg 12, 8160 Weiz',
    '',
    'Graz, am 03.03.2026',
    '',
    title,
    '',
    'Vertretung im Verfahren                     € 800,00',
    '20 % USt                                    € 160,00',
    'Gesamt                                      € 960,00',
    '',
    'Zahlbar bis 17.03.2026',
  ].join('\n');

describe('fee notes carry the invoice number', () => {
  it.each([
    ['HONORARNOTE Nr. 26/0188', '26/0188'],
    ['H O N O R A R N O T E   Nr. BR 2026/0071', 'BR 2026/0071'],
    ['HONORARN0TE Nr. 2026/0412', '2026/0412'],
    ["NOTE D'HONORAIRES n° NB-26-0107", 'NB-26-0107'],
    ["N0TE D'HONORAlRES  n° 2026-0312", '2026-0312'],
    ['Fee Note / Ereloonnota nr. EL/26/0044', 'EL/26/0044'],
    ['FEE N OTE\nNo. FN-26-0815', 'FN-26-0815'],
  ])('"%s"', (title, expected) => {
    expect(decideInvoice(feeNote(title)).fields.invoice_number).toBe(expected);
  });

  it('a fee note named in prose with no number names none', () => {
    const text = feeNote('Wir verweisen auf unsere Honorarnote vom Februar.').replace('Zahlbar', 'Rechnung Nr. RB-2026-09\nZahlbar');
    expect(decideInvoice(text).fields.invoice_number).toBe('RB-2026-09');
  });

  it('"note" alone, or "notes d\'honoraires" prose without a number, names no number', () => {
    expect(decideInvoice(feeNote('NOTE 12')).fields.invoice_number).toBeNull();
    expect(decideInvoice(feeNote("Selon nos notes d'honoraires 2025")).fields.invoice_number).toBeNull();
  });
});

describe('a right-hand column label reads its value under it', () => {
  const header = (value: string) =>
    [
      'Domaine Pellerin SARL                      FACTURE               INVOICE',
      '8 chemin des Vignes                        N° facture            Invoice no.',
      `71000 Mâcon – France                       ${value}`,
      '',
      'Client: Harbour Wines Ltd, 4 Quay St, Bristol',
      'Date: 02/03/2026     Échéance: 01/04/2026',
      '',
      'Mâcon blanc 2024            60 bt x 12,00      720,00',
      'Total TTC                                      720,00 €',
    ].join('\n');

  it('takes the number under the label, not the postcode opening the line', () => {
    expect(decideInvoice(header('DP-26-0117')).fields.invoice_number).toBe('DP-26-0117');
  });

  it('a label opening its line still reads the value on the next line', () => {
    const text = ['Invoice No.', 'AB-2026-77', 'Bill to: Harbour Wines Ltd', 'Date: 02/03/2026', 'Total  720,00 €'].join('\n');
    expect(decideInvoice(text).fields.invoice_number).toBe('AB-2026-77');
  });
});

describe('a right-hand label whose number word opens the next line', () => {
  it('"Rechnung  Invoice" over "Nr. 0771/2026" keeps the number after its number word', () => {
    const text = ['Gerberei Hollwede GmbH', 'Lederweg 4, 32545 Bad Oeynhausen', '', 'Rechnung  Invoice', 'Nr. 0771/2026', '', 'Datum: 02.03.2026', 'Kunde: Harbour Saddlery Ltd', 'Gesamt  1.190,00 €'].join('\n');
    expect(decideInvoice(text).fields.invoice_number).toBe('0771/2026');
  });
});
