/**
 * An invoice exported by accounting software as CSV: a row of headings over rows of values, one
 * row per invoice line, each repeating the invoice's own fields.
 *
 *   "Invoice No","Contact","Invoice Date","Due Date","Item",...
 *   "SJ-1187","Marchbank Interiors Ltd","2026-03-12","2026-04-11","OAK-SHELF",...
 *
 * Each heading names the cell under it in the first row of values; the pairs are read like a
 * stacked label block (see `entity-stacked`). In a sales export the contact is who is invoiced.
 */
import type { StackedPair } from './entity-stacked';
import type { Line } from './entity-text';

/** A CSV row: at least this many cells. */
const MIN_CELLS = 5;
/** A cell: quoted (with "" for a quote) or bare, up to the next comma. */
const CELL = /"((?:[^"]|"")*)"|([^,]*)/gu;

interface Cell {
  start: number;
  text: string;
}

function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  while (at <= line.text.length) {
    CELL.lastIndex = at;
    const match = CELL.exec(line.text);
    if (!match) break;
    const quoted = match[1] !== undefined;
    cells.push({ start: line.start + at + (quoted ? 1 : 0), text: (quoted ? match[1] : match[2]) ?? '' });
    at += match[0].length;
    if (line.text[at] !== ',') break;
    at += 1;
  }
  return cells;
}

/** "*InvoiceNumber" → "Invoice Number", "ContactName" → "Customer": a heading as a label the ordinary readers know. */
function asLabel(heading: string): string {
  const words = heading.replace(/^[*\s]+/u, '').replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ').trim();
  return /^contact(?:\s+name)?$/iu.test(words) ? 'Customer' : words;
}

/** Pairs of heading and value from a CSV header row and the first row of values under it. */
export function csvPairs(lines: Line[]): StackedPair[] {
  for (const [i, line] of lines.entries()) {
    const headings = cellsOf(line);
    // Headings are words ("POAddressLine1" too), never a figure alone, and most cells are filled.
    if (headings.length < MIN_CELLS || headings.some((cell) => /^[\s\d.,/:-]*\d[\s\d.,/:-]*$/u.test(cell.text)) || headings.filter((cell) => /\p{L}{2}/u.test(cell.text)).length < MIN_CELLS) continue;
    const next = lines[i + 1];
    const values = next ? cellsOf(next) : [];
    if (values.length !== headings.length) continue;
    const pairs: StackedPair[] = [];
    headings.forEach((heading, k) => {
      const value = values[k];
      if (!value?.text.trim() || !heading.text.trim()) return;
      pairs.push({
        label: { start: heading.start, end: heading.start + heading.text.length, text: asLabel(heading.text) },
        value: { start: value.start, end: value.start + value.text.length, text: value.text },
      });
    });
    return pairs;
  }
  return [];
}
