/**
 * A row of cells, each a word and a date, as a flattened header prints them: "Druckfreigabe 09.04.2026
 * Lieferung 14.04.2026   Lieferschein LS-26-0771" (print approval, delivery). Each date there has its own
 * label, without a colon; a label that no date or invoice word names (see `DATE_OR_INVOICE_WORD`) names
 * some other day, never the issue date. One date on its line proves no row: "Wien 09.04.2026" may be a
 * dated place.
 */
import type { LabelledDate } from '../providers/local/entity-scan';

/** A word opening its cell (the line's start, a column gap or a bar) and a blank, right before a date. */
const CELL_WORD_BEFORE = /(?:^|[ \t]{2,}|\|[ \t]*)(?<word>\p{L}[\p{L}-]{3,30})[ \t]+$/u;
/** Dates of one row stand on one line, so a row holds at most this many characters before its date. */
const REACH = 40;

function cellWord(text: string, date: LabelledDate): string | undefined {
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  return CELL_WORD_BEFORE.exec(text.slice(Math.max(lineStart, date.start - REACH), date.start))?.groups?.word;
}

/** The word labelling `date` in a row of two or more labelled dates on its line, or undefined. */
export function rowCellLabel(text: string, date: LabelledDate, dates: LabelledDate[]): string | undefined {
  const word = cellWord(text, date);
  if (word === undefined) return undefined;
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  const lineEnd = text.indexOf('\n', date.end);
  const onLine = dates.filter((other) => other.start >= lineStart && (lineEnd < 0 || other.end <= lineEnd));
  return onLine.length >= 2 && onLine.every((other) => other === date || other.label !== undefined || cellWord(text, other) !== undefined) ? word : undefined;
}
