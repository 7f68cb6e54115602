/**
 * Table rows with a discount percentage between the price and the amount: "Menge | Einzelpreis € | Rabatt % |
 * Betrag €" over "2 | Einkaufskorb | 60 | 24,90 | 15 | 1.344,60". Every other row reader leaves a row under a
 * discount column alone, since its amount rightly differs from quantity × price; so a discount taken wrong
 * (10 % where the row says 15 %) went unseen. Read by the header's cells, a row's amount must be quantity ×
 * price less its percentage. Only where at least two rows of the table agree so (the layout is proved), and
 * only when the column is a percentage (its heading or its cells say "%"): a discount stated as an amount
 * is another layout.
 */
import { parseNumber } from '../providers/local/entity-amounts';
import { DISCOUNT_HEADING, QUANTITY_HEADING } from '../providers/local/entity-line-items';
import { decimalsOfLoneGroup } from '../providers/local/entity-line-price-decimals';
import type { ScannedDocument } from '../providers/local/entity-scan';
import { splitLines } from '../providers/local/entity-text';
import { money, type DecisionBuilder } from './decision-builder';

/** A figure alone in its cell, perhaps with a currency or a percent sign. */
const FIGURE_CELL = /^(?:\p{Sc}|[A-Z]{3})?[ \t]*-?[ \t]*(?<number>\d{1,3}(?:[.,'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)[ \t]*(?<percent>%)?[ \t]*(?:\p{Sc}|[A-Z]{3})?$/u;
/** Rows that agree, at least, before one that does not counts (as in `invoice-row-triples`). */
const MIN_AGREEING = 2;
/** How far below its header a table's rows may run. */
const MAX_ROWS = 40;

interface Columns {
  quantity: number;
  price: number;
  discount: number;
  amount: number;
  count: number;
  bars: boolean;
  percentHeading: boolean;
}

function cellsOf(line: string, bars: boolean): string[] {
  if (!bars) return line.trim().split(/\t|[ \t]{2,}/u);
  const cells = line.split('|').map((cell) => cell.trim());
  // "| a | b |": the empty cells outside the outer bars are none.
  if (cells[0] === '') cells.shift();
  if (cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/** The header's columns, when it has a quantity, a price, a discount and then the amount as its last. */
function columnsOf(header: string): Columns | null {
  if (/\d/u.test(header.replace(/%/gu, ''))) return null;
  const bars = header.includes('|');
  const cells = cellsOf(header, bars);
  const quantity = cells.findIndex((cell) => QUANTITY_HEADING.test(cell));
  const discounts = cells.flatMap((cell, index) => (DISCOUNT_HEADING.test(cell) ? [index] : []));
  const [discount] = discounts;
  if (quantity < 0 || discounts.length !== 1 || discount === undefined) return null;
  // The price is the column right before the discount ("Unit price | Disc %"), whatever its heading.
  const price = discount - 1;
  const amount = cells.length - 1;
  // The discount between the price and the amount, as the rows read them.
  if (!(quantity < price && price < discount && discount < amount)) return null;
  return { quantity, price, discount, amount, count: cells.length, bars, percentHeading: (cells[discount] ?? '').includes('%') };
}

interface Row {
  text: string;
  quantity: number;
  prices: number[];
  percent: number;
  amount: number;
  markedPercent: boolean;
}

function rowOf(line: string, columns: Columns): Row | null {
  const cells = cellsOf(line, columns.bars);
  if (cells.length !== columns.count || !cells.some((cell) => /\p{L}{2}/u.test(cell))) return null;
  const read = (index: number): RegExpExecArray | null => FIGURE_CELL.exec(cells[index] ?? '');
  const [quantity, price, discount, amount] = [read(columns.quantity), read(columns.price), read(columns.discount), read(columns.amount)];
  const raw = price?.groups?.number;
  if (!quantity?.groups?.number || !raw || !discount?.groups?.number || !amount?.groups?.number) return null;
  const percent = parseNumber(discount.groups.number);
  if (!(percent >= 0 && percent < 100)) return null;
  // "0,485" is a price to three decimals, not 485 (see entity-line-price-decimals).
  const decimals = decimalsOfLoneGroup(raw);
  const prices = [parseNumber(raw), ...(decimals === undefined ? [] : [decimals])];
  return { text: line.trim(), quantity: parseNumber(quantity.groups.number), prices, percent, amount: parseNumber(amount.groups.number), markedPercent: !!discount.groups.percent };
}

/** Quantity × price less the discount, within a cent and half a cent of rounding on the discounted price per unit. */
function agrees(row: Row): boolean {
  return row.prices.some((price) => Math.abs(row.quantity * price * (1 - row.percent / 100) - row.amount) <= 0.01 + row.quantity * 0.005 + 1e-9);
}

export function checkDiscountRows(text: string, doc: ScannedDocument, verdict: DecisionBuilder): void {
  if (!/%/u.test(text) || !DISCOUNT_HEADING.test(text)) return;
  const lines = splitLines(text);
  lines.forEach((headerLine, index) => {
    const columns = DISCOUNT_HEADING.test(headerLine.text) ? columnsOf(headerLine.text) : null;
    if (!columns) return;
    const rows: { row: Row; start: number; end: number }[] = [];
    for (const line of lines.slice(index + 1, index + 1 + MAX_ROWS)) {
      const row = rowOf(line.text, columns);
      if (row) rows.push({ row, start: line.start, end: line.end });
      else if (rows.length && !line.text.trim()) break;
    }
    if (!columns.percentHeading && !rows.every(({ row }) => row.markedPercent)) return;
    const agreeing = rows.filter(({ row }) => agrees(row));
    // The layout is proved by rows that agree, one of them with a discount actually taken.
    if (agreeing.length < MIN_AGREEING || !agreeing.some(({ row }) => row.percent > 0)) return;
    for (const { row, start, end } of rows) {
      if (agrees(row)) continue;
      // Reported once: an item reader that already read this row's product says so itself.
      if (doc.lineItems.some((item) => item.computed !== undefined && item.start < end && item.end > start)) continue;
      const computed = row.quantity * (row.prices[0] ?? 0) * (1 - row.percent / 100);
      verdict.fail(`a line item's quantity times price less its ${row.percent} % discount is ${money(computed)}, not its stated ${money(row.amount)}`, row.text);
    }
  });
}
