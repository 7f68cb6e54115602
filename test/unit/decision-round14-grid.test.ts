/**
 * Issue 19, round 14 (grid): what round 13 left on `dev16`, read by broad readers: table borders of
 * any kind, label/value grids, split labels. Each case is invented text; each fix has inputs it
 * changes and near misses it must leave alone.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { withPlainBars } from '../../worker/providers/local/entity-borders';

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
