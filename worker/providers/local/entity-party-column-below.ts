/**
 * A party's heading without a colon in a header flattened into columns, where the same line goes on
 * with another column's field or title, so its own value is the cell under it:
 *
 *   INVOICE TO                          Account               QUA-07
 *   Quayhaven Candle Company Ltd        Period                Feb 2026
 *
 *   Northlight Media Ltd      Client                           Invoice
 *   2nd Floor, 14 Merrion Row Ardcarn Dairy Co-operative Ltd   NMB-2026-0477
 *
 * What follows the heading after a column gap is another column's field ("Account  QUA-07",
 * "Collection date  09/03/2026") or a word that is no name ("INVOICE"); the name is read in the
 * heading's column on the next line. A value with a legal form ("Unit 4 Holdings Ltd") is kept.
 */
import { FIELD_WITH_FIGURE } from './entity-party-guards';
import { columnValueStart, nameAt, nextLineStart, restOfLine } from './entity-party-lines';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';

type NameSpan = { start: number; end: number };

/** A name under the heading: a name alone in its cell, with no figure (a street or a code is none). */
function cellName(text: string, span: NameSpan | null): NameSpan | null {
  if (!span) return null;
  const value = text.slice(span.start, span.end);
  return /\d/u.test(value) || !looksLikeName(value) || leadingName(value) !== value ? null : span;
}

/**
 * The name in the heading's column on the line below, when the heading (`labelMatch`, matched at
 * `labelStart`) has no colon and its line goes on, after a column gap, with something that is not
 * its value; null otherwise (the caller keeps its reading).
 */
export function nameBelowColumnHeading(text: string, labelMatch: string, labelStart: number, value: NameSpan | null): NameSpan | null {
  if (!value || /[:：]/u.test(labelMatch) || !/(?:[ \t]{2,}|\t)$/u.test(labelMatch)) return null;
  const cell = text.slice(value.start, value.end);
  if (HAS_LEGAL_FORM.test(cell)) return null;
  const otherField = FIELD_WITH_FIGURE.test(restOfLine(text, value.start));
  if (!otherField && looksLikeName(leadingName(cell) || cell)) return null;
  const below = nextLineStart(text, labelStart);
  const start = below === null ? null : columnValueStart(text, labelStart, below);
  return start === null ? null : cellName(text, nameAt(text, start));
}
