/**
 * A tax-rate column inside an item table: "Bathrobe, L   60 x 640,00 ₺   KDV 10%   38.400,00 ₺",
 * "Shipping   IVA 22%   € 25,00". Each row names the rate it is taxed at in a cell of its own, between
 * its price and its amount; the label reader sees "KDV 10%" right before the amount and takes the
 * row's amount for a tax, so the items vanish and their sum is read as tax. Such a cell is the row's
 * rate, not a label: its amount is the row's, read as an item.
 *
 * Only inside a table that shows it: a block of rows (no blank line between) in which some row states
 * a quantity and a price whose product is the amount after the rate ("200 x 185,00 ... 37.000,00").
 * A tax summary ("Standard rate   VAT 20%   40.00"), a tax after a net on its line ("Net 400.00
 * VAT 20% 80.00") or a tax written "VAT 20%: 40.00" stays a tax.
 */
import { AMOUNT_LABELS } from './entity-labels';
import { productUnlike } from './entity-line-rows';
import type { LabelledAmount } from './entity-scan';
import { blocksOf, type Line } from './entity-text';

/** The rate's cell ending the words before an amount: a column gap, a word (the tax's name), a rate, a column gap, perhaps a currency. */
const RATE_CELL = /(?:^|[ \t]{2,}|\t|\|)[ \t]*\p{L}[\p{L}.]{1,10}[ \t]*\d{1,2}(?:[.,]\d{1,2})?[ \t]*%[ \t]*(?:[ \t]{2,}|\t|\|)[ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$/u;
/** After the row's amount: nothing but a currency, a border or blanks. */
const ROW_TAIL = /^[ \t|]*(?:\p{Sc}|[A-Z]{3})?[ \t|]*$/u;
/** A quantity and a multiplication sign right before the price: "200 x", "7,5 x €". */
const QUANTITY_TIMES = /(?<![\p{L}\d.,])(?<qty>\d+(?:[.,]\d+)?)[ \t]*[x×][ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$/u;

interface RateRow {
  amount: LabelledAmount;
  /** Whether the row's quantity times its price makes the amount. */
  priced: boolean;
}

/** The row the line is, when its last amount, read as a tax, stands after a rate's cell; else null. */
function rateRow(line: Line, onLine: LabelledAmount[]): RateRow | null {
  const amount = onLine[onLine.length - 1];
  if (!amount || amount.label !== 'tax' || !ROW_TAIL.test(line.text.slice(amount.end - line.start))) return null;
  const price = onLine[onLine.length - 2];
  const before = line.text.slice((price?.end ?? line.start) - line.start, amount.start - line.start);
  const cell = RATE_CELL.exec(before);
  if (!cell) return null;
  const lead = before.slice(0, cell.index);
  if (price) {
    // "200 x 185,00 ₺   KDV 10%   37.000,00 ₺": only the rate between the price and the amount.
    if (price.label || lead.trim()) return null;
    const quantity = QUANTITY_TIMES.exec(line.text.slice(0, price.start - line.start))?.groups?.qty;
    return { amount, priced: quantity !== undefined && productUnlike(quantity, price.value, amount.value).computed === undefined };
  }
  // "Kargo / Shipping   KDV 20%   1.450,00 ₺": a description that labels nothing of its own.
  if (!/\p{L}{2}/u.test(lead) || AMOUNT_LABELS.choose(lead) !== undefined) return null;
  return { amount, priced: false };
}

/** Reads the rows of a table with a rate column as items: their amounts lose the tax label the rate's cell gave them. */
export function unlabelRateColumns(lines: Line[], amounts: LabelledAmount[]): void {
  const byLine = new Map<Line, LabelledAmount[]>();
  let index = 0;
  for (const line of lines) {
    while (index < amounts.length && (amounts[index]?.start ?? 0) < line.start) index += 1;
    const onLine: LabelledAmount[] = [];
    for (let i = index; i < amounts.length && (amounts[i]?.end ?? 0) <= line.end; i += 1) onLine.push(amounts[i] as LabelledAmount);
    if (onLine.length) byLine.set(line, onLine);
  }
  for (const block of blocksOf(lines)) {
    const rows = block.flatMap((line) => {
      const row = rateRow(line, byLine.get(line) ?? []);
      return row ? [row] : [];
    });
    if (!rows.some((row) => row.priced)) continue;
    for (const row of rows) row.amount.label = undefined;
  }
}
