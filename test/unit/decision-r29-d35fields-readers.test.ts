/**
 * Figures, numbers and dates missed on hold-out dev35 (round 29): a total in words in pesos, an item row whose
 * description holds a sum's word with its count after it, a sum's label glossed after a slash, Uruguay's
 * pesos written "$", a series and a number in two header cells, Catalan and more Spanish labels, Chile's
 * "Folio N°", a scan's "0ur Ref:", "Doc. No." and Quebec's "No de document", days listed with "and", and a
 * mail's "our invoice, issued today". The texts are invented; each rule has a near miss that must stay unread.
 */
import { amountLabelAt, currencyOf, decideLines, fieldsOf } from '../helpers/decision-lines';

describe('a total in words in pesos is checked against the figure', () => {
  const invoice = (words: string) => [
    'VISAYAS COCO CRAFTS INC.',
    'SALES INVOICE  No. 0007712',
    'Date: 03/02/2026   Due: 03/04/2026',
    'Sold to: Harbor Gifts Trading Corp., Cebu City',
    '',
    'Coconut bowls      100 @ 120.00   12,000.00',
    'VATable Sales ₱12,000.00',
    'VAT 12% ₱1,440.00',
    'TOTAL AMOUNT DUE (PHP) ₱13,440.00',
    `AMOUNT IN WORDS: ${words}`,
  ];

  it('words a thousand pesos apart from the figure make a FAIL', () => {
    const decision = decideLines(invoice('FOURTEEN THOUSAND FOUR HUNDRED FORTY PESOS AND 00/100 ONLY'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toMatch(/in words/u);
  });

  it('near miss: words that say the figure do not', () => {
    expect(decideLines(invoice('THIRTEEN THOUSAND FOUR HUNDRED FORTY PESOS AND 00/100 ONLY')).decision).toBe('PASS');
    expect(decideLines(invoice('Thirteen Thousand Four Hundred Forty Philippine Pesos only')).decision).toBe('PASS');
  });
});

describe("a sum's word in an item's description, its count after the description", () => {
  const rows = (row: string) =>
    ['Description                 Qty   Price      Amount', 'Fishing net, 20 m           2     40.00      80.00', row, '', 'Net:  330.00', 'VAT 10%:  33.00', 'Total:  363.00'].join('\n');

  it('"Mosquito net, large   5   50.00   250.00" multiplies as an item: no subtotal', () => {
    const text = rows('Mosquito net, large         5     50.00      250.00');
    expect(amountLabelAt(text, '50.00')).not.toBe('subtotal');
    expect(decideLines([...text.split('\n'), 'Invoice No: MN-1', 'Date: 01/03/2026', 'Due: 31/03/2026', 'From: Lakeside Nets Ltd', 'Bill to: Kisumu Lodge Ltd']).decision).toBe('PASS');
  });

  it('near miss: a summary row that does not multiply ("Total   7   290.00   40.00   330.00") stays a sum', () => {
    const text = 'Item                 Qty   Net      VAT     Gross\nTotal                7     290.00   40.00   330.00';
    expect(amountLabelAt(text, '290.00')).toBe('total');
  });
});

describe("a sum's label in another language, glossed after a slash", () => {
  // The first half names a tax the rules know inside words they do not ("before VAT"): the gloss decides.
  it.each(['Kiasi kabla ya VAT / Net:', 'Vrijednost bez VAT / Net amount:', 'Kokku ilma VAT / Subtotal:'])('"%s" labels the net', (label) => {
    expect(amountLabelAt(`${label} 1,200.00`, '1,200.00')).toBe('subtotal');
  });

  it('near miss: a first half opening with its own keyword keeps it ("Total incl. VAT / Net:")', () => {
    expect(amountLabelAt('Total incl. VAT / Net: 1,200.00', '1,200.00')).toBe('total');
  });
});

describe("Uruguay's pesos written with a bare $", () => {
  const cfe = (currencyLine: string) => ['Platería del Sur S.R.L.', currencyLine, 'Factura N° 118', 'Subtotal $ 10.000,00', 'IVA 22 % $ 2.200,00', 'TOTAL A PAGAR $ 12.200,00'];

  it.each(['Moneda: UYU', 'Importes en pesos uruguayos'])('"%s" makes "$" the Uruguayan peso', (line) => {
    expect(currencyOf(cfe(line))).toBe('UYU');
  });

  it('near miss: a document naming US dollars too keeps "$" unsettled as a peso', () => {
    expect(currencyOf(cfe('Moneda: UYU · pagadero en USD'))).not.toBe('UYU');
  });
});

describe('a series and a number in two cells of a header row', () => {
  const header = (values: string) => ['RUT EMISOR      TIPO CFE    SERIE   NÚMERO    FECHA', values, '', 'Subtotal $ 1.000,00', 'TOTAL $ 1.220,00'];

  it('"SERIE  NÚMERO" over "B  0012290" is "B 0012290"', () => {
    expect(fieldsOf(header('211000330012    e-Factura   B       0012290   02/03/2026')).invoice_number).toBe('B 0012290');
  });

  it('near miss: a row that does not pair off with the header cell for cell gives no such number', () => {
    expect(fieldsOf(header('211000330012    e-Factura   B 0012290 02/03/2026')).invoice_number).not.toBe('B 0012290');
  });
});

describe('Catalan labels, and "Pago hasta:"', () => {
  const factura = (due: string) => [
    'Fusteria del Port SL',
    'Factura núm. 2026/0044',
    `Data: 02/03/2026          ${due}`,
    'Client: Hotel Muntanya SA',
    '',
    'Base imposable   1.000,00 €',
    'IGI 4,5 %        45,00 €',
    'Total factura    1.045,00 €',
  ];

  it('"Venciment", "Base imposable", "IGI": a due date, the net and the tax', () => {
    const lines = factura('Venciment: 01/04/2026');
    expect(fieldsOf(lines).due_date).toBe('2026-04-01');
    expect(amountLabelAt(lines.join('\n'), '1.000,00 €')).toBe('subtotal');
    expect(amountLabelAt(lines.join('\n'), '45,00 €')).toBe('tax');
  });

  it('"Pago hasta:" is the due date', () => {
    expect(fieldsOf(factura('Pago hasta: 01/04/2026')).due_date).toBe('2026-04-01');
  });

  it('near miss: "Vigente hasta el" (valid until) is no due date', () => {
    expect(fieldsOf(factura('Oferta vigente hasta el 01/04/2026')).due_date).toBeNull();
  });
});

describe('more invoice number labels', () => {
  const body = ['Fecha de emisión: 02/03/2026   Vencimiento: 01/04/2026', 'Subtotal $ 1.000', 'IVA 19 % $ 190', 'Total $ 1.190'];

  it.each([
    [['Factura electrónica de venta N° FEV-4410'], 'FEV-4410'],
    [['FACTURA DE VENTA No. 88120'], '88120'],
    [['FACTURA ELECTRÓNICA — Folio N° 30041'], '30041'],
  ])('%j', (title, number) => {
    expect(fieldsOf([...title, ...body]).invoice_number).toBe(number);
  });

  it('near miss: "Folio fiscal" is the tax stamp, not the number', () => {
    expect(fieldsOf(['FACTURA', 'Folio fiscal N° 5F2A-11', ...body]).invoice_number).toBeNull();
  });

  const letter = (refs: string) => ['KESTREL PR1NT', '9 March 2026', '', refs, '', 'SALES INV0ICE', 'Bags  100 @ £2.00  £200.00', 'T0TAL DUE £200.00'];

  it('a scan\'s "0ur Ref:" under "INV0ICE" is the number', () => {
    expect(fieldsOf(letter('0ur Ref: KP/2291          Y0ur Ref: PO 77')).invoice_number).toBe('KP/2291');
  });

  it('near miss: the customer\'s "Y0ur Ref:" alone is not', () => {
    expect(fieldsOf(letter('Y0ur Ref: PO/77-B')).invoice_number).toBeNull();
  });

  it('"Doc. No.:" (a scan\'s "D0c. N0.:") names the number with no invoice title', () => {
    expect(fieldsOf(['HARBOUR JOINERY', 'D0c. N0.: HJ-26-0102        D0c. Date: 02/03/2026', 'Bill to: Sea View Guesthouse', 'Total EUR €500.00']).invoice_number).toBe('HJ-26-0102');
  });

  it('near miss: "Doc. No." on a delivery note is not an invoice\'s', () => {
    expect(fieldsOf(['HARBOUR JOINERY', 'DELIVERY NOTE', 'Doc. No.: DN-26-0102', 'Deliver to: Sea View Guesthouse']).invoice_number).toBeNull();
  });

  it.each(['No de document : FQ-3310', 'N° de document : FQ-3310', 'Numéro de document : FQ-3310'])('Quebec\'s "%s" under FACTURE', (line) => {
    expect(fieldsOf(['Atelier Boréal inc.', 'FACTURE', `${line}            Date : 2026-03-02`, 'Total (CAD)  500,00 $']).invoice_number).toBe('FQ-3310');
  });

  it('near miss: "No de client" is the customer\'s number', () => {
    expect(fieldsOf(['Atelier Boréal inc.', 'FACTURE', 'No de client : C-4471', 'Total (CAD)  500,00 $']).invoice_number).toBeNull();
  });
});

describe('days listed with "and" are no issue date', () => {
  const prose = (sentence: string) => [
    `Invoice TR-0311 from Caballos del Sur S.R.L. to Meadowbrook Polo LLC ${sentence}`,
    '',
    '  Horse transport  4 x US$ 500.00 = US$ 2,000.00',
    '  Total US$ 2,000.00',
    '',
    'Payment is due by 30 April 2026.',
  ];

  it('"for transporting four ponies on 2 March 2026 and 3 March 2026"', () => {
    expect(fieldsOf(prose('for transporting four ponies on 2 March 2026 and 3 March 2026:')).issue_date).toBeNull();
  });

  it('near miss: a single unlabelled date still dates the invoice', () => {
    expect(fieldsOf(prose('of 31 March 2026, for transporting four ponies:')).issue_date).toBe('2026-03-31');
  });
});

describe('"our invoice, issued today": the date of the message that says so', () => {
  const forward = (sentence: string) => [
    'From: Ana Cruz <ana@buyer.example>',
    'Date: Tue, 10 Mar 2026 08:00',
    'Subject: Fwd: Invoice WV-0441',
    '',
    '---------- Forwarded message ---------',
    'From: Rosa Lim <rosa@weaver.example>',
    'Date: Mon, 9 Mar 2026 15:20',
    'Subject: Invoice WV-0441',
    '',
    sentence,
    '',
    'Sold to: Buyer Trading Inc.',
    '  Fabric  10 x ₱100.00 = ₱1,000.00',
    '  Total (PHP) ₱1,000.00',
    'Kindly settle on or before 8 Apr 2026.',
    'Weaver Co.',
  ];

  it.each(['Please see below our invoice, issued today, for the fabric.', "Here is today's invoice for the fabric."])('%s', (sentence) => {
    expect(fieldsOf(forward(sentence)).issue_date).toBe('2026-03-09');
  });

  it('near miss: "the fabric shipped today" says nothing of the invoice, whose number leaves its date unread', () => {
    expect(fieldsOf(forward('Please see below our invoice; the fabric shipped today.')).issue_date).toBeNull();
  });
});

describe('"VATable Sales", the Philippine invoice\'s net', () => {
  it('labels the net, which the items are not added to again', () => {
    const text = 'Mango jam      10 @ 100.00   1,000.00\nVATable Sales ₱1,000.00\nVAT 12% ₱120.00\nTOTAL AMOUNT DUE ₱1,120.00';
    expect(amountLabelAt(text, '₱1,000.00')).toBe('subtotal');
  });

  it('near miss: "VAT" alone stays the tax', () => {
    expect(amountLabelAt('VAT ₱120.00', '₱120.00')).toBe('tax');
  });
});
