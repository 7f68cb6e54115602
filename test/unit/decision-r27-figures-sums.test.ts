/**
 * Round 27, figures: rows whose last column includes the tax (a correct invoice called FAIL on hold-out
 * dev24), and rows that write out their own product, "A x B = C", whose wrong product went unseen on
 * dev31. The texts are invented; the near misses must keep their reading.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { scanDocument } from '../../worker/providers/local/entity-scan';

const grossColumns = (subtotal: string, total: string) =>
  [
    'Wattle & Quill Design Pty Ltd      TAX INVOICE          Billed to',
    'ABN 12 345 678 901                 No. WQ-118           Banksia Bay Brewing Pty Ltd',
    '                                   Issued 2 March 2026',
    '                                   Due 16 March 2026',
    '',
    'Item | Qty | Unit (ex GST) | Amount ex GST | GST | Amount inc GST',
    'Label design | 1 | 2,000.00 | 2,000.00 | 200.00 | 2,200.00',
    'Print supervision (hours) | 4 | 125.00 | 500.00 | 50.00 | 550.00',
    '',
    `Subtotal ex GST $${subtotal} | GST $250.00 | Total AUD $${total}`,
  ].join('\n');

describe('rows priced with their tax after their net and tax columns', () => {
  it('make the subtotal and its tax together: PASS', () => {
    expect(decideInvoice(grossColumns('2,500.00', '2,750.00')).decision).toBe('PASS');
  });

  it('a subtotal that neither the rows nor the rows less their tax make still fails', () => {
    const decision = decideInvoice(grossColumns('2,400.00', '2,650.00'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toMatch(/not the subtotal/u);
  });

  it('a total that is not the subtotal plus the tax still fails', () => {
    expect(decideInvoice(grossColumns('2,500.00', '2,850.00')).decision).toBe('FAIL');
  });
});

const writtenProducts = (firstRow: string) =>
  [
    'KIBUYE PRINTERS LTD',
    'TAX INVOICE                 No. KP-2210',
    'Date: 04/03/2026             Due: 03/04/2026',
    'Customer: Ntinda Community School',
    '',
    firstRow,
    '2) Pencils (boxes of 12) - 40 x 6,000 = 240,000',
    '',
    `Sub-total: UGX ${firstRow.endsWith('1,850,000') ? '2,090,000' : '2,040,000'}`,
    'TOTAL: UGX ' + (firstRow.endsWith('1,850,000') ? '2,090,000' : '2,040,000'),
  ].join('\n');

describe('"A x B = C" at a row\'s end: its own product, whatever numbers its description holds', () => {
  it('"Exercise books 96 pages - 1,500 x 1,200 = 1,850,000" is wrong (1,800,000): FAIL', () => {
    const decision = decideInvoice(writtenProducts('1) Exercise books 96 pages - 1,500 x 1,200 = 1,850,000'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toMatch(/1800000\.00/u);
  });

  it('the same row with its right product: PASS', () => {
    expect(decideInvoice(writtenProducts('1) Exercise books 96 pages - 1,500 x 1,200 = 1,800,000')).decision).toBe('PASS');
  });

  it('a quantity whose thousands a blank groups: "2 000 x 1,85 = 3.700,00" is right, "2 000 x 1,85 = 3.800,00" wrong', () => {
    expect(scanDocument('Brochure A5 32 p. / Brochure A5 32 p.        2 000 x 1,85  = 3.700,00').lineItems[0]?.computed).toBeUndefined();
    expect(scanDocument('Brochure A5 32 p. / Brochure A5 32 p.        2 000 x 1,85  = 3.800,00').lineItems[0]?.computed).toBe(3700);
  });

  it('a description number that completes the product is a factor: "2 technicians, 3 x 280.00 = 1,680.00" is right', () => {
    const text = 'Site visit, 2 technicians, 3 x 280.00 = 1,680.00';
    expect(scanDocument(text).lineItems[0]?.computed).toBeUndefined();
  });

  it('"3 days x 280.00 = 1,680.00" after "2 technicians" names its unit: not checked', () => {
    const text = 'Site visit, 2 technicians, 3 days x 280.00 = 1,680.00';
    expect(scanDocument(text).lineItems[0]?.computed).toBeUndefined();
  });
});
