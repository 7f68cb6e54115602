/**
 * Figures and dates missed on hold-out dev36 (round 29): "Tax base" is the net a tax is charged on, not a
 * tax; an item whose description opens with a sum's word ("Net ...") in a table whose count follows the
 * description; "- N x item, with a figure, at PRICE each: AMOUNT" rows checked; a minus sign joined to a
 * quantity is its own; a copy's "printed on" stamp is no issue date. The texts are invented; each rule has
 * a near miss that must stay unread.
 */
import { amountLabelAt, decideLines, fieldsOf } from '../helpers/decision-lines';

describe('"Tax base" is the net the tax is charged on', () => {
  const invoice = (label: string) => [
    'FAKTURA / INVOICE',
    'No. 2026-0881',
    'Supplier: Dunarea Logistic SRL',
    'Customer: Carpatina Mills SA',
    'Date of issue: 04.06.2026',
    'Payment due: 04.07.2026',
    '',
    'Grain drying | 2 | 1 500,00 € | 3 000,00 €',
    'Sack storage | 10 | 40,00 € | 400,00 €',
    '',
    `${label}: 3 400,00 €`,
    'VAT 19%: 646,00 €',
    'Amount payable: 4 046,00 €',
  ];

  it.each(['Tax base', 'Taxable base', 'Baza impozabilă / Tax base', 'Данъчна основа / Tax base', 'Podstawa opodatkowania', 'Porezna osnovica'])('%s', (label) => {
    const lines = invoice(label);
    expect(amountLabelAt(lines.join('\n'), '3 400,00')).toBe('subtotal');
    expect(decideLines(lines).decision).toBe('PASS');
  });

  it('near miss: a tax named with no base word stays a tax ("Tax: 646,00")', () => {
    const text = ['Net: 3 400,00 €', 'Tax: 646,00 €', 'Total: 4 046,00 €'].join('\n');
    expect(amountLabelAt(text, '646,00')).toBe('tax');
  });
});

describe('an item whose description opens with a sum word, its count after the description', () => {
  const invoice = (row: string) => [
    'Harbourside Sports Surfaces Ltd',
    'Invoice No: HSS-3310',
    'Invoice Date: 02/06/2026',
    'Due Date: 02/07/2026',
    'Bill To: Westgate Netball Club Inc.',
    '',
    'Description Qty Rate Amount',
    'Court repainting 2 $1,200.00 $2,400.00',
    row,
    '',
    'Subtotal $3,120.00',
    'GST 10% $312.00',
    'Total (AUD) $3,432.00',
  ];

  it.each(['Net posts, galvanised 4 $180.00 $720.00', 'Total station survey 1 $720.00 $720.00', 'Net winder, steel 3 $240.00 $720.00'])('%s', (row) => {
    const result = decideLines(invoice(row));
    expect(result.decision).toBe('PASS');
    expect(result.fields.line_items_sum).toBe(3120);
  });

  it('near miss: a net row whose figures are no count, price and product keeps its label ("Net of discount 3 $120.00 $312.00")', () => {
    const text = ['Court repainting 2 $1,200.00 $2,400.00', 'Net of discount 3 $120.00 $312.00'].join('\n');
    expect(amountLabelAt(text, '3 $120.00')).toBe('subtotal');
  });
});

describe('"- N x item at PRICE each: AMOUNT", figures in the item\'s words', () => {
  const invoice = (rows: string[]) => [
    'Tamar Boatworks',
    'Tax invoice TB-0712 — 03/06/2026',
    'To: Kingston Sea Scouts Inc.',
    '',
    ...rows,
    '',
    'Subtotal $1,160.00; GST $116.00; Total $1,276.00 AUD',
    'Please pay by 03/07/2026.',
  ];

  it('a row whose amount is not its count times its price FAILs, whatever its words\' figures multiply to', () => {
    const result = decideLines(invoice(['- 4 x Spruce paddle, 2.1 m at $210.00 each: $940.00', '- 4 x paddle grips at $55.00 each: $220.00']));
    expect(result.decision).toBe('FAIL');
    expect(result.reasons.join(' ')).toContain('840.00, not its stated 940.00');
  });

  it('near miss: without "each", a figure in the words leaves the row unchecked (the price may be per metre)', () => {
    const result = decideLines(invoice(['- 4 x Spruce paddle, 2.1 m at $210.00: $940.00', '- 4 x paddle grips at $55.00 each: $220.00']));
    expect(result.reasons.join(' ')).not.toContain('quantity times price');
  });

  it.each([
    [['- 4 x Spruce paddle, 2.1 m at $235.00 each: $940.00', '- 4 x paddle grips at $55.00 each: $220.00']],
    [['- 2 x Mooring, 2 nights at $235.00 each: $940.00', '- 4 x paddle grips at $55.00: $220.00']],
  ])('near miss: a count that multiplies right, alone or with the words\' figure, passes (%j)', (rows) => {
    expect(decideLines(invoice(rows)).decision).toBe('PASS');
  });
});

describe('a minus sign joined to a quantity is its own', () => {
  const invoice = (row: string) => [
    'Brookfield Catering Supplies Ltd',
    'Invoice BCS-2210',
    'Date: 05/06/2026',
    'Due: 05/07/2026',
    'Customer: Old Mill Tearooms Ltd',
    '',
    'Chafing dishes   4 x 60.00 = 240.00',
    row,
    '',
    'Net GBP 180.00',
    'VAT 20% GBP 36.00',
    'Total GBP 216.00',
  ];

  it('a returned item at a negative quantity is no contradiction', () => {
    const result = decideLines(invoice('Returned tray   -1 x 60.00 = -60.00'));
    expect(result.decision).toBe('PASS');
  });

  it('near miss: a dash apart from the quantity is no sign ("Trays - 1 x 60.00 = -60.00" is still wrong)', () => {
    expect(decideLines(invoice('Trays - 1 x 60.00 = -60.00')).decision).toBe('FAIL');
  });
});

describe("a copy's print stamp is no issue date", () => {
  const invoice = (stamp: string) => [
    'Coastline Pump Services Pty Ltd',
    '',
    'TAX INVOICE',
    'Invoice No: CPS-5521',
    'Bill To: Seaview Aquaculture Pty Ltd',
    '',
    'Pump rebuild   1   $2,000.00   $2,000.00',
    '',
    'Subtotal $2,000.00',
    'GST 10% $200.00',
    'TOTAL (AUD) $2,200.00',
    'Due Date: 30/06/2026',
    '',
    stamp,
  ];

  it.each(['*** COPY – printed on 14/08/2026 ***', 'DUPLICATE printed 14/08/2026 on request', 'Reprinted 14/08/2026', 'Kopie – gedruckt am 14/08/2026'])('%s', (stamp) => {
    const result = decideLines(invoice(stamp));
    expect(result.fields.issue_date).toBeNull();
    expect(result.decision).toBe('NEEDS_INFO');
  });

  it('near miss: a print date with no word of a copy dates the original ("Printed on 02/06/2026")', () => {
    expect(fieldsOf(invoice('Printed on 02/06/2026')).issue_date).toBe('2026-06-02');
  });
});
