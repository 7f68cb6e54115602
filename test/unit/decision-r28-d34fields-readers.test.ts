/**
 * Fields missed on hold-out dev34 (round 28, second pass): the issue date a letter gives its own bill
 * mid-sentence, Argentina's class letter between "FACTURA" and "N°", a prose total closed by a comma
 * ("£X in all, due by ..."), "our ref." inside the clause that bills, and the currency a delivery
 * note's "Values in RON" declares. The texts are invented; each rule has a near miss that must stay unread.
 */
import { amountLabelAt, currencyOf, decideLines, fieldsOf } from '../helpers/decision-lines';

describe('the date a letter gives its own bill mid-sentence is the issue date', () => {
  const mail = (sentence: string) => [
    'Hello Joris,',
    '',
    sentence,
    '',
    '- Wheel truing: 2 x € 40,00 = € 80,00',
    '',
    'Excl. VAT € 80,00, VAT 21% € 16,80, amount payable € 96,80, payable by 30-04-2026.',
    '',
    'Groeten,',
    'Fietsmakerij Oosterkade B.V.',
  ];

  it.each([
    'Thanks for dropping the bikes off on 14-04-2026. Here is our bill no. FO-0211 of 16-04-2026, made out to Café Zuidwal:',
    'We serviced your bikes on 14-04-2026 and bill them as follows (bill no. FO-0211 of 16-04-2026):',
    'Thanks for the visit on 14-04-2026. Attached is this invoice no. FO-0211 dated 16-04-2026:',
  ])('%s', (sentence) => {
    expect(fieldsOf(mail(sentence)).issue_date).toBe('2026-04-16');
  });

  it("near miss: another document's number and date, not the writer's own bill ('this cancels invoice no. 61 of 14-04-2026'), is no issue date", () => {
    expect(fieldsOf(mail('We repaired the bikes on 16-04-2026; this cancels invoice no. 61 of 14-04-2026, bill FO-0211 follows:')).issue_date).not.toBe('2026-04-14');
    expect(fieldsOf(mail('We repaired the bikes on 16-04-2026 after your order no. 4411 of 14-04-2026:')).issue_date).not.toBe('2026-04-14');
  });
});

describe("Argentina's class letter between FACTURA and its number", () => {
  const factura = (title: string[]) => [
    'Herrería del Valle S.R.L.',
    'Calle 9 de Julio 120, Mendoza · CUIT 30-71234567-8',
    '',
    ...title,
    'Fecha de emisión: 10/05/2026',
    'Vto. para el pago: 09/06/2026',
    '',
    'Cliente: Bodega Los Álamos S.A.',
    '',
    'Portón de hierro 1 x $ 900.000,00 = $ 900.000,00',
    'Subtotal neto gravado $ 900.000,00',
    'IVA 21 % $ 189.000,00',
    'Total ARS $ 1.089.000,00',
  ];

  it.each([[['FACTURA A', 'N° 0002-00004417']], [['Factura B N° 0002-00004417']], [['FACTURA C', 'Nº 0002-00004417']]])('%j', (title) => {
    expect(fieldsOf(factura(title)).invoice_number).toBe('0002-00004417');
  });

  it('near miss: "Factura a nombre de ..." is no class letter and gives no number', () => {
    expect(fieldsOf(factura(['Factura a nombre de Bodega Los Álamos S.A.'])).invoice_number).toBeNull();
  });
});

describe('a prose total closed by a comma: "£X in all, due by ..."', () => {
  const letter = (closing: string) => [
    'Dear Ms Rhys,',
    '',
    'Cerrig Masons Ltd sends invoice CM-2210, dated 2 May 2026, for the work:',
    '  2 x Slate step @ £150.00 = £300.00',
    '',
    closing,
    '',
    'Kind regards,',
    'Cerrig Masons Ltd',
  ];

  it('"Net £300.00, VAT 20% £60.00, £360.00 in all, due by 1 June 2026."', () => {
    expect(fieldsOf(letter('Net £300.00, VAT 20% £60.00, £360.00 in all, due by 1 June 2026.')).total).toBe(360);
  });

  it('near miss: an item\'s "in all," that is not the largest figure is no total', () => {
    expect(fieldsOf(letter('Two steps, £300.00 in all, plus VAT £60.00; please pay £360.00 by 1 June 2026.')).total).not.toBe(300);
  });
});

