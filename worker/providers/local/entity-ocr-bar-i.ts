/**
 * A scan reads a capital I as a bar: "|nvoice No:", "|ssue date". A bar opening a word, straight before
 * a lower-case letter, on a line with no other bar, is that letter; a table's bars stand between cells
 * ("| Qty |", "|Pos|Article"), and a margin's bar before a capital ("|Payment by BACS") is left a bar.
 * Folded one for one (as "l", the folded I), so offsets hold.
 */

/** The bar's character code. */
export const BAR_CODE = 124;
const LOWER = /\p{Ll}/u;

/** Whether the bar at `i` of `text` stands for an I. */
export function barIsLetterI(text: string, i: number): boolean {
  const before = text[i - 1];
  if (before !== undefined && !/\s/u.test(before)) return false;
  if (!LOWER.test(text[i + 1] ?? '')) return false;
  const lineStart = text.lastIndexOf('\n', i - 1) + 1;
  const lineEnd = text.indexOf('\n', i);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return line.indexOf('|') === i - lineStart && line.lastIndexOf('|') === i - lineStart;
}
