/**
 * Correct invoices called FAIL on hold-out dev31 (round 26), by a sum's label read as the wrong figure:
 * the Norwegian and Danish "Sum eks. MVA" (the net, read as the tax for its "MVA") and "TOTAL GST 15%"
 * (the tax's total, read as the invoice's). The texts are invented; the near misses must stay unread.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { scanDocument } from '../../worker/providers/local/entity-scan';

const labelOf = (text: string, figure: string): string | undefined => {
  const start = text.indexOf(figure);
  return scanDocument(text).amounts.find((amount) => amount.start === start)?.label;
};

const norwegian = (netLine: string, payable: string) =>
  [
    'FJORDLYS SNEKKERI AS',
    'Faktura nr. 4410                 Fakturadato: 03.03.2026',
    'Forfallsdato: 17.03.2026         Kunde: Bergstua Kafé AS',
    '',
    'Beskrivelse              Antall      Pris       Beløp',
    'Benk i eik                    2  3 000,00    6 000,00',
    'Montering (timer)             5    800,00    4 000,00',
    '',
    netLine,
    'MVA 25 %:                                2 500,00',
    `Å betale (NOK):                         ${payable}`,
  ].join('\n');

describe('Norwegian and Danish "eks."/"ekskl." before the tax name: the net', () => {
  it.each(['Sum eks. MVA:                           10 000,00', 'Total ekskl. moms:                      10 000,00'])(
    '"%s" is the subtotal, and the invoice adds up: PASS',
    (netLine) => {
      const text = norwegian(netLine, '12 500,00');
      expect(labelOf(text, '10 000,00')).toBe('subtotal');
      expect(decideInvoice(text).decision).toBe('PASS');
    },
  );

  it('a total that is not net plus tax still fails', () => {
    expect(decideInvoice(norwegian('Sum eks. MVA:                           10 000,00', '13 500,00')).decision).toBe('FAIL');
  });

  it('"Sum ekstra arbeid" (extra work) is no net label', () => {
    expect(labelOf('Sum ekstra arbeid      1 200,00', '1 200,00')).not.toBe('subtotal');
  });
});

const gstInvoice = (gstLine: string, totalLine: string) =>
  [
    'Kowhai Joinery Limited',
    'TAX INVOICE',
    'Invoice Number: KJ-2231           Invoice Date: 02/03/2026',
    'Due Date: 20/03/2026              Bill to: Rimu Street Cafe Ltd',
    '',
    'Description              Quantity   Unit Price     Amount NZD',
    'Cedar bench                     2       400.00         800.00',
    'Installation                    1       200.00         200.00',
    '',
    'Subtotal        1,000.00',
    gstLine,
    totalLine,
  ].join('\n');

describe('"TOTAL GST 15%": the tax, not the invoice total', () => {
  it('reads "TOTAL GST 15% 150.00" as the tax and "TOTAL NZD" as the total: PASS', () => {
    const text = gstInvoice('TOTAL GST 15%     150.00', 'TOTAL NZD     1,150.00');
    expect(labelOf(text, '150.00')).toBe('tax');
    const result = decideInvoice(text);
    expect(result.decision).toBe('PASS');
    expect(result.fields.total).toBe(1150);
  });

  it('a total that is not subtotal plus GST still fails', () => {
    expect(decideInvoice(gstInvoice('TOTAL GST 15%     150.00', 'TOTAL NZD     1,200.00')).decision).toBe('FAIL');
  });

  it.each(['Total incl. GST     1,150.00', 'Total     1,150.00', 'Total GSTR filing fee     1,150.00'])('"%s" stays a total', (line) => {
    expect(labelOf(line, '1,150.00')).toBe('total');
  });
});

const peruvian = (baseLabel: string, taxLine: string, total: string) =>
  [
    'TEJIDOS CHAVÍN S.A.C.                  FACTURA ELECTRÓNICA',
    'Factura: F002-00001520                 Fecha de emisión: 16/03/2026',
    'Fecha de vencimiento: 15/04/2026       Señor(es): Andes Knit Co.',
    'Moneda: USD',
    '',
    'Cant. | Descripción          | P. Unit.  | Valor',
    '   10 | Chal de alpaca       | US$ 40.00 | US$ 400.00',
    '    5 | Gorro tejido         | US$ 20.00 | US$ 100.00',
    '',
    `${baseLabel}                 US$ 500.00`,
    taxLine,
    `Importe total:           US$ ${total}`,
  ].join('\n');

describe('Peru\'s "Op. gravada"/"Op. exportación" and "IGV": the net and the tax', () => {
  it.each([
    ['Op. exportación:', 'IGV 0 %:                 US$ 0.00', '500.00'],
    ['Op. gravada:', 'IGV 18 %:                US$ 90.00', '590.00'],
  ])('"%s" is the subtotal and "%s" the tax: PASS', (baseLabel, taxLine, total) => {
    const text = peruvian(baseLabel, taxLine, total);
    expect(labelOf(text, 'US$ 500.00\nIGV')).toBe('subtotal');
    expect(decideInvoice(text).decision).toBe('PASS');
  });

  it('a total that is not base plus IGV still fails', () => {
    expect(decideInvoice(peruvian('Op. gravada:', 'IGV 18 %:                US$ 90.00', '600.00')).decision).toBe('FAIL');
  });

  it.each(['Flete de exportación      US$ 80.00', 'IGVS Logística      US$ 80.00'])('"%s" is neither net nor tax', (line) => {
    expect(['subtotal', 'tax']).not.toContain(labelOf(line, 'US$ 80.00'));
  });
});
