/**
 * A summary row whose cells carry words, under a summary heading row ending with the total's heading:
 *
 *   Subtotal Sales Tax Invoice Total (USD)
 *   1,480.00 0.00 - Exempt (resale cert.) $1,480.00
 *
 * The words in a cell ("Exempt", "exento art. 21") break the one-for-one pairing of headings and figures,
 * but the total's heading closes the heading row and the total closes the figures' row. Read only where
 * the heading row opens with a subtotal's heading (a summary, not an item table's header), the figure
 * closes its line (a currency code at most after it), and no figures follow on the next line (the
 * summary is the last row, not the first of a table's items).
 */
import { CURRENCY_CODES } from './entity-amounts';
import type { Line, Span } from './entity-text';

/** After the total, at most a currency sign or code. */
const NOTHING_AFTER = new RegExp(`^[ \\t]*(?:[€£$]|${CURRENCY_CODES.join('|')})?[ \\t]*$`, 'iu');

function nonBlank(lines: Line[], from: number, step: number): number {
  let lineNo = from + step;
  while (lineNo >= 0 && lineNo < lines.length && !lines[lineNo]?.text.trim()) lineNo += step;
  return lineNo;
}

/**
 * 'total' for `item`, the last figure of line `lineNo`, when the line above is such a summary heading row;
 * `choose` names the heading words (folded), `hasValues` says whether a line holds figures.
 */
export function summaryRowTotal(
  lines: Line[],
  lineNo: number,
  folded: string,
  item: Span,
  isLast: boolean,
  choose: (folded: string) => string | undefined,
  hasValues: (lineNo: number) => boolean,
): string | undefined {
  const line = lines[lineNo];
  if (!isLast || !line || !NOTHING_AFTER.test(folded.slice(item.end, line.start + line.text.length))) return undefined;
  const headerNo = nonBlank(lines, lineNo, -1);
  const header = lines[headerNo];
  if (!header || hasValues(headerNo)) return undefined;
  const nextNo = nonBlank(lines, lineNo, 1);
  if (nextNo < lines.length && hasValues(nextNo)) return undefined;
  const words = folded.slice(header.start, header.start + header.text.length).trim();
  if (choose(words) !== 'subtotal') return undefined;
  // The shortest closing run of words that names a sum: "total (usd)", "total factura".
  const parts = words.split(/[ \t]+/u);
  for (let count = 1; count <= Math.min(4, parts.length - 1); count += 1) {
    const label = choose(parts.slice(-count).join(' '));
    if (label) return label === 'total' ? 'total' : undefined;
  }
  return undefined;
}