describe('"our ref." in the clause that bills is the invoice number', () => {
  const letter = (sentence: string) => [
    'Larissa, 3 May 2026',
    '',
    'Thessaly Beekeepers Association',
    '',
    'Dear members,',
    '',
    sentence,
    '  40 Hive frames at € 5,00, € 200,00',
    '',
    'Net € 200,00, VAT 24 % € 48,00, total € 248,00, to be paid by 2 June 2026.',
    '',
    'Yours faithfully,',
    'Olympos Woodworks S.A.',
  ];

  it('"we invoice you (our ref. 2026-0215)"', () => {
    expect(fieldsOf(letter('With this letter we invoice you (our ref. 2026-0215) for the frames:')).invoice_number).toBe('2026-0215');
  });

  it('near miss: figures-only "Our ref.: 2026-0215" on a line of its own stays unread', () => {
    expect(fieldsOf(letter('Our ref.: 2026-0215\nPlease find the frames listed below:')).invoice_number).toBeNull();
  });
});

describe('"Values in RON" declares the currency, as "All amounts in RON" does', () => {
  const note = (closing: string) => [
    'DELIVERY NOTE no. DN-118 · 4 May 2026',
    'Supplier: Olaru Ceramics SRL, Str. Morii 3, Sibiu',
    'Consignee: Hanul Vechi SRL, Str. Mare 9, Sibiu',
    '',
    'Painted bowls ...... 40 pcs',
    '',
    closing,
  ];

  it('"Values in RON will follow on the invoice."', () => {
    expect(currencyOf(note('Values in RON will follow on the invoice. Received by: ________'))).toBe('RON');
  });

  it('near miss: a code not declared ("Values checked by RON team") names no currency', () => {
    expect(currencyOf(note('Values checked by the RON team. Received by: ________'))).toBeNull();
  });
});

describe('"Excl. VAT € X" opening its line or clause is the subtotal', () => {
  const mail = (sums: string) => [
    'Hello Anouk,',
    '',
    'Here is our bill no. KW-0412 of 10-05-2026, made out to Eetcafé De Linde:',
    '',
    '- Window cleaning: 2 x € 60,00 = € 120,00',
    '',
    sums,
    '',
    'Groeten,',
    'Glashelder Maastricht B.V.',
  ];

  it('"Excl. VAT € 120,00, VAT 21% € 25,20, amount payable € 145,20": PASS with the net as subtotal', () => {
    const decision = decideLines(mail('Excl. VAT € 120,00, VAT 21% € 25,20, amount payable € 145,20, payable by 24-05-2026.'));
    expect(decision.decision).toBe('PASS');
    expect(decision.fields.total).toBe(145.2);
  });

  it('near miss: a price "excl. VAT" inside an item\'s words is no subtotal', () => {
    const text = mail('Excl. VAT € 120,00, VAT 21% € 25,20, amount payable € 145,20, payable by 24-05-2026.').join('\n').replace('Window cleaning: 2 x € 60,00', 'Window cleaning, price excl. VAT € 60,00');
    expect(amountLabelAt(text, '€ 60,00')).not.toBe('subtotal');
  });
});

describe('"- 3 x Item at kr 6 120,00: kr 18 460,00": the count opening the line multiplies the price', () => {
  const invoice = (rows: string[]) => [
    'Fjordseil Reparasjon AS',
    'Strandveien 4, 3050 Mjøndalen',
    '',
    'Invoice 7120   Date 04.05.2026   Due 01.06.2026',
    'Customer: Hurum Seilforening',
    '',
    ...rows,
    '',
    'Net kr 7 500,00',
    'MVA 25 % kr 1 875,00',
    'Total NOK kr 9 375,00',
  ];

  it('a row whose amount is not count x price FAILs', () => {
    const decision = decideLines(invoice(['- 2 x Mainsail batten at kr 1 500,00: kr 3 100,00', '- 4 x Sail tie at kr 1 100,00: kr 4 400,00']));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toContain('quantity times price');
  });

  it('near miss: a figure in the item\'s words ("2 x Cover, 3 panels at ...") leaves the row unchecked', () => {
    const decision = decideLines(invoice(['- 2 x Cover, 3 panels at kr 1 500,00: kr 3 100,00', '- 4 x Sail tie at kr 1 100,00: kr 4 400,00']));
    expect(decision.reasons.join(' ')).not.toContain('quantity times price');
  });
});
