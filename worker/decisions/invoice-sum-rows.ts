/**
 * A running sum among the rows: "Gross value  1,76,350.00" or "Sum of lines  500.70" under the items, then
 * a discount and a charge (freight, postage) before the net. The row repeats the sum of every row above it
 * (two or more) and is read as one more item, so the items seem to make twice their sum. Unlike the
 * subtotal row of `invoice-sum-repairs` (a), it need not be the last row: charges follow it. A row that
 * shows its own quantity and price ("3  24.90  74.70") is an item whatever it adds up to.
 */
import type { FoundLineItem } from '../providers/local/entity-scan';
import { lineAt } from '../providers/local/entity-text';
import { statesOwnProduct } from './invoice-row-product';
import { agrees, sum } from './invoice-sums';

/** The rows less each that repeats the sum of the kept rows above it; null when none does. */
export function withoutSumRows(text: string, items: FoundLineItem[]): FoundLineItem[] | null {
  const kept: FoundLineItem[] = [];
  let dropped = false;
  for (const item of items) {
    const above = sum(kept.map((row) => row.amount));
    const line = lineAt(text, item.start);
    const repeatsSum =
      kept.length >= 2 && above > 0 && item.computed === undefined && agrees(above, item.amount, kept.length) && !statesOwnProduct(text.slice(line.start, line.end), item.amount);
    if (repeatsSum) dropped = true;
    else kept.push(item);
  }
  return dropped ? kept : null;
}
