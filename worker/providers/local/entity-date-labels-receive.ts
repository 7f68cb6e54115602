/**
 * A letter's polite deadline: "an amount payable of $2,507.00, which we would be glad to receive by June 18,
 * 2026", "we should be grateful to receive payment before 30 June", "we look forward to receiving your
 * payment by 1 May". The words end right at the date, so they are the date's own label and outweigh a
 * label guessed from the line above (a prose paragraph read as a header row: "We supplied ..." over it).
 * "glad to receive your order by 3 May" names no payment: only "it", "this", "payment" or the amount may
 * stand between the verb and "by".
 */
import type { Span } from './entity-text';

const RECEIVE_BY =
  /(?<![\p{L}])(?:(?:glad|happy|pleased|grateful|obliged)[ \t]+to[ \t]+receive|look[ \t]+forward[ \t]+to[ \t]+receiving)(?:[ \t]+(?:it|this|payment|(?:the|your)[ \t]+(?:payment|amount|sum|balance|total|remittance)))?[ \t]+(?:by|before|no[ \t]+later[ \t]+than|on[ \t]+or[ \t]+before)[ \t]*$/iu;
/** How far back the words may start before the date. */
const REACH = 64;
/** Labels such words outweigh: none, a period's end, a delivery guessed from a heading. */
const WEAKER = new Set([undefined, 'end', 'delivery']);

/** Due labels for dates a polite "glad to receive by" asks payment by; `labels` is changed in place. */
export function labelReceiveByDates(text: string, dates: Span[], labels: (string | undefined)[]): void {
  dates.forEach((date, i) => {
    if (!WEAKER.has(labels[i])) return;
    const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
    if (RECEIVE_BY.test(text.slice(Math.max(lineStart, date.start - REACH), date.start))) labels[i] = 'due';
  });
}
