/**
 * Issue 19, round 19 part G: totals a prose invoice states with no label word (entity-prose-totals).
 * Invented text, with near misses that must not change.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { scanDocument } from '../../worker/providers/local/entity-scan';

const totalOf = (lines: string[]) => scanDocument(lines.join('\n')).amounts.find((amount) => amount.label === 'total')?.value ?? null;
const labelOf = (lines: string[], value: number) => scanDocument(lines.join('\n')).amounts.find((amount) => amount.value === value)?.label;

describe('a sum written out on a line of its own', () => {
  it('"So that comes out as £60.00 + £25.00 + £12.50 = £97.50." names the total', () => {
    expect(totalOf(['Hello Mira,', '', 'Window cleaning was £60.00, gutters £25.00 and the conservatory roof £12.50.', '', 'So that is £60.00 + £25.00 + £12.50 = £97.50.', '', 'Thanks, Tom'])).toBe(97.5);
  });

  it('a minus in the sum ("$800.00 + $120.00 - $92.00 = $828.00") still names the figure after "="', () => {
    expect(totalOf(['Hi Sam,', '', 'Design work $800.00, hosting $120.00, and 10% off takes $92.00.', '', '$800.00 + $120.00 - $92.00 = $828.00', '', 'Cheers'])).toBe(828);
  });

  it('near miss: "2 x $40.00 = $80.00" is no written sum of figures', () => {
    expect(totalOf(['Hi Sam,', '', 'Lessons: 2 x $40.00 = $80.00 and books $15.00.', 'Cheers'])).toBeNull();
  });

  it('near miss: a labelled total stays the total', () => {
    expect(totalOf(['Parts £40.00 + £20.00 = £60.00', 'Total due: £75.00'])).toBe(75);
  });
});

describe('the word that sums, before or after the figure', () => {
  it('"Altogether $540.00;" opening its sentence names the total', () => {
    expect(totalOf(['Labour was 4 hours at $90.00, which is $360.00, and parts were $180.00. Altogether $540.00; no tax is added.'])).toBe(540);
  });

  it('"€1,180.00 in all." names the total when it is the largest figure', () => {
    expect(totalOf(['The chairs were €800.00 and delivery €180.00, so €980.00 plus VAT (€200.00), €1,180.00 in all.'])).toBe(1180);
  });

  it('near miss: "€15.00 in all" for one item, with a larger figure after it, is no total', () => {
    expect(totalOf(['Three boxes of screws at €5.00, €15.00 in all. The new door was €240.00.'])).toBeNull();
  });
});

describe('a "total" before tax, with the tax and the total after it', () => {
  it('"That comes to $1,200.00 before tax; HST at 13% is $156.00, so the total of this invoice is $1,356.00"', () => {
    const lines = ['We mowed the lawns. That comes to $1,200.00 before tax; HST at 13% is $156.00, so the total of this invoice is $1,356.00, payable in 30 days.'];
    expect(totalOf(lines)).toBe(1356);
    expect(labelOf(lines, 1200)).toBe('subtotal');
  });

  it('near miss: when the figures do not add up, nothing is relabelled', () => {
    const lines = ['We mowed the lawns. That comes to $1,200.00 before tax; HST at 13% is $156.00, so the total of this invoice is $1,400.00, payable in 30 days.'];
    expect(labelOf(lines, 1200)).not.toBe('subtotal');
  });
});

describe('a written sum must make the total it states', () => {
  const header = ['Kestrel Web Studio', 'Invoice KW-0412', 'Date: 4 May 2026', 'Due: 18 May 2026', 'Customer: Harbour Lane Bakery Ltd', ''];
  const invoice = (sumLine: string) => [...header, 'Site build $900.00, hosting $150.00, and 10% off takes $105.00.', '', sumLine, '', 'Thanks!'].join('\n');

  it('"$900.00 + $150.00 - $105.00 = $945.00" agrees and passes', () => {
    expect(decideInvoice(invoice('$900.00 + $150.00 - $105.00 = $945.00')).decision).toBe('PASS');
  });

  it('"$900.00 + $150.00 - $105.00 = $895.00" does not add up and fails', () => {
    expect(decideInvoice(invoice('$900.00 + $150.00 - $105.00 = $895.00')).decision).toBe('FAIL');
  });

  it('near miss: "Total: $945.00" with no written sum passes', () => {
    expect(decideInvoice(invoice('Total: $945.00')).decision).toBe('PASS');
  });
});
