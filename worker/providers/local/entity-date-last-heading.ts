/**
 * A date heading closing a flattened header row labels the date closing the row below, when that date is
 * the row's only one: "Your Order Due Date" over "PO-7781 05/08/2026", "Réf. devis DV-12 Échéance" over
 * "19/04/2026". The headings before it name references or words, not dates, so neither the count nor
 * the blanks pair them off; but the last heading and the last value stand at the rows' ends.
 */
import type { Line, Span } from './entity-text';

/** Only the rest of the last heading's words (and a colon) after its start: it closes its line. */
const CLOSES_LINE = /^[\p{L}. -]*[:：]?[ \t]*$/u;

/**
 * The label of the header's last column, when it closes the header line (the nearest non-blank line above
 * `lineNo`) and `item`, the only date of its line, closes the line; undefined otherwise.
 */
export function lastHeadingLabel(lines: Line[], lineNo: number, folded: string, columns: { label: string; start: number }[], item: Span, datesOnLine: number): string | undefined {
  const last = columns[columns.length - 1];
  const line = lines[lineNo];
  if (!last || !line || datesOnLine !== 1 || folded.slice(item.end, line.start + line.text.length).trim()) return undefined;
  let headerNo = lineNo - 1;
  while (headerNo >= 0 && !lines[headerNo]?.text.trim()) headerNo -= 1;
  const header = lines[headerNo];
  if (!header) return undefined;
  return CLOSES_LINE.test(folded.slice(header.start + last.start, header.start + header.text.length)) ? last.label : undefined;
}
