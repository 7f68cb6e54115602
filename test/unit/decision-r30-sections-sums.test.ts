/**
 * Sums across pages and rate summaries read into false FAILs on hold-out dev39 (round 30): a page's total
 * carried to the next page ("Übertrag", "Report") read as one more row, a VAT summary's rows (rate, base,
 * tax, gross) read as subtotals, taxes and totals, a returnable deposit's table row read as a payment, and
 * the Danish net "Beløb ekskl. moms" read as a tax. The texts are invented; each rule has a near miss, a
 * true contradiction of the same kind, that must stay FAIL.
 */
import { amountLabelAt, decideLines } from '../helpers/decision-lines';

const reasons = (lines: string[]) => decideLines(lines).reasons.join(' | ');

describe('a page total carried to the next page', () => {
  const invoice = (carried: string, pageTotal = 'Zwischensumme Seite 1                 2.180,00') => [
    'Metallbau Kessler GmbH                 RECHNUNG',
    'Gewerbering 4, 73430 Aalen             Rechnungs-Nr.: MK-2606-071',
    '                                       Datum: 03.06.2026',
    'Autohaus Brenz KG                      Fällig: 03.07.2026',
    'Ulmer Straße 80, 89522 Heidenheim',
    '',
    'Pos. Bezeichnung             Menge   E-Preis   Betrag €',
    '1  Geländer Stahl (lfm)      14      95,00     1.330,00',
    '2  Handlauf Edelstahl (lfm)  10      85,00     850,00',
    pageTotal,
    '',
    '- Seite 2 -',
    carried,
    '3  Montage (Std.)            6       70,00     420,00',
    '4  Anfahrt                   1       50,00     50,00',
    '',
    'Nettobetrag                           2.650,00',
    'zzgl. 19 % USt.                       503,50',
    'Rechnungsbetrag EUR                   3.153,50',
  ];

  it('a carried figure the page total equals is no row (German "Übertrag")', () => {
    expect(decideLines(invoice('Übertrag                              2.180,00')).decision).toBe('PASS');
  });

  it('so in French, the page marked only by its heading ("Report :")', () => {
    const lines = invoice('Report : 2 180,00 €', 'Total page 1 : 2 180,00 €').map((line) => line.replace(/(\d)\.(\d{3},)/gu, '$1 $2'));
    expect(decideLines(lines).decision).toBe('PASS');
  });

  it('near miss: a figure carried 100.00 higher than the page total is a contradiction', () => {
    const lines = invoice('Übertrag                              2.280,00');
    expect(decideLines(lines).decision).toBe('FAIL');
    expect(reasons(lines)).toContain('carried forward, 2280.00, is not the page total 2180.00');
  });

  it('near miss: without a page between them, "Transport" is an item of its own', () => {
    const lines = invoice('Transport                             2.180,00', 'Zwischensumme                         2.180,00').filter((line) => !line.includes('Seite 2'));
    expect(decideLines(lines).decision).toBe('FAIL');
  });
});

describe('a VAT summary by rate under the items', () => {
  const invoice = (rows: string[], net = ['Imponibile / Net: € 1.500,00']) => [
    'Caseificio Val di Non S.r.l. · Via Roma 3, 38013 Fondo (TN)',
    '',
    'FATTURA / INVOICE N. 212/2026',
    'Data / Date: 04/06/2026',
    'Scadenza / Due date: 04/07/2026',
    'Cliente / Customer: Albergo Lago Smeraldo S.r.l.',
    '',
    'Descrizione / Description | Q.tà / Qty | Prezzo / Price | IVA / VAT | Importo / Amount',
    'Formaggio stagionato (kg) | 50 | 20,00 | 4% | 1.000,00',
    'Cassette in legno / crates | 20 | 25,00 | 22% | 500,00',
    '',
    ...net,
    ...rows,
  ];
  const summary = ['Riepilogo IVA / VAT summary', 'Aliquota / Rate | Imponibile / Base | Imposta / Tax', '4% | 1.000,00 | 40,00', '22% | 500,00 | 110,00', 'Totale fattura / Invoice total: € 1.650,00 (EUR)'];

  it("each rate's tax on its own base, the taxes together making the total", () => {
    expect(decideLines(invoice(summary)).decision).toBe('PASS');
  });

  it('with a gross column and a totals row, and no net stated apart', () => {
    const rows = ['Rate | Net | VAT | Gross', '4% | 1.000,00 | 40,00 | 1.040,00', '22% | 500,00 | 110,00 | 610,00', 'Total | 1.500,00 | 150,00 | 1.650,00', '', 'Amount due: € 1.650,00 (EUR)'];
    expect(decideLines(invoice(rows, [])).decision).toBe('PASS');
  });

  it('near miss: a wrong tax at one rate is a contradiction, though the total carries it', () => {
    const rows = [...summary.slice(0, 2), '4% | 1.000,00 | 50,00', '22% | 500,00 | 110,00', 'Totale fattura / Invoice total: € 1.660,00 (EUR)'];
    expect(decideLines(invoice(rows)).decision).toBe('FAIL');
    expect(reasons(invoice(rows))).toContain('tax at the stated 4% of 1000.00 is 40.00, not 50.00');
  });

  it("near miss: a totals row the rows do not make is a contradiction", () => {
    const rows = ['Rate | Net | VAT | Gross', '4% | 1.000,00 | 40,00 | 1.040,00', '22% | 500,00 | 110,00 | 610,00', 'Total | 1.500,00 | 150,00 | 1.750,00', '', 'Amount due: € 1.750,00 (EUR)'];
    expect(decideLines(invoice(rows, [])).decision).toBe('FAIL');
  });
});

describe("a returnable deposit's row in a table with a quantity cell", () => {
  const row = 'Skrzynki zwrotne / returnable crate deposit | 10 | 15,00 | np. | 150,00';

  it('its price is an item\'s, not a payment', () => {
    expect(amountLabelAt(row, '15,00')).not.toBe('paid');
  });

  it('near miss: a deposit received on a date stays a payment', () => {
    expect(amountLabelAt('Deposit received | 15.03.2026 | 500,00', '500,00')).toBe('paid');
  });
});

describe('the Danish net "Beløb ekskl. moms"', () => {
  it('is the net, not the tax', () => {
    expect(amountLabelAt('Beløb ekskl. moms: kr. 12.400,00', 'kr. 12.400,00')).toBe('subtotal');
  });

  it('near miss: "Beløb ekstra" is no net', () => {
    expect(amountLabelAt('Beløb ekstra arbejde: kr. 400,00', 'kr. 400,00')).not.toBe('subtotal');
  });
});
