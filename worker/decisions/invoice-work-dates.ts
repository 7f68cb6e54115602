/**
 * A date after a past participle and "on" says when work was done, not when the invoice was issued:
 * "Groomed on 10/05/2026 and 10/12/2026:", "Serviced on 3 March 2026", "Delivered on 02.04.2026". Such a
 * date is no stand-in for an unlabelled issue date. Words that do say when the invoice was made
 * ("Issued on", "Dated on", "Invoiced on", "Created on") are left to count.
 */

/** A past participle and "on" closing the text before a date, perhaps with the first dates of a list between ("on 10/05/2026 and"). */
const DONE_ON = /(?<![\p{L}])(?<verb>\p{L}{2,}ed)[ \t]+on[ \t]+(?:[^\n:;]{1,40}?(?:,|[ \t]and|[ \t]&)[ \t]*)?$/iu;
/**
 * A passive past with a few words between the participle and "on": "The punts were returned to the river on
 * 16 May 2026", "the boiler was serviced at your premises on". "was"/"were" make the verb's participle sure.
 */
const PASSIVE_DONE_ON = /(?<![\p{L}])(?:was|were|been)[ \t]+(?<verb>\p{L}{2,}ed)(?:[ \t]+[\p{L}'’-]+){1,4}[ \t]+on[ \t]+$/iu;
/** Participles of making or sending the invoice itself. */
const INVOICE_VERB = /^(?:issu|dat|invoic|bill|creat|rais|print|sen|post|prepar|generat|produc|writ|draft|email|mail|submitt|updat|amend|revis)ed$/iu;

/** Whether the words right before `start` in `text` (on its line) say the date is when work was done. */
export function isWorkDate(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(lineStart, start - 80), start);
  const verb = DONE_ON.exec(before)?.groups?.verb ?? PASSIVE_DONE_ON.exec(before)?.groups?.verb;
  return verb !== undefined && !INVOICE_VERB.test(verb);
}
