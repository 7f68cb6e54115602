/**
 * A header row over a row of values, read cell for cell: "Invoice No.   Invoice Date   Due Date"
 * over "NB-40417   2026-03-04   2026-04-03". Where both rows have as many cells (runs of text
 * parted by two blanks or more, a tab or a bar), the k-th value stands under the k-th heading,
 * however far the blanks have drifted: a heading glossed in another language ("Rechnungsnummer /
 * Invoice No.") or a scan's bar widens its cell without moving the value under it. A careful reader
 * pairs such rows by their order; the rules try it where the positions say nothing.
 */
import { nonBlankLineAbove, nonBlankLineBelow, type Line } from './entity-text';

export interface Cell {
  /** Offset of the cell's first character in its line. */
  start: number;
  text: string;
}

/** The fewest cells a header row of fields has. */
const MIN_CELLS = 2;

/** The cells of a row: words one blank apart, parted from the next cell by two blanks, a tab or a bar. */
export function cellsOf(line: string): Cell[] {
  return [...line.matchAll(/[^\s|]+(?: [^\s|]+)*/gu)].map((match) => ({ start: match.index, text: match[0] }));
}

/** The cell of `cells` holding the line offset `offset`, by index; -1 when it falls in a gap. */
export function cellIndexAt(cells: Cell[], offset: number): number {
  return cells.findIndex((cell) => offset >= cell.start && offset < cell.start + cell.text.length);
}

/** Both rows' cells when they pair off one for one (as many cells, two or more); null otherwise. */
function pairedCells(header: Line | undefined, row: Line | undefined): { header: Cell[]; row: Cell[] } | null {
  if (!header || !row) return null;
  const headerCells = cellsOf(header.text);
  const rowCells = cellsOf(row.text);
  return headerCells.length >= MIN_CELLS && headerCells.length === rowCells.length ? { header: headerCells, row: rowCells } : null;
}

/** The heading over the value at `offset` of line `lineNo` (its text and text offset), cell for cell with the line above; undefined when they do not pair off. */
export function headingOver(lines: Line[], lineNo: number, offset: number): { start: number; text: string } | undefined {
  const row = lines[lineNo];
  const header = lines[nonBlankLineAbove(lines, lineNo)];
  const cells = pairedCells(header, row);
  if (!cells || !row || !header) return undefined;
  const index = cellIndexAt(cells.row, offset - row.start);
  const cell = index < 0 ? undefined : cells.header[index];
  return cell ? { start: header.start + cell.start, text: cell.text } : undefined;
}

/** Where the value under the heading at `offset` of line `lineNo` starts (a text offset), cell for cell with the row below; null when they do not pair off. */
export function valueUnder(lines: Line[], lineNo: number, offset: number): number | null {
  const header = lines[lineNo];
  const row = lines[nonBlankLineBelow(lines, lineNo)];
  const cells = pairedCells(header, row);
  if (!cells || !header || !row) return null;
  const index = cellIndexAt(cells.header, offset - header.start);
  const cell = index < 0 ? undefined : cells.row[index];
  return cell ? row.start + cell.start : null;
}
