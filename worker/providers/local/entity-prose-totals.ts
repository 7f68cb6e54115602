/**
 * Totals an invoice written as prose states without a label word (run after `labelProseSums`, only
 * when no figure is labelled the total yet, except the last case):
 *
 * - a sum written out on a line of its own: "So that is £170.00 + £45.00 + £54.00 = £269.00.",
 *   "$1,330.00 + $240.00 - $157.00 = $1,363.00": the figure after "=" is the total (whether the
 *   arithmetic holds is for the decision);
 * - a sentence that opens with the word that sums: "Altogether $715.00;", "In total €980.00.";
 * - the largest figure, named as the sum after it: "..., £1,003.20 in all.";
 * - "That comes to CA$1,700.00 before tax; GST at 5% is CA$85.00, so the total of this invoice is
 *   CA$1,785.00": a "total" before tax, with the tax after it, is the subtotal, and the figure the
 *   sentence then calls the total is the total.
 */
import type { LabelledAmount } from './entity-scan';
import { lineAt } from './entity-text';
import { sumWordsBefore } from './entity-prose-total-cues';

/** Between the figures of a written sum: a plus or a minus sign only. */
const SIGN_BETWEEN = /^[ \t]*[+\-−–][ \t]*$/u;
/**
 * Between the last figure of a written sum and its result: an "=" alone (also read by entity-prose-subtotal).
 * The "=" sums are read three ways whose logic differs, so they share no parser: here a line that is nothing but
 * signed figures; entity-prose-subtotal's "Subtotal A + VAT B = C", labelled figures with words between them;
 * invoice-equals-sum's tax run closed by "=" (a currency sign may stand beside it), the line's figures added up.
 */
