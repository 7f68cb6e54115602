/**
 * "3 x longtail transfer to Tonsai at ฿1,200.00: ฿3,600.00": a transfer sold as an item (a boat, a bus, an
 * airport run) goes to a place, and its row is no payment sentence. A payee cue ("transfer to", "payment to")
 * names no payee on a line that is an item's row: opened by a count and a multiplication sign, or pricing
 * the words after the cue ("at ฿1,200.00", "@ EUR 45.00"). "Bank transfer to Mara Lind, IBAN ..." names one.
 */

/** A row opening with its count and a multiplication sign, perhaps after a list mark: "3 x ", "- 2 × ". */
const COUNT_TIMES = /^[ \t]*(?:[-*•·][ \t]*)?\d+(?:[.,]\d+)?[ \t]*[x×][ \t]+\p{L}/u;
/** A unit price after the cue: "at" or "@", then a currency and a figure, or a figure with cents. */
const PRICED = /(?:^|[ \t])(?:at|@)[ \t]*(?:(?:[A-Z]{3}|\p{Sc})[ \t]*\d|\d[\d,.' ]*[.,]\d{2}(?!\d))/u;

/** Whether the payee cue at `cueStart` in `text` stands in an item's row: the line opens with a count, or prices what follows the cue. */
export function payeeCueInItemRow(text: string, cueStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', cueStart - 1) + 1;
  const lineEnd = text.indexOf('\n', cueStart);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return COUNT_TIMES.test(line) || PRICED.test(line.slice(cueStart - lineStart));
}
