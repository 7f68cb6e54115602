/**
 * Issue 19, round 14 (grid): what round 13 left on `dev16`, read by broad readers: table borders of
 * any kind, label/value grids, split labels. Each case is invented text; each fix has inputs it
 * changes and near misses it must leave alone.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { withPlainBars } from '../../worker/providers/local/entity-borders';
import { findDates } from '../../worker/providers/local/entity-dates';
import { findParties } from '../../worker/providers/local/entity-parties';
import { withJoinedLabels } from '../../worker/providers/local/entity-split-labels';

describe('table borders of any kind read as "|"', () => {
  const scanned = [
    'Harlow Mews Cleaning Ltd',
    'l INVOICE     l HMC-4410          |',
    '| Date        | 02/03/2026        l',
    'l Customer    | Fenby Court Management Ltd |',
    '| Due         | 01/04/2026        |',
    '',
    '| Service              | Qty | Rate  | Amount  l',
    'l Office cleaning      | 20  | 15.00 | 300.00  |',
    '| Window cleaning      | 2   | 50.00 | 100.00  l',
    '|          TOTAL £     |     |       | 400.00  |',
  ].join('\n');

  it('a scanned "l" for a bar, at random: number, customer and both items are read', () => {
    const result = decideInvoice(scanned);
    expect(result.fields).toMatchObject({ invoice_number: 'HMC-4410', customer: 'Fenby Court Management Ltd', total: 400, line_items_sum: 400 });
    expect(result.decision).toBe('PASS');
  });

  it('box-drawing and broken bars read as plain bars, the text keeping its length', () => {
    const drawn = '│ Invoice no. │ KV-118 │\n¦ Customer ¦ Ardmore Tiles Ltd ¦';
    expect(withPlainBars(drawn)).toBe('| Invoice no. | KV-118 |\n| Customer | Ardmore Tiles Ltd |');
    expect(withPlainBars(drawn)).toHaveLength(drawn.length);
  });

  it.each([
    ['a lone "l" in a line with no bar', 'Unit l of the estate, Bay l'],
    ['an "l" inside a word beside a bar', '| Hall | Lodge l1 |'],
  ])('near miss: %s', (_case, text) => {
    expect(withPlainBars(text)).toBe(text);
  });
});

describe('a row of labels over a row of values, cells paired by position', () => {
  const header = ['Pietre Lunigiana S.r.l.', 'Via Roma 4, 54100 Massa', '', '| FATTURA / INVOICE |'];
  const items = ['', '| Descrizione / Description | Q.tà / Qty | Prezzo / Price | Importo / Amount |', '| Lastre / slabs | 10 | 50,00 | 500,00 |', '| Totale / Invoice total EUR | | | 500,00 |'];

  it('bilingual headings over their values give number, dates and customer', () => {
    const text = [
      ...header,
      '| N. fattura / Invoice no. | Data / Date | Scadenza / Due date |',
      '| 77/2026 | 02/03/2026 | 01/04/2026 |',
      '',
      '| Cliente / Customer | Destinazione / Deliver to |',
      '| Halvorsen Stein AS | Fjord Shipping AS, Bergen |',
      ...items,
    ].join('\n');
    const result = decideInvoice(text);
    expect(result.fields).toMatchObject({ invoice_number: '77/2026', issue_date: '2026-03-02', due_date: '2026-04-01', customer: 'Halvorsen Stein AS' });
    expect(result.decision).toBe('PASS');
  });

  it('three party columns: the one headed "Invoice to" is the customer, not the delivery address', () => {
    const text = [
      'Elektra Parts Sp. z o.o.',
      '',
      '| Invoice to            | Deliver to            | Invoice details        |',
      '| Norrland Controls AB  | Baltic Freight s.r.o. | Invoice no. EP/26/0045 |',
      '| Storgatan 1, Umeå     | Ostrava               | Issue date 02.03.2026  |',
      '|                       |                       | Due date 01.04.2026    |',
      ...items,
    ].join('\n');
    expect(decideInvoice(text).fields).toMatchObject({ customer: 'Norrland Controls AB', invoice_number: 'EP/26/0045' });
  });

  it.each([
    ['a scan\'s 1 for the I of a heading', '| 1nvoice to            | Deliver to            | Invoice details        |'],
    ['a stray bar opening the header row', '| | Invoice to          | Deliver to            | Invoice details        |'],
  ])('three party columns through scan damage: %s', (_case, headingRow) => {
    const text = ['Elektra Parts Sp. z o.o.', '', headingRow, '| Norrland Controls AB  | Baltic Freight s.r.o. | Invoice no. EP/26/0045 |', ...items].join('\n');
    expect(decideInvoice(text).fields).toMatchObject({ customer: 'Norrland Controls AB' });
  });

  it.each([
    ['headings over more headings (no value row)', '| Invoice to | Deliver to |\n| Customer copy | Driver copy |'],
    ['headings over a row with a different count of cells', '| Invoice to | Deliver to |\n| Norrland Controls AB |'],
    ['a row with a figure is no row of headings', '| Invoice to 2 | Deliver to |\n| Norrland Controls AB | Baltic Freight |'],
  ])('near miss: %s', (_case, block) => {
    const text = ['Elektra Parts Sp. z o.o.', '', block, ...items].join('\n');
    expect(decideInvoice(text).fields.customer).toBeNull();
  });
});

describe('labels a scan split across two lines', () => {
  const scanned = [
    'Ashgrove Patent Attorneys LLP',
    '12 Grey Street, Newcastle NE1 6AE',
    '',
    'INV',
    'OICE NO: AG-26-0412',
    'DA',
    'TE: 05/03/2026',
    'Client: Tyneside Optics Ltd',
    'Matter: response to a report dated 10/01/2026',
    '',
    'Professional fees                         £1,000.00',
    'VAT at 20%                                  £200.00',
    'TOTAL GBP                                 £1,200.00',
    '',
    'PAYMENT DUE',
    'BY: 04/04/2026',
  ].join('\n');

  it('"INV" over "OICE NO:", "DA" over "TE:", "PAYMENT DUE" over "BY:" are read as whole labels', () => {
    const result = decideInvoice(scanned);
    expect(result.fields).toMatchObject({ invoice_number: 'AG-26-0412', issue_date: '2026-03-05', due_date: '2026-04-04' });
    expect(result.decision).toBe('PASS');
  });

  it('the joined text keeps its length and every value where it was', () => {
    const joined = withJoinedLabels(scanned);
    expect(joined).toHaveLength(scanned.length);
    expect(joined).toContain('INVOICE NO: AG-26-0412');
    expect(joined).toContain('PAYMENT DUE BY: 04/04/2026');
    expect(joined.indexOf('AG-26-0412')).toBe(scanned.indexOf('AG-26-0412'));
  });

  it.each([
    ['glossed before', 'Fälligkeitsdatum / PAYMENT DUE\nBY: 04/04/2026', 'Fälligkeitsdatum / PAYMENT DUE BY: 04/04/2026'],
    ['glossed after', "PAYMENT DUE / Date d'échéance\nBY: 04/04/2026", "PAYMENT DUE / Date d'échéance BY: 04/04/2026"],
  ])('a split label glossed in another language: %s', (_case, text, joined) => {
    expect(withJoinedLabels(text)).toBe(joined);
  });

  it.each([
    ['a heading with a due word over a field that finishes no label', 'Payment terms\nNote: strictly 30 days'],
    ['a heading over a field whose first word is a label of its own', 'Details\nDate: 05/03/2026'],
    ['a short line over a field that glues into no label word', 'Ref\nNO: 4471'],
    ['a name over a field', 'Tyneside Optics\nBy: courier'],
  ])('near miss: %s', (_case, text) => {
    expect(withJoinedLabels(text)).toBe(text);
  });
});

describe('an O for a zero is no date\'s digit right after a letter', () => {
  it('a reference "FO-26-1193" is no date', () => {
    expect(findDates('Ref: FO-26-1193')).toEqual([]);
  });

  it('near miss: an O for a zero after a blank still reads ("1O/03/2026")', () => {
    expect(findDates('Date: 1O/03/2026').map((date) => date.iso)).toEqual(['2026-03-10']);
  });
});

describe('a charge heading a summary row counts towards the total', () => {
  const invoice = (heading: string, values: string): string =>
    [
      'Calder Timber Ltd                        SALES INVOICE',
      'Mill Lane, Hebden Bridge                 Invoice No.   51200',
      'Invoice to: Brackley Joinery Ltd         Date          02/03/2026',
      '',
      'Description                          Qty     Rate        Value',
      'Oak boards                           1.00    £1,000.00   £1,000.00',
      'Ash boards                           1.00    £500.00     £500.00',
      '',
      heading,
      values,
      '',
      'Payment due by 01/04/2026.',
    ].join('\n');

  it('"Goods  Carriage  Net  VAT  Invoice Total": goods + carriage + VAT make the total', () => {
    const result = decideInvoice(invoice('Goods        Carriage     Net          VAT @ 20%    Invoice Total', '£1,500.00    £60.00       £1,560.00    £312.00      £1,872.00'));
    expect(result.fields).toMatchObject({ total: 1872, line_items_sum: 1500 });
    expect(result.decision).toBe('PASS');
  });

  it('near miss: the same row whose total leaves the carriage out still fails', () => {
    const result = decideInvoice(invoice('Goods        Carriage     Net          VAT @ 20%    Invoice Total', '£1,500.00    £60.00       £1,560.00    £312.00      £1,812.00'));
    expect(result.decision).toBe('FAIL');
  });
});

function customersOf(text: string): string[] {
  return findParties(text).filter((party) => party.role === 'customer').map((party) => party.name);
}

describe('customers in flattened columns, read by character position', () => {
  it('"Invoice to:" beside another column\'s field names the line below', () => {
    const text = [
      'Calder Timber Ltd                        SALES INVOICE',
      'Mill Lane, Hebden Bridge                 Invoice No.   51200',
      '                                         Your Order    BJ/2231',
      'Invoice to:                              Delivery Note DN 40112',
      'Brackley Joinery Ltd',
      '4 Canal Street',
    ].join('\n');
    expect(customersOf(text)).toEqual(['Brackley Joinery Ltd']);
  });

  it.each([
    ['a name after a short gap', 'Invoice to:   Brackley Joinery Ltd\nDelivery Note DN 40112', 'Brackley Joinery Ltd'],
    ['a field after a wide gap, with nothing under the label', 'Invoice to:                              Brackley Joinery Ltd 2\n                                         Unit 4', 'Brackley Joinery Ltd 2'],
  ])('near miss: %s', (_case, text, customer) => {
    expect(customersOf(text)).toEqual([customer]);
  });

  it('"BILL TO   SHIP TO   TERMS Net 30": the customer is under BILL TO, not the terms after SHIP TO', () => {
    const text = [
      'Laurentide Labware Inc.                                  INVOICE',
      'BILL TO                          SHIP TO                 TERMS Net 30',
      'Prairie Assay Laboratories Ltd.  Saskatoon Field Station DUE 2026-04-15',
      '221 Avenue C South               c/o Northgate Couriers  PO PAL-5521',
    ].join('\n');
    expect(customersOf(text)).toEqual(['Prairie Assay Laboratories Ltd.']);
  });

  it('near miss: "Ship to" alone still names whom the goods go to, when nothing else names a customer', () => {
    expect(customersOf('Ship to:   Saskatoon Field Station Ltd\n221 Avenue C South')).toEqual(['Saskatoon Field Station Ltd']);
  });

  it('a Malaysian "Sdn. Bhd." ends the first of two names side by side under "Bill To Ship To"', () => {
    const text = 'Meridian Inkworks Pte. Ltd. TAX INVOICE\nBill To Ship To\nKampong Press Sdn. Bhd. Kampong Press Sdn. Bhd. (Warehouse B)\nLot 22, Jalan Perusahaan 3 Lot 7, Jalan Gudang 1';
    expect(customersOf(text)).toEqual(['Kampong Press Sdn. Bhd.']);
  });
});

describe('a scan\'s l for the leading 1 of a day before a month\'s name', () => {
  it('"l6 March 2026" is the 16th', () => {
    expect(findDates('lnvoice date: l6 March 2026').map((date) => date.iso)).toEqual(['2026-03-16']);
  });

  it('near miss: an l ending a word before the day is no digit ("Modell6 March" is the 6th)', () => {
    expect(findDates('Modell6 March 2026').map((date) => date.iso)).toEqual(['2026-03-06']);
  });
});

describe('a full stop ending the sentence is no part of a name', () => {
  const mail = (subject: string): string =>
    [subject, '', 'Here is our invoice KLS-1147, dated 18 March 2026, made out to Tollgate Dental Practice Ltd. The call-out was free.'].join('\n');

  it('the name written elsewhere without the stop loses it', () => {
    expect(customersOf(mail('Subject: Invoice KLS-1147 - Tollgate Dental Practice Ltd'))).toEqual(['Tollgate Dental Practice Ltd']);
  });

  it('near miss: written nowhere else, the stop stays (it may be the legal form\'s own)', () => {
    expect(customersOf(mail('Subject: Invoice KLS-1147'))).toEqual(['Tollgate Dental Practice Ltd.']);
  });
});

describe('a party label glossed after a dash, the gloss with its own colon', () => {
  it('"Afnemer - Buyer: X" names X', () => {
    expect(customersOf('Afnemer - Buyer: Arbroath Fine Foods Ltd, 9 Harbour Wynd\n\nArtikel - Item    Kg    Bedrag')).toEqual(['Arbroath Fine Foods Ltd']);
  });

  it('near miss: a dash before a word that is no label still reads the words after it as the name', () => {
    expect(customersOf('Buyer - Arbroath Fine Foods Ltd')).toEqual(['Arbroath Fine Foods Ltd']);
  });
});
