/**
 * A table row's quantity read by its place under the header's quantity column, as a reader lines up a
 * monospaced table: "Qty  Item  Each  Line total" over "30  Brood frames, flat (10)  2.15  64.50", or
 * "Pos. Article  Menge/Qty  Unit  Total" over "1  Climbing rope 9,8 mm x 60 m  24  189,00  4.536,00".
 * The description may hold figures of its own (a pack size, a rope's length) and the quantity may open
 * the row: only the figure standing in the quantity column counts. A row whose other figure cells
 * (days, persons), alone or together, make the amount is left alone, and so is one where a figure of the
 * description times the quantity and price does; so is a row out of line.
 */
import { parseNumber } from './entity-amounts';
import { productUnlike } from './entity-line-rows';
import type { LabelledAmount } from './entity-scan';
import type { Line } from './entity-text';

interface Cell {
  start: number;
  end: number;
  text: string;
}

/** Cells are parted by two blanks or more, or a bar. */
const CELL = /[^\s|](?:[^\s|]| (?=[^\s|]))*/gu;
const NUMBER_CELL = /^\d+(?:[.,]\d+)?$/u;
/** Between the price and the amount: blanks, bars, a currency. */
const PRICE_GAP = /^[ |]*(?:\p{Sc}|[A-Z]{3})?[ |]*$/u;
/** A number standing alone inside a description ("25 m", "(50)"). */
const DESCRIPTION_NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)?(?![\d]|[.,]\d)/gu;
/** A right-aligned figure may stand a little beside its heading. */
const SLACK = 2;

function cells(text: string): Cell[] {
  return [...text.matchAll(CELL)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

/** The product of the figure under `quantityHeading` (a pattern naming the quantity column) and the row's price, when it is not the row's amount. */
export function alignedQuantityProduct(header: string, quantityHeading: RegExp, line: Line, onLine: LabelledAmount[]): { computed?: number } {
  const [price, last] = onLine;
  if (onLine.length !== 2 || !price || !last || header.includes('\t') || line.text.includes('\t')) return {};
  if (!PRICE_GAP.test(line.text.slice(price.end - line.start, last.start - line.start))) return {};
  const headerCells = cells(header);
  const headings = headerCells.filter((cell) => quantityHeading.test(cell.text));
  const [heading] = headings;
  if (headings.length !== 1 || !heading) return {};
  // The table is lined up only if the price and the amount stand under the last two headings.
  const [priceHeading, amountHeading] = headerCells.slice(-2);
  const under = (cell: { start: number; end: number }, head: Cell | undefined): boolean => !!head && cell.end > head.start - SLACK && cell.start < head.end + SLACK;
  const at = (amount: LabelledAmount): Cell => ({ start: amount.start - line.start, end: amount.end - line.start, text: amount.text });
  if (!under(at(price), priceHeading) || !under(at(last), amountHeading)) return {};
  const row = cells(line.text.slice(0, price.start - line.start));
  if (!row.some((cell) => /\p{L}{2}/u.test(cell.text))) return {};
  const figures = row.filter((cell) => NUMBER_CELL.test(cell.text));
  const inColumn = figures.filter((cell) => under(cell, heading));
  const [quantity] = inColumn;
  if (inColumn.length !== 1 || !quantity) return {};
  const gives = (factor: number): boolean => Math.abs(factor * price.value - last.value) <= 0.01 + 1e-9;
  const values = figures.map((cell) => parseNumber(cell.text));
  if (values.some(gives) || gives(values.reduce((product, value) => product * value, 1))) return {};
  // "Cable drum 25 m   2   15,60   780,00": a figure of the description may multiply too (2 drums of 25 m at 15,60 a metre).
  const own = row.flatMap((cell) => [...cell.text.matchAll(DESCRIPTION_NUMBER)].map((match) => parseNumber(match[0])));
  if (own.some((factor) => gives(factor * parseNumber(quantity.text)))) return {};
  return productUnlike(quantity.text, price.value, last.value);
}