export const EQUALS_BETWEEN = /^[ \t]*=[ \t]*$/u;
/** What may stand before the first figure of such a line: a few words, no figure ("So that is", "Total:"). */
const SUM_LINE_LEAD = /^[ \t]*(?:[\p{L}'’]+[ \t]*){0,4}:?[ \t]*$/u;
/** What may follow the last figure: a stop, perhaps a currency code. */
const SUM_LINE_END = /^[ \t]*(?:[A-Z]{3})?[ \t]*[.!]?[ \t]*$/u;

/** The word that sums, opening its sentence right before the figure: "Altogether $715.00". */
/** Words naming a sum: "altogether", "all told", "in total", "in all" (also read by entity-prose-subtotal). */
export const SUMMING_WORDS = String.raw`(?:altogether|all[ \t]+told|in[ \t]+total|in[ \t]+all)`;
const SUMS_BEFORE = new RegExp(String.raw`(?:^|[.!?;:\n][ \t]*)(?:${SUMMING_WORDS}|all[ \t]+in)[ \t,:]*(?:[A-Z]{3}|\p{Sc})?[ \t]*$`, 'iu');
/**
 * The sum named after the figure, ending its sentence or clause: "£1,003.20 in all.", "…, so €2,932.81 total." (a bare "total" only here,
 * not as a subtotal's word), "£968.40 in all, due by 16 July 2026" (the due date's clause follows the comma).
 */
const SUMS_AFTER = new RegExp(String.raw`^[ \t]*(?:${SUMMING_WORDS}|total)[ \t]*(?:[.!;,]|$)`, 'iu');

/** A sum before tax: "before tax", "before GST", "excluding VAT", "plus tax". */
const BEFORE_TAX_AFTER = /^[ \t]*(?:before|excl(?:uding|\.)?|exclusive[ \t]+of|plus|\+)[ \t]+(?:the[ \t]+)?(?:tax|taxes|vat|gst|hst|pst|sales[ \t]+tax)(?![\p{L}])/iu;
/** The total named right before its figure: "the total of this invoice is", "total due is", "a total of". */
const TOTAL_BEFORE = /(?<![\p{L}])total(?:[ \t\n]+(?:of|due|amount|payable|for)(?:[ \t\n]+(?:this|the|your)[ \t\n]+(?:invoice|bill))?)?[ \t\n]*(?:is|comes[ \t]+to|of|:)?[ \t\n]*(?:[A-Z]{2}\p{Sc}|[A-Z]{3}|\p{Sc})?[ \t]*$/iu;
/** How far the tax and the total may stand from the sum before tax. */
const TOTAL_REACH = 200;

/**
 * When `amounts[i]` is the figure after "=" on a line that is nothing but a written sum ("A + B - C = D"),
 * the sum of the figures before it, with their signs; otherwise null.
 */
export function writtenSum(text: string, amounts: LabelledAmount[], i: number): number | null {
  const amount = amounts[i];
  const previous = amounts[i - 1];
  if (!amount || !previous || !EQUALS_BETWEEN.test(text.slice(previous.end, amount.start))) return null;
  const { start: lineStart, end: lineEnd } = lineAt(text, amount.start);
  if (!SUM_LINE_END.test(text.slice(amount.end, lineEnd))) return null;
  let first = i - 1;
  let total = previous.value;
  while (first > 0) {
    const before = amounts[first - 1];
    const between = before && before.start >= lineStart ? text.slice(before.end, amounts[first]?.start) : '';
    if (!before || !SIGN_BETWEEN.test(between)) break;
    // The sign before a figure is the one between it and the figure before it.
    if (!between.includes('+')) total -= 2 * (amounts[first]?.value ?? 0);
    total += before.value;
    first -= 1;
  }
  const opening = amounts[first];
  if (first === i - 1 || opening === undefined || !SUM_LINE_LEAD.test(text.slice(lineStart, opening.start))) return null;
  return Math.round(total * 100) / 100;
}

/** Labels `amounts` (sorted by start) in place as the totals above describe. */
export function labelProseTotals(text: string, amounts: LabelledAmount[]): void {
  if (amounts.length < 2) return;
  relabelTotalBeforeTax(text, amounts);
  if (amounts.some((amount) => amount.label === 'total')) return;
  const largest = Math.max(...amounts.map((amount) => amount.value));
  for (let i = amounts.length - 1; i >= 0; i -= 1) {
    const amount = amounts[i];
    if (!amount || amount.label) continue;
    const before = text.slice(Math.max(0, amount.start - 30), amount.start);
    const after = text.slice(amount.end, amount.end + 20);
    // "All in, that's $2,825.00", "Insgesamt ergibt das 834,80 €": the largest figure, summed in other words (see entity-prose-total-cues).
    const sums = (SUMS_AFTER.test(after) && amount.value === largest) || SUMS_BEFORE.test(before) || writtenSum(text, amounts, i) !== null || (amount.value === largest && sumWordsBefore(text, amount.start, amounts[i - 1]?.label === 'tax'));
    if (sums) {
      amount.label = 'total';
      return;
    }
  }
}

/** "That comes to CA$1,700.00 before tax; GST ... CA$85.00, so the total ... is CA$1,785.00": the first is the subtotal. */
function relabelTotalBeforeTax(text: string, amounts: LabelledAmount[]): void {
  const i = amounts.findIndex((amount) => amount.label === 'total');
  const sum = amounts[i];
  const tax = amounts[i + 1];
  const total = amounts[i + 2];
  if (!sum || tax?.label !== 'tax' || !total || (total.label && total.label !== 'total')) return;
  if (!BEFORE_TAX_AFTER.test(text.slice(sum.end, sum.end + 30)) || total.start - sum.end > TOTAL_REACH) return;
  if (amounts.slice(i + 3).some((amount) => amount.label === 'total')) return;
  // "..., so £783.72 in total.": the sum may be named after the figure instead.
  if (!TOTAL_BEFORE.test(text.slice(Math.max(0, total.start - 60), total.start)) && !SUMS_AFTER.test(text.slice(total.end, total.end + 20))) return;
  if (Math.abs(sum.value + tax.value - total.value) > 0.01) return;
  sum.label = 'subtotal';
  total.label = 'total';
}
