/**
 * A two-column header flattened to single blanks, the invoice's title closing the sender's first line
 * and its number closing the next, after a number word:
 *
 *   SHIPYARD SUPPLIES SARL FACTURE
 *   Quai des Docks, Hangar 3 N° F2026-0077
 *
 * No column gap is left, so neither the heading's column nor a bare label at a line's start finds it;
 * but a number word with a reference ending the line right under a line ending in the title is the
 * title box's number. The reference must hold a digit and a letter or a separator (not "N° 14", a house
 * number), or be a long run of digits (six or more: "No. 0000002418", as Bulgarian invoices number them in ten
 * digits, longer than any house number); read only when no label names the number.
 */
import type { Line, Span } from './entity-text';
import { matchesOf } from './entity-matches';

const LONG_DIGITS = /^\d{6,}$/u;

/**
 * `titleEnd`: an invoice word ending its line after other words (global, multiline, folded text).
 * `numberEnd`: a number word and its reference closing a line, the reference in group `ref` (folded text).
 */
export function flatTitleBoxNumbers(folded: string, lines: Line[], titleEnd: RegExp, numberEnd: RegExp, referenceAt: (offset: number) => Span | null): Span[] {
  const found: Span[] = [];
  for (const match of matchesOf(titleEnd, folded)) {
    const lineNo = lines.findIndex((line) => match.index >= line.start && match.index <= line.end);
    const below = lines[lineNo + 1];
    if (lineNo < 0 || !below) continue;
    const value = numberEnd.exec(folded.slice(below.start, below.end));
    const ref = value?.groups?.ref;
    if (!value || !ref || !(/[\p{L}/-]/u.test(ref) || LONG_DIGITS.test(ref))) continue;
    const reference = referenceAt(below.start + value.index + value[0].lastIndexOf(ref));
    if (reference && reference.text.length === ref.length) found.push(reference);
  }
  return found;
}
