/**
 * Issue 19, round 18 (part B): sums and items an invoice written as prose states in passing. Each
 * case is invented text; each fix has inputs it changes and near misses it must leave alone.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { scanDocument } from '../../worker/providers/local/entity-scan';

const header = ['Bramblecote Garden Care', 'Invoice BG-2207', 'Date: 3 March 2026', 'Due: 17 March 2026', 'Customer: Harlow Mews Residents Ltd', ''];
const labelOf = (text: string, value: number) => scanDocument(text).amounts.find((amount) => amount.value === value)?.label;

describe('a subtotal stated in prose before the tax', () => {
  const invoice = (sentence: string, total: string) => [...header, sentence, '', `Total due: ${total}`].join('\n');
  const good = 'We cut back the hedges (£140.00) and cleared the beds (£60.00). Labour and green waste come to £200.00, plus 20% VAT (£40.00).';

  it('"come to £200.00, plus 20% VAT (£40.00)" is the subtotal, and a total above subtotal plus tax fails', () => {
    expect(labelOf(invoice(good, '£250.00'), 200)).toBe('subtotal');
    const decision = decideInvoice(invoice(good, '£250.00'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toContain('240.00');
  });

  it('the same invoice with the right total passes', () => {
    expect(decideInvoice(invoice(good, '£240.00')).decision).toBe('PASS');
  });

  it('near miss: a quote for later work "comes to £800.00 plus VAT" with no tax figure stays unlabelled', () => {
    const text = invoice('The hedge work came to £200.00. Our quote for the spring planting comes to £800.00 plus VAT, if you want to go ahead.', '£200.00');
    expect(labelOf(text, 800)).toBeUndefined();
  });

  it('near miss: "came to" followed by a payment, not a tax or discount, stays unlabelled', () => {
    const text = invoice('Last month\'s visit came to £90.00, less the £90.00 you paid on the day.', '£200.00');
    expect(labelOf(text, 90)).not.toBe('subtotal');
  });
});

describe('the figure left after a discount in prose', () => {
  const invoice = (total: string) =>
    [
      ...header,
      `We invoice 3 x pruning day at €300.00 and 1 x skip hire at €100.00, i.e. €1,000.00, less the 10% discount agreed (€100.00), which after the discount is €900.00, plus VAT at 20% (€180.00), making ${total}.`,
    ].join('\n');

  it('"after the discount is €900.00" is not a second discount; the sum is checked against the total', () => {
    const doc = scanDocument(invoice('€1,080.00'));
    expect(doc.amounts.find((amount) => amount.value === 900)?.label).not.toBe('discount');
    expect(doc.amounts.find((amount) => amount.value === 1000)?.label).toBe('subtotal');
    expect(decideInvoice(invoice('€1,080.00')).decision).toBe('PASS');
    expect(decideInvoice(invoice('€1,140.00')).decision).toBe('FAIL');
  });

  it('near miss: "a discount of €100.00" stays a discount', () => {
    expect(labelOf([...header, 'Pruning €1,000.00', 'Less a discount of €100.00', 'Total €900.00'].join('\n'), 100)).toBe('discount');
  });
});

describe('a sum line "Subtotal A + GST B = C"', () => {
  const invoice = (sumLine: string) => [...header, '• 4 hours pruning at $50.00 – $200.00', '• 2 trees planted at $150.00 – $300.00', '', sumLine].join('\n');

  it('the figure after "=" is the total', () => {
    expect(decideInvoice(invoice('Subtotal $500.00 + GST 10% $50.00 = $550.00 AUD')).fields.total).toBe(550);
    expect(decideInvoice(invoice('Subtotal $500.00 + GST 10% $50.00 = $550.00 AUD')).decision).toBe('PASS');
    expect(decideInvoice(invoice('Subtotal $500.00 + GST 10% $50.00 = $505.00 AUD')).decision).toBe('FAIL');
  });

  it('near miss: "GST 10% of $500.00 = $50.00" is the tax line\'s own arithmetic, not a total', () => {
    expect(labelOf(invoice('GST 10% of $500.00 = $50.00'), 50)).not.toBe('total');
  });
});

describe('"That\'s £X altogether" closing a prose invoice', () => {
  const invoice = (closing: string) => [...header, 'The lawn took 4 hours at £30.00 (£120.00) and the hedge 2 hours at £30.00 (£60.00).', closing].join('\n');

  it('is the total when no other is stated', () => {
    expect(decideInvoice(invoice("That's £180.00 altogether, no VAT.")).fields.total).toBe(180);
  });

  it('near misses: "that\'s £30.00 an hour" is no total; a stated "Total" outranks it', () => {
    expect(labelOf(invoice("My rate stays the same, that's £30.00 an hour."), 30)).not.toBe('total');
    const text = invoice("That's £180.00 altogether.\nTotal: £180.00");
    expect(scanDocument(text).amounts.filter((amount) => amount.label === 'total')).toHaveLength(1);
  });
});

describe('items in two sentences of one paragraph', () => {
  const invoice = (second: string, total: string) =>
    [
      ...header,
      'We planted 12 box shrubs at £8.50 each (£102.00), and the two of us spent 4 hours on the beds at £25.00 an hour, so £100.00 labour.',
      second,
      '',
      `That makes ${total} in all.`,
    ].join('\n');
  const second = 'We also laid 5 bags of bark mulch at £6.00 a bag (£30.00) and hired the rotavator for 1 day at £45.00 a day (£45.00).';

  it('the second sentence\'s items count beside the first\'s', () => {
    expect(scanDocument(invoice(second, '£277.00')).lineItems.map((item) => item.amount)).toEqual([102, 100, 30, 45]);
    expect(decideInvoice(invoice(second, '£277.00')).decision).toBe('PASS');
  });

  it('near miss: items in a table are not joined by a sentence that repeats them', () => {
    const text = [
      ...header,
      'Box shrubs          12 x £8.50     £102.00',
      'Labour              4 x £25.00     £100.00',
      '',
      'The shrubs came from the nursery at £8.50 each (£102.00) and the labour was 4 hours at £25.00 an hour (£100.00).',
      '',
      'Total: £202.00',
    ].join('\n');
    expect(scanDocument(text).lineItems.map((item) => item.amount)).toEqual([102, 100]);
    expect(decideInvoice(text).decision).toBe('PASS');
  });
});
