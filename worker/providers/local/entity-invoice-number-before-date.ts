/**
 * A header row flattened to single blanks, read by its dates. A PDF-to-text tool joins the sender's
 * address column and the header's cells with one blank each:
 *
 *   Hafenstrasse 25 Rechnung Nr. Datum Kunden-Nr.
 *   4057 Basel RAK-2026-1477 30.10.2026 20418
 *
 * Neither the column of the heading nor a count of cells finds the number (the postcode "4057" stands
 * under the heading). But where the invoice-number heading is followed straight by a date heading
 * ("Datum", "Invoice Date", "Factuurdatum"), the number stands straight before the first date of the
 * row under it. A row with no such token (a word, a date opening the row) gives nothing.
 */
import type { Line, Span } from './entity-text';

/** A date heading one blank after the number heading (a spaced table is read by its columns): "Datum", "Invoice Date", "Factuurdatum", "Fecha". At most one word before it. */
const DATE_HEADING_NEXT = /^ (?:\p{L}+ )?\p{L}*(?:date|datum|data|fecha)(?![\p{L}])/iu;

/**
 * The start of the token straight before the first date of line `lineNo` (its text offset), when the
 * heading ending at `headingEnd` is followed by a date heading; null otherwise.
 */
export function tokenBeforeFirstDate(folded: string, lines: Line[], headingLineNo: number, headingEnd: number, dates: Span[]): number | null {
  const headingLine = lines[headingLineNo];
  if (!headingLine) return null;
  const rest = folded.slice(headingEnd, headingLine.start + headingLine.text.length);
  if (!DATE_HEADING_NEXT.test(rest)) return null;
  let lineNo = headingLineNo + 1;
  while (lineNo < lines.length && !lines[lineNo]?.text.trim()) lineNo += 1;
  const below = lines[lineNo];
  if (!below) return null;
  const lineEnd = below.start + below.text.length;
  let first: Span | undefined;
  for (const date of dates) if (date.start >= below.start && date.start < lineEnd && (!first || date.start < first.start)) first = date;
  if (!first) return null;
  const before = folded.slice(below.start, first.start);
  // One blank between the token and the date: the flattened row's gap.
  const match = /(?:^|[ \t])(\S+) $/u.exec(before);
  if (!match?.[1]) return null;
  return below.start + match.index + match[0].indexOf(match[1]);
}
