/**
 * Totals and taxes misread on hold-out dev37 (round 30): item tables that name each row's tax rate in a
 * column of their own ("60 x 12,00  VAT 20%  720,00"), a tax summary by rate with no total of the taxes
 * (its bases add up to the net; each line must charge its rate on its base), and the net's labels
 * "Matrah" (Turkish) and "Totale imponibile" (Italian). The texts are invented; each rule has a near miss.
 */
import { amountLabelAt, decideLines, fieldsOf } from '../helpers/decision-lines';

const head = [
  'Hartwell Joinery Ltd',
  'INVOICE',
  'Invoice No: HJ-4471',
  'Invoice date: 02/06/2026',
  'Due date: 02/07/2026',
  'Bill to: Fenmoor Schools Trust',
  '',
];

describe('a tax-rate column between a row’s price and its amount', () => {
  const rows = [
    'Oak bench, 1.8 m            6 x 240.00  VAT 20%   1,440.00',
    'Reading primers             40 x 12.50  VAT 0%      500.00',
    'Delivery                                VAT 20%      60.00',
  ];

  it('reads the rows as items, their amounts no taxes', () => {
    const text = [...head, ...rows].join('\n');
    expect(amountLabelAt(text, '1,440.00')).not.toBe('tax');
    expect(amountLabelAt(text, '60.00')).not.toBe('tax');
  });

  it('the summary by rate then agrees: PASS', () => {
    const lines = [...head, ...rows, '', 'Net total: 2,000.00', 'VAT 20% on 1,500.00: 300.00', 'VAT 0% on 500.00: 0.00', 'Amount due: 2,300.00'];
    const decision = decideLines(lines);
    expect(decision.reasons).toEqual(['all required fields are present and the dates, amounts and currency agree']);
    expect(decision.fields.line_items_sum).toBe(2000);
  });

  it('rows that do not make the net are still caught: FAIL', () => {
    const lines = [...head, ...rows, '', 'Net total: 2,100.00', 'VAT 20% on 1,500.00: 300.00', 'Amount due: 2,400.00'];
    expect(decideLines(lines).decision).toBe('FAIL');
  });

  it('near miss: a summary by rate with no priced row keeps its taxes ("Standard rate   VAT 20%   300.00")', () => {
    const text = ['Net total: 2,000.00', 'Standard rate        VAT 20%      300.00', 'Zero rate            VAT 0%         0.00', 'Amount due: 2,300.00'].join('\n');
    expect(amountLabelAt(text, '300.00')).toBe('tax');
  });

  it('with the column gaps lost to single blanks, a row with no price under priced rows is still an item', () => {
    const text = [...head, 'Oak bench, 1.8 m 6 x 240.00 VAT 20% 1,440.00', 'Delivery to site VAT 20% 60.00'].join('\n');
    expect(amountLabelAt(text, '60.00')).not.toBe('tax');
  });

  it('near miss: with single blanks, the rows’ own tax at their rate right under them stays a tax ("Plus VAT 20% 288.00")', () => {
    const text = [...head, 'Oak bench, 1.8 m 6 x 240.00 VAT 20% 1,440.00', 'Plus VAT 20% 288.00', 'Total due: 1,728.00'].join('\n');
    expect(amountLabelAt(text, '288.00')).toBe('tax');
  });

  it('near miss: in a table set with column gaps, "Sales tax 8%   115.20" (one blank inside its label) stays a tax', () => {
    const text = [...head, 'Oak bench, 1.8 m    6 x 240.00    VAT 20%    1,440.00', 'Sales tax 8%    115.20'].join('\n');
    expect(amountLabelAt(text, '115.20')).toBe('tax');
  });

  it('near miss: a tax after a net on its line stays a tax ("Net 2,000.00   VAT 20%   400.00")', () => {
    const text = ['Oak bench   6 x 240.00   1,440.00', 'Net 2,000.00   VAT 20%   400.00', 'Total due: 2,400.00'].join('\n');
    expect(amountLabelAt(text, '400.00')).toBe('tax');
  });
});

describe('a tax summary by rate with no total of the taxes', () => {
  const rows = ['Workshop hire              2 x 450.00  MwSt. 19%     900.00', 'Printed handbook           30 x 10.00  MwSt. 7%      300.00'];
  const summary = (reducedTax: string) => [
    'Base 19%: 900.00   MwSt. 19%: 171.00',
    `Base 7%: 300.00    MwSt. 7%: ${reducedTax}`,
    'Total excl. VAT: 1,200.00',
    `Total due: ${(1200 + 171 + Number(reducedTax)).toFixed(2)}`,
  ];

  it('the bases add up to the net: they are no subtotals of their own, and the taxes count once: PASS', () => {
    const decision = decideLines([...head, ...rows, '', ...summary('21.00')]);
    expect(decision.reasons).toEqual(['all required fields are present and the dates, amounts and currency agree']);
    expect(decision.fields.total).toBe(1392);
  });

  it('a rate’s tax that is not that rate of its base is caught: FAIL', () => {
    const decision = decideLines([...head, ...rows, '', ...summary('31.00')]);
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['tax at the stated 7% of 300.00 is 21.00, not 31.00']);
  });

  it('near miss: a tax on a line with two rates is not checked against one of them', () => {
    const lines = [...head, ...rows, '', 'Base 19% and 7%: 1,200.00   MwSt.: 192.00', 'Other tax 7%: 0.00', 'Total due: 1,392.00'];
    expect(decideLines(lines).reasons.some((reason) => reason.startsWith('tax at the stated'))).toBe(false);
  });
});

describe('the net’s labels: "Matrah", "Totale imponibile"', () => {
  it('"Matrah / Base KDV 20%: 5.000,00" is the base, not a tax', () => {
    const text = ['Matrah / Base KDV 20%: 5.000,00 ₺   KDV 20%: 1.000,00 ₺', 'Ödenecek Tutar: 6.000,00 ₺'].join('\n');
    expect(amountLabelAt(text, '5.000,00')).toBe('subtotal');
    expect(amountLabelAt(text, '1.000,00')).toBe('tax');
  });

  it('"Totale imponibile / Net: € 1.000,00" is the net, and "Totale fattura" the total', () => {
    const lines = [
      'Cartoleria Ducale S.r.l.',
      'FATTURA N. 88/2026',
      'Data: 03/06/2026',
      'Scadenza: 03/07/2026',
      'Cliente: Libreria Torrechiara S.n.c.',
      '',
      'Totale imponibile / Net: € 1.000,00',
      'IVA 22%: € 220,00',
      'Totale fattura / Invoice total: € 1.220,00',
    ];
    expect(amountLabelAt(lines.join('\n'), '€ 1.000,00')).toBe('subtotal');
    expect(fieldsOf(lines).total).toBe(1220);
    expect(decideLines(lines).decision).toBe('PASS');
  });

  it('near miss: a plain "Totale" is still the total', () => {
    expect(amountLabelAt('Totale: € 1.220,00', '€ 1.220,00')).toBe('total');
  });
});
