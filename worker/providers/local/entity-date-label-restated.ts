/**
 * A payment sentence that states its term and then restates it as a day: "Payment due within 30 days
 * of the invoice date, i.e. by 14/08/2026", "Payable within 14 days, that is on or before 1 May 2026",
 * "Zahlbar binnen 14 Tagen, d. h. bis 19.11.2026", "Paiement à 30 jours, c.-à-d. avant le 5 mars 2026".
 * The words nearest the date ("invoice date") would label it the issue date; "i.e. by" says the date is
 * the term's last day, the due date. Matched in the folded text (OCR's "Payrnent" reads as "payment").
 * Near misses: "i.e. by" in a sentence that opens with no payment word ("Delivered within 5 days, i.e.
 * by 3 May"), and a date after "i.e." with no "by"/"before" ("the invoice date, i.e. 14/08/2026"), keep their labels.
 */
import { foldPattern } from './entity-ocr';
import type { Span } from './entity-text';

/** The restatement right before the date. */
const RESTATED = new RegExp(
  `${foldPattern("(?:i\\.\\s?e\\.|that\\s+is|d\\.\\s?h\\.|das\\s+heißt|c\\.-à-d\\.|c['’]est-à-dire)")},?[ \\t]+${foldPattern('(?:by|on\\s+or\\s+before|before|bis(?:\\s+(?:zum|spätestens))?|spätestens(?:\\s+am)?|avant\\s+le|au\\s+plus\\s+tard\\s+le)')}[ \\t]*$`,
  'u',
);
/** A payment word opening the sentence the date ends. */
const PAYMENT_FIRST = new RegExp(`^[ \\t]*${foldPattern('(?:payment|payable|pay|due|settlement|remittance|zahlbar|zahlung|fällig|paiement|règlement)')}(?![\\p{L}])`, 'u');
/** How far back the restatement and its sentence may start. */
const REACH = 120;

/** Due labels for dates a payment sentence restates as its term's last day; `labels` is changed in place. `folded` is `foldText(text)`. */
export function labelRestatedDueDates(folded: string, dates: Span[], labels: (string | undefined)[]): void {
  dates.forEach((date, i) => {
    if (labels[i] === 'due') return;
    const lineStart = folded.lastIndexOf('\n', date.start - 1) + 1;
    const before = folded.slice(Math.max(lineStart, date.start - REACH), date.start);
    if (!RESTATED.test(before)) return;
    // The line the date ends opens with a payment word.
    if (PAYMENT_FIRST.test(folded.slice(lineStart, date.start))) labels[i] = 'due';
  });
}
