/**
 * The sentence a date stands in, within its line. A word of payment elsewhere on the line says nothing
 * of the date: in "Work completed May 15, 2026. Contract signed April 14, 2026, deposit paid the same day."
 * the day the work ended is no deadline, though "paid" shares its line.
 */

/** A sentence's end: a stop, a question or exclamation mark or a semicolon before a blank. */
const SENTENCE_END = /[.!?;](?=[ \t])/g;

/** The text of the sentence holding [start, end) of `text`, cut at its line and at sentence ends. */
export function sentenceAround(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline);
  let from = 0;
  let to = line.length;
  for (const cut of line.matchAll(SENTENCE_END)) {
    const at = cut.index + 1;
    if (lineStart + at <= start) from = at;
    else if (lineStart + cut.index >= end) {
      to = at;
      break;
    }
  }
  return line.slice(from, to);
}
