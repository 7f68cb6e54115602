/**
 * A row that shows its own arithmetic: two numbers side by side on its line multiply to its amount
 * ("3 x 95,00  €  285,00", "Balance staff  400  18.25  7'300.00"). Such a figure is an item's
 * amount, whatever word of its description a label reader took for "tax" or "balance".
 */
import { parseNumber } from '../providers/local/entity-amounts';

/** Numbers as written, with their grouping: 4, 4.5, 1'800.00, 1.125,00. */
const NUMBER = /\d+(?:[.,'’]\d+)*/gu;
/** Rows are short; a longer line is prose, not read so. */
const MAX_LINE = 400;
const MAX_NUMBERS = 30;

/** Whether two numbers next to each other on `line` multiply to `value` (within a cent). */
export function statesOwnProduct(line: string, value: number): boolean {
  if (line.length > MAX_LINE || value <= 0) return false;
  const numbers = [...line.matchAll(NUMBER)].slice(0, MAX_NUMBERS).map((match) => parseNumber(match[0]));
  for (let i = 1; i < numbers.length; i += 1) {
    const a = numbers[i - 1] ?? 0;
    const b = numbers[i] ?? 0;
    // A factor of one proves nothing: "1  285,00  285,00" would hold for any figure.
    if (a > 1 && b > 0 && Math.abs(a * b - value) <= 0.01 + 1e-9) return true;
  }
  return false;
}
