/**
 * Sums an invoice written as prose states in passing, which the label words before a figure do not
 * name (run after `labelItems`, before the line items are read):
 *
 * - a subtotal: "Parts and labor come to $193.99, plus 8% sales tax ($15.52).", "..., i.e. €2,480.00,
 *   less the 10% discount": a figure after "come to" / "i.e." whose sentence goes on to add a tax or
 *   take off a discount that is stated, with the invoice's total after them;
 * - the figure left after a discount, "which after the discount is €2,232.00": not a discount itself;
 * - a closing total: "Subtotal $2,194.00 + GST 10% $219.40 = $2,431.40", "That's £1,013.00 altogether".
 */
import type { LabelledAmount } from './entity-scan';
import { EQUALS_BETWEEN, SUMMING_WORDS } from './entity-prose-totals';

/** The words that sum what went before, right before the figure (and its currency). */
const SUM_CUE_BEFORE = /(?:(?<![\p{L}])(?:comes?|came|amounts?|amounted|adds?[ \t]+up|added[ \t]+up)[ \t]+to|(?<![\p{L}])i\.[ \t]?e\.,?|(?<![\p{L}])that[ \t]+is,)[ \t]*(?:[A-Z]{3}|\p{Sc})?[ \t]*$/u;
/** What follows a sum before tax or discount: ", plus 8% sales tax", " before VAT", ", less the 10% discount". */
const ADJUSTED_AFTER = /^[ \t]*(?:,[ \t]*)?(?:plus|\+|before|excl(?:uding|\.)?|exclusive[ \t]+of|less|minus)(?![\p{L}])/iu;
/** How far the tax or discount may stand from the sum: the same sentence or the next. */
const ADJUSTMENT_REACH = 160;

/** The figure left after a discount: "after the discount is €2,232.00", "after 10% discount: 900.00". */
const AFTER_DISCOUNT = /(?<![\p{L}])after[ \t]+(?:the[ \t]+|a[ \t]+)?(?:\d{1,2}(?:[.,]\d+)?[ \t]*%[ \t]+)?discount[ \t]*(?:is|of|comes[ \t]+to|:|,)?[ \t]*(?:[A-Z]{3}|\p{Sc})?[ \t]*$/iu;

/** "That's £1,013.00 altogether": the sentence's own sum, named after the figure. */
const THATS_BEFORE = /(?:^|[.!?\n][ \t]*)(?:that['’]s|that[ \t]+is|which[ \t]+is)[ \t]*(?:[A-Z]{3}|\p{Sc})?[ \t]*$/iu;
const ALTOGETHER_AFTER = new RegExp(String.raw`^[ \t]*${SUMMING_WORDS}(?![\p{L}])`, 'iu');

/** "Subtotal A + VAT B = C" on one line: C is the sum of the two. */
const PLUS_BETWEEN = /^[^\n]*\+[^\n]*$/u;

function sameLine(text: string, from: number, to: number): boolean {
  return !text.slice(from, to).includes('\n');
}

/** Labels `amounts` (sorted by start) in place as the sums above describe. */
export function labelProseSums(text: string, amounts: LabelledAmount[]): void {
  if (!amounts.length) return;
  for (const amount of amounts) {
    if (amount.label === 'discount' && AFTER_DISCOUNT.test(text.slice(Math.max(0, amount.start - 60), amount.start))) amount.label = 'net-after-discount';
  }
  const lastTotal = amounts.findLastIndex((amount) => amount.label === 'total');
  for (let i = 0; i < amounts.length; i += 1) {
    const amount = amounts[i];
    if (!amount || amount.label) continue;
    // The words after the figure, anchored and short, are the cheap test; the words before it only then.
    const after = text.slice(amount.end, amount.end + 40);
    const before = (): string => text.slice(Math.max(0, amount.start - 60), amount.start);
    if (i < lastTotal && ADJUSTED_AFTER.test(after) && SUM_CUE_BEFORE.test(before())) {
      // The next labelled figure must be the tax or discount, within reach and before the total.
      const next = amounts.slice(i + 1).find((other) => other.label);
      if (next && (next.label === 'tax' || next.label === 'discount') && next.start - amount.end <= ADJUSTMENT_REACH && !text.slice(amount.end, next.start).includes('\n\n')) {
        amount.label = 'subtotal';
      }
      continue;
    }
    if (lastTotal < 0 && ALTOGETHER_AFTER.test(after) && THATS_BEFORE.test(before())) {
      amount.label = 'total';
      continue;
    }
    const tax = amounts[i - 1];
    const subtotal = amounts[i - 2];
    if (
      tax?.label === 'tax' &&
      subtotal?.label === 'subtotal' &&
      EQUALS_BETWEEN.test(text.slice(tax.end, amount.start)) &&
      sameLine(text, subtotal.start, amount.end) &&
      PLUS_BETWEEN.test(text.slice(subtotal.end, tax.start))
    ) {
      amount.label = 'total';
    }
  }
}
