/**
 * An invoice word heading the right-hand column of a flattened header, its number in the same column
 * on the next line, the last cell there:
 *
 *   Northlight Media Ltd        Client                      Invoice
 *   2nd Floor, 14 Main Row      Ardcarn Dairy Society Ltd   NMB-2026-0477
 *
 * The word must end its line after a column gap, and the value must fill the next line's last cell,
 * lie under the word, and hold three digits or more: a title over an address ("Meadowlark Clinic
 * Invoice" over "12 Elm Street") or over a page mark ("Page 1") is no such pair. Read only when no
 * label names the number.
 */
import type { Line, Span } from './entity-text';
import { matchesOf } from './entity-matches';

/** The last cell of a line, after a column gap, one word: a reference has no blank inside. */
const LAST_CELL = /(?<=[ \t]{2})(?<cell>\S+)[ \t]*$/u;
const THREE_DIGITS = /\d(?:\D*\d){2}/u;
/** How far the value may start or end beside the heading's cell (hand-made and right-aligned columns drift). */
const SLACK = 3;

/**
 * `heading`: an invoice word alone ending its line after a column gap (global, multiline, folded text).
 * `referenceAt`: the reference starting at an offset of the original text.
 */
export function titleColumnNumbers(folded: string, lines: Line[], heading: RegExp, referenceAt: (offset: number) => Span | null): Span[] {
  const found: Span[] = [];
  for (const match of matchesOf(heading, folded)) {
    const lineNo = lines.findIndex((line) => match.index >= line.start && match.index <= line.end);
    const line = lines[lineNo];
    const below = lines[lineNo + 1];
    if (!line || !below) continue;
    const column = match.index - line.start;
    const width = match[0].trimEnd().length;
    const cell = LAST_CELL.exec(below.text);
    const value = cell?.groups?.cell;
    if (!cell || !value || !THREE_DIGITS.test(value)) continue;
    // Under the heading: the two cells overlap, within the slack.
    if (cell.index > column + width + SLACK || cell.index + value.length < column - SLACK) continue;
    const reference = referenceAt(below.start + cell.index);
    if (reference && reference.text === value) found.push(reference);
  }
  return found;
}
