/**
 * A label/value grid: a row of labels over a row of values, cells paired by position, as a careful
 * reader pairs a table's headings with the cells under them.
 *
 *   | N. fattura / Invoice no. | Data / Date | Scadenza / Due date |
 *   | 118/2026                 | 16/03/2026  | 15/04/2026          |
 *
 *   | Invoice to               | Deliver to              | Invoice details        |
 *   | Vantrell Controls GmbH   | Koval Logistics s.r.o.  | Invoice no. EM/26/118  |
 *
 * Borders are "|" (the invoice rules read "│", "¦" and a scanned "l" as "|" first, see
 * `entity-borders`). Each pair is read like a stacked label block (see `entity-stacked`), so only
 * a label the ordinary readers know gives a field; an item table's headings give none.
 */
import type { StackedPair } from './entity-stacked';
import type { Line, Span } from './entity-text';

/** A row of cells: at least two, between bars. */
const MIN_CELLS = 2;
/** A heading: a few words, no figure, no colon with a value after it (a scan's digit for a letter allowed: "1nvoice to"). */
const HEADING = /^[\p{L}\d][\p{L}\d.'’ /()&-]{0,44}$/u;
/** A digit that is no letter of a word: followed by no letter ("Widget 2", "10.00"). */
const FIGURE_DIGIT = /\d(?!\p{L})/u;
const MAX_HEADING_WORDS = 6;

/** The cells of a barred line ("| a | b |"), trimmed, with their offsets; none when the line is no row of cells. */
function cellsOf(line: Line): Span[] {
  const text = line.text;
  const first = text.indexOf('|');
  if (first < 0 || text.slice(0, first).trim()) return [];
  const cells: Span[] = [];
  let at = first + 1;
  while (at < text.length) {
    const bar = text.indexOf('|', at);
    const end = bar < 0 ? text.length : bar;
    const raw = text.slice(at, end);
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    cells.push({ start: line.start + at + lead, end: line.start + at + lead + value.length, text: value });
    if (bar < 0) break;
    at = bar + 1;
  }
  // A closing bar leaves an empty last cell behind it.
  if (cells.length && !cells[cells.length - 1]?.text && text.trimEnd().endsWith('|')) cells.pop();
  return cells;
}

function isHeading(cell: Span): boolean {
  return HEADING.test(cell.text) && !FIGURE_DIGIT.test(cell.text) && /\p{L}/u.test(cell.text) && cell.text.split(/\s+/u).length <= MAX_HEADING_WORDS;
}

/** Pairs of heading and value from each barred row of headings over a barred row with a figure, cell for cell. */
export function gridPairs(lines: Line[]): StackedPair[] {
  const pairs: StackedPair[] = [];
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i] as Line;
    // Cheap guard: a row of headings holds a bar and no figure.
    if (!line.text.includes('|') || FIGURE_DIGIT.test(line.text)) continue;
    // A scan's stray bar opening the row leaves an empty first cell: "| | Invoice to | Deliver to |".
    const cells = cellsOf(line);
    const named = cells[0]?.text === '' ? cells.slice(1) : cells;
    if (named.length < MIN_CELLS || !named.every(isHeading)) continue;
    const values = cellsOf(lines[i + 1] as Line);
    const headings = values.length === named.length ? named : cells;
    if (values.length !== headings.length || values.every((cell) => isHeading(cell) || !cell.text)) continue;
    headings.forEach((heading, k) => {
      const value = values[k];
      if (value?.text && heading.text) pairs.push({ label: heading, value });
    });
  }
  return pairs;
}
