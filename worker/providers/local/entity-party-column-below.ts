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
 * So is a value that reads as a name, unless it heads a column of its own in a row of headings
 * ("Customer   Sailing   Documents" over "Ostwick Freight Ltd   ETD 13/03/2026   B/L 4481").
 */
import { FIELD_WITH_FIGURE } from './entity-party-guards';
import { columnsOf, columnValueStart, nameAt, nextLineStart, restOfLine } from './entity-party-lines';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';

type NameSpan = { start: number; end: number };

/** How far a flattened column's cells may drift from one line to the next, in characters. */
const DRIFT = 3;

/** A name under the heading: a name alone in its cell, with no figure (a street or a code is none). */
function cellName(text: string, span: NameSpan | null): NameSpan | null {
  if (!span) return null;
  const value = text.slice(span.start, span.end);
  return /\d/u.test(value) || !looksLikeName(value) || leadingName(value) !== value ? null : span;
}

/** Another field's label after a column gap: one to three words and a colon ("Invoice No:", "Paym ent Due:"). */
const OTHER_LABEL = /^\p{L}[\p{L}.#]*(?:[ \t]\p{L}[\p{L}.#]*){0,2}[ \t]*[:：]/u;

/** The name in the label's column on the next line. */
function nameUnder(text: string, labelStart: number): NameSpan | null {
  const below = nextLineStart(text, labelStart);
  const start = below === null ? null : columnValueStart(text, labelStart, below);
  return start === null ? null : cellName(text, nameAt(text, start));
}

/**
 * The name in the heading's column on the line below, when the heading (`labelMatch`, matched at
 * `labelStart`) is followed, after a column gap, by something that is not its value: without a
 * colon, another column's field, title or heading; with one, the next column's own label. Null
 * otherwise (the caller keeps its reading).
 */
export function nameBelowColumnHeading(text: string, labelMatch: string, labelStart: number, value: NameSpan | null): NameSpan | null {
  if (!value || !/(?:[ \t]{2,}|\t)$/u.test(text.slice(labelStart, value.start))) return null;
  const cell = text.slice(value.start, value.end);
  // "Invoice To:      lnvoice No:   BE-40772": a label with a colon, then the next column's own label (a scan's included).
  if (/[:：]/u.test(labelMatch)) return OTHER_LABEL.test(restOfLine(text, value.start)) ? nameUnder(text, labelStart) : null;
  if (HAS_LEGAL_FORM.test(cell)) return null;
  const otherField = FIELD_WITH_FIGURE.test(restOfLine(text, value.start));
  const below = nextLineStart(text, labelStart);
  if (below === null) return null;
  const start = columnValueStart(text, labelStart, below);
  const name = start === null ? null : cellName(text, nameAt(text, start));
  if (otherField || !looksLikeName(leadingName(cell) || cell)) return name;
  // A row of column headings ("Customer   Declarant ref.", "BILL TO   IMPORTER OF RECORD"): the value heads
  // a column of its own on the line below, and the heading's cell below holds a company's name.
  return headingRow(text, labelStart, value, below) && name && HAS_LEGAL_FORM.test(text.slice(name.start, name.end)) ? name : null;
}

/** The heading's line holds no figure, and the next line has a cell where the value starts, as a column's heading has. */
function headingRow(text: string, labelStart: number, value: NameSpan, below: number): boolean {
  const lineStart = text.lastIndexOf('\n', labelStart - 1) + 1;
  if (/\d/u.test(restOfLine(text, lineStart))) return false;
  const column = value.start - lineStart;
  return columnsOf(restOfLine(text, below)).some((cell) => Math.abs(cell.start - column) <= DRIFT);
}
