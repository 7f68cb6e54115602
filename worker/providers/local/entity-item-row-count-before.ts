/**
 * A sum's word in an item's description when the row's count stands after the description, in its own
 * column before the figures: "Shade net 55%, roll      8     9,750.00     78,000.00" under "Description  Qty
 * Price  Amount". The count does not open the row there (see `entity-item-row-sum` for rows it opens), so
 * the row is taken for an item only when it multiplies as one: the count times the first figure is the
 * second. A table's summary row ("Total   12   4,500.00   900.00   5,400.00": items, net, tax, gross) does not.
 */
import type { Span } from './entity-text';

/** Labels of sums, which no item row carries. */
const SUM_LABELS = new Set(['subtotal', 'total', 'balance']);

/** Words, a column gap, the count, and the first figure's column: "...roll      8     " (perhaps "8 x ", "8 @ "). */
const COUNT_BEFORE = /(?<=\S)[ \t]{2,}(?<count>\d{1,4}(?:[.,]\d{1,3})?)[ \t]+(?:[x×@][ \t]+)?$/u;
const OPENS_WITH_WORD = /^[ \t]*\p{L}/u;

function valueOf(span: Span | undefined): number | undefined {
  const value = (span as { value?: unknown } | undefined)?.value;
  return typeof value === 'number' ? value : undefined;
}

/**
 * Whether `label`, read in the words before the first of a row's figures (`before`, from the line's start),
 * is a word of the item's description: the count before the figures times the first is the second.
 */
export function sumWordBeforeCount(label: string, before: string, onLine: Span[], position: number): boolean {
  if (position !== 0 || onLine.length < 2 || !SUM_LABELS.has(label) || !OPENS_WITH_WORD.test(before)) return false;
  const count = COUNT_BEFORE.exec(before)?.groups?.count;
  const price = valueOf(onLine[0]);
  const amount = valueOf(onLine[1]);
  if (count === undefined || price === undefined || amount === undefined) return false;
  return Math.abs(Number(count.replace(',', '.')) * price - amount) < 0.02;
}
