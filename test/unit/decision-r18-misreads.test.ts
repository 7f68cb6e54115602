/**
 * Issue 19, round 18 (part E): false FAILs, where the readers misread a correct invoice and the sums
 * seemed to disagree. A misread is not a contradiction: each repair reads the same figures another way,
 * and only an exact agreement counts. Each case is invented text; each fix has near misses, true errors
 * in an invoice that must stay FAIL.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { findAmounts } from '../../worker/providers/local/entity-amounts';

const head = [
  'Halvorsen Draughting Ltd, 9 Kiln Lane, Bridport DT6 3QE',
  'Invoice no.: HD-2026-118',
  'Invoice date: 2026-03-02',
  'Due date: 2026-04-01',
  'Bill to: Chesil Boatworks Ltd',
  '',
];
const invoice = (...lines: string[]) => [...head, ...lines].join('\n');

describe('a row repeating the sum of the rows above it is a subtotal whose label was lost', () => {
  const rows = (last: string, total: string) =>
    invoice(
      "Beratungstage 4.5 Tage à CHF 1'600.00             CHF 7'200.00",
      'Spesen (Bahn)                                      CHF 300.00',
      last,
      'MWST 8.1 %                                         CHF 607.50',
      `Tota1                                              CHF ${total}`,
    );

  it('a scan-damaged subtotal row ("Zwischentota1") is not added to the items', () => {
    expect(decideInvoice(rows("Zwischentota1                                      CHF 7'500.00", "8'107.50")).decision).toBe('PASS');
  });

  it('near miss: the same row, with a quantity and price that make it, is an item, and the total disagrees', () => {
    expect(decideInvoice(rows("Abdeckfolien 2 x 3'750.00                          CHF 7'500.00", "8'107.50")).decision).toBe('FAIL');
  });

  it('near miss: a total that matches neither reading stays a contradiction', () => {
    expect(decideInvoice(rows("Zwischentota1                                      CHF 7'500.00", "8'170.50")).decision).toBe('FAIL');
  });
});

describe('rows read in their tax column instead of their net column', () => {
  const table = (subtotal: string, tax: string, total: string) =>
    invoice(
      'Description                       Net GBP     VAT code   VAT GBP',
      'Crane hire half day                 640.00     S          128.00',
      'Export paperwork                     90.00     Z            0.00',
      'Storage 4 days                      160.00     S           32.00',
      '',
      `Total net  GBP ${subtotal}     VAT  GBP ${tax}     INVOICE TOTAL  GBP ${total}`,
    );

  it('the net column makes the subtotal: no contradiction', () => {
    expect(decideInvoice(table('890.00', '160.00', '1,050.00')).decision).toBe('PASS');
  });

  it('near miss: a subtotal that neither column makes is a contradiction', () => {
    expect(decideInvoice(table('910.00', '160.00', '1,070.00')).decision).toBe('FAIL');
  });
});

describe('a tax read on every row beside the summary tax they add up to', () => {
  const rows = (summaryTax: string, total: string) =>
    invoice(
      'Wharf handling                        NZD   200.00  GST 30.00',
      'Fumigation certificate                NZD    60.00  GST 9.00',
      'Courier of documents                  NZD    40.00  GST 6.00',
      '',
      `Subtotal NZD 300.00   GST NZD ${summaryTax}   Total incl. GST NZD ${total}`,
    );

  it('the row taxes are the summary tax in detail, not added to it', () => {
    expect(decideInvoice(rows('45.00', '345.00')).decision).toBe('PASS');
  });

  it('near miss: row taxes that do not make the summary tax are a contradiction', () => {
    expect(decideInvoice(rows('48.00', '348.00')).decision).toBe('FAIL');
  });
});

describe('a service named after a tax, with its quantity and price, is an item', () => {
  const rows = (second: string) =>
    invoice(
      'Payroll Q1 (3 months)                 3 x 210,00  €    630,00',
      second,
      'Summe netto                                       €    780,00',
      '20 % USt                                          €    156,00',
      'Gesamtbetrag                                      €    936,00',
    );

  it('"Umsatzsteuererklärung 2 x 75,00 150,00" is a row, not the tax', () => {
    expect(decideInvoice(rows('Umsatzsteuererklärung 2025           2 x 75,00  €    150,00')).decision).toBe('PASS');
  });

  it('near miss: a row whose quantity and price do not make it stays a tax line, and the sums disagree', () => {
    expect(decideInvoice(rows('Umsatzsteuererklärung 2025                        €    150,00')).decision).toBe('FAIL');
  });
});

describe('items a sentence holds that no reader caught, filling the gap exactly', () => {
  const letter = (total: string) =>
    invoice(
      'In May we did 4 changeovers at £55.00 each, which is £220.00, with 4 laundry sets at £15.00 (£60.00), and the carpet',
      `had its shampoo at £40.00. Total £${total}.`,
    );

  it('the missed amount makes the total: no contradiction', () => {
    expect(decideInvoice(letter('320.00')).decision).toBe('PASS');
  });

  it('near miss: a total that the amounts cannot make stays a contradiction', () => {
    expect(decideInvoice(letter('330.00')).decision).toBe('FAIL');
  });

  it('near miss: a unit price never fills the gap ("at £20.00 each" is no item of its own)', () => {
    const text = invoice(
      'In May we did 6 window sets at £20.00 each, which is £120.00, with 2 oven cleans at £45.00 (£90.00).',
      'Total £230.00.',
    );
    expect(decideInvoice(text).decision).toBe('FAIL');
  });

  it('near miss: a discount rate beside a found row is no second row', () => {
    const text = invoice(
      'Qty Details Unit Price Disc% Net',
      '12 Mooring lines 8.95 0.00 107.40',
      '4 Fenders 23.75 10.00 85.50',
      'Total Net 202.90',
      'Total GBP 202.90',
    );
    expect(decideInvoice(text).decision).toBe('FAIL');
  });
});

describe('the tax rate is checked on the items as the agreeing reading has them', () => {
  const letter = (tax: string, total: string) =>
    invoice(
      'For the season we invoice 4 changeovers at CA$55.00 per visit (CA$220.00), 4 laundry sets at CA$15.00 each (CA$60.00), and one',
      `carpet shampoo at CA$40.00. That comes to CA$320.00 before tax; GST at 5% is CA$${tax}, so the total is CA$${total}.`,
    );

  it('5% of all the items, the missed one included, is the tax', () => {
    expect(decideInvoice(letter('16.00', '336.00')).decision).toBe('PASS');
  });

  it('near miss: a tax that is not 5% of them is a contradiction', () => {
    expect(decideInvoice(letter('18.00', '338.00')).decision).toBe('FAIL');
  });
});

describe('a tax the label reader missed between the subtotal and the total', () => {
  const letter = (tax: string) =>
    invoice(
      'Netzwerkeinrichtung 2 Tage zu je 600,00 € (1.200,00 €) und Material 300,00 €.',
      `Zusammen netto 1.500,00 €, zuzüglich 19 % Umsatzsteuer\nvon ${tax} €, insgesamt 1.785,00 €.`,
    );

  it('an amount that fills the gap exactly is the tax', () => {
    expect(decideInvoice(letter('285,00')).decision).toBe('PASS');
  });

  it('near miss: an amount that does not is a contradiction', () => {
    expect(decideInvoice(letter('258,00')).decision).toBe('FAIL');
  });
});

describe('a section total before more rows and the invoice total', () => {
  const bill = (fees: string) =>
    invoice(
      'J. Tremayne, Partner      5.0 hrs @ $400.00     $2,000.00',
      'K. Abara, Associate       4.0 hrs @ $150.00     $600.00',
      `Total fees                                     $${fees}`,
      'Disbursements  filing fees                     $45.00',
      '',
      'TOTAL THIS INVOICE                             $2,645.00',
    );

  it('the fees total is a section; the last total is the invoice total', () => {
    const decision = decideInvoice(bill('2,600.00'));
    expect(decision.decision).toBe('PASS');
    expect(decision.fields.total).toBe(2645);
  });

  it('near miss: a fees total the rows do not make is not taken for a section', () => {
    expect(decideInvoice(bill('2,500.00')).decision).toBe('FAIL');
  });
});

describe('a summary written as a sum on one line', () => {
  it('after "=", the line added up is the total, not the tax', () => {
    const decision = decideInvoice(invoice('Beratung 4 Stunden zu je 250,00 € (1.000,00 €).', 'Netto 1.000,00 € zzgl. 19 % USt 190,00 € = 1.190,00 €'));
    expect(decision.decision).toBe('PASS');
    expect(decision.fields.total).toBe(1190);
  });

  it('near miss: "VAT 20% of 500.00 = 100.00" adds nothing up; the tax stays 100.00', () => {
    const decision = decideInvoice(invoice('Design work   500.00', 'VAT 20% of 500.00 = 100.00', 'Total 600.00'));
    expect(decision.decision).toBe('PASS');
    expect(decision.fields.total).toBe(600);
  });
});

describe('a tax charged on the rows its words name', () => {
  const rows = (tax: string, total: string) =>
    invoice(
      'Concept design (40% of fee)                  SGD  12,000.00',
      'Planning submission fee (reimbursable)       SGD     500.00',
      `GST 9% on fee                                SGD   ${tax}`,
      `Total payable                                SGD  ${total}`,
    );

  it('9% of the fee alone is the tax', () => {
    expect(decideInvoice(rows('1,080.00', '13,580.00')).decision).toBe('PASS');
  });

  it('near miss: a tax that no set of rows gives at 9% is a contradiction', () => {
    expect(decideInvoice(rows('1,180.00', '13,680.00')).decision).toBe('FAIL');
  });
});

describe('a space-grouped amount after a product\'s "="', () => {
  it('"5 000 un. x 0,62 = 3 100,00" is 3 100,00, not 100,00', () => {
    expect(findAmounts('Corks 45x24 – 5 000 un. x 0,62 = 3 100,00', []).map((amount) => amount.value)).toEqual([0.62, 3100]);
  });

  it('near miss: after a multiplication sign it is still a quantity and a price', () => {
    expect(findAmounts('Glass panes x 4 360,00 €', []).map((amount) => amount.value)).toEqual([360]);
  });
});
