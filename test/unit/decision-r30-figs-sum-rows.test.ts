/**
 * Complete invoices whose line items were summed wrong on hold-out dev37 (round 30): a running sum among the
 * rows ("Sum of lines", "Gross value") with a discount and a charge after it, read as one more item. The texts
 * are invented; each rule has a near miss, the same layout with a figure genuinely wrong, that must still FAIL.
 */
import { decideLines } from '../helpers/decision-lines';

describe('a running sum among the rows, charges after it', () => {
  const workshop = (sumRow: string, net = '228.00', vat = '45.60', total = '£273.60') => [
    'HOLLINS CYCLE WORKS',
    '12 Mill Lane, Hebden Bridge HX7 8AB',
    '',
    'INVOICE',
    'Invoice no.: HCW-0412',
    'Invoice date: 03/03/2026',
    'Invoice to: Calder Valley Couriers Ltd',
    '',
    'Description                               Qty     Unit    Amount',
    'Wheel rebuild, rear (spoke ref. 2034.50)    2    60.00    120.00',
    'Brake bleed, hydraulic                      3    25.00     75.00',
    'Chain and cassette fitting                  1    45.00     45.00',
    'Valve caps (no charge)                      4     0.00      0.00',
    '',
    sumRow,
    'Less fleet discount 10%                                    -24.00',
    'Carriage (2 parcels)                                        12.00',
    `Net                                                        ${net}`,
    `VAT @ 20%                                                   ${vat}`,
    `TOTAL (GBP)                                               ${total}`,
    '',
    'Payment due by 02/04/2026',
    'Hollins Cycle Works Ltd, registered in England no. 07712345',
  ];

  it('"Sum of lines   240.00" repeating the rows above it is no item: PASS', () => {
    expect(decideLines(workshop('Sum of lines                                               240.00')).decision).toBe('PASS');
  });

  it('near miss: a sum row that does not make the rows above it still FAILs', () => {
    const decision = decideLines(workshop('Sum of lines                                               250.00', '238.00', '47.60', '£285.60'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toMatch(/line items add up/u);
  });

  const vessels = (third: string, taxable = '₹1,48,000.00', cgst = '₹13,320.00', total = '₹1,74,640.00') => [
    'MEENAKSHI BRASS WORKS PVT. LTD.',
    'Plot 4, Industrial Estate, Thanjavur 613004',
    '',
    'TAX INVOICE',
    'Invoice No: MBW/2026-27/0112',
    'Date: 14-05-2026',
    'Due Date: 13-06-2026',
    'Billed to: Annapoorna Caterers LLP',
    '',
    '1. Brass cooking pot 60 L - 6 x ₹20,000.00 = ₹1,20,000.00',
    '2. Brass ladle set - 12 x ₹2,500.00 = ₹30,000.00',
    third,
    'Less: Discount 2%    ₹3,000.00',
    'Freight and loading  ₹1,000.00',
    `Taxable value        ${taxable}`,
    `CGST 9%              ${cgst}`,
    `SGST 9%              ${cgst}`,
    `Grand Total (INR)    ${total}`,
  ];

  it('"Gross value  ₹1,50,000.00" in lakh grouping, before the discount and the freight: PASS', () => {
    const decision = decideLines(vessels('Gross value          ₹1,50,000.00'));
    expect(decision.decision).toBe('PASS');
  });

  it('near miss: a row that shows its own quantity and price is an item, whatever it adds up to', () => {
    // 5 x 30,000.00 = 1,50,000.00 happens to be the sum of the rows above; the taxable value leaves it out: a contradiction.
    expect(decideLines(vessels('3. Brass urn - 5 x ₹30,000.00 = ₹1,50,000.00')).decision).toBe('FAIL');
  });
});
