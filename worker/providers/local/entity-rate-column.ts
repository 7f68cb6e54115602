/**
 * A tax-rate column inside an item table: "Bathrobe, L   60 x 640,00 ₺   KDV 10%   38.400,00 ₺",
 * "Shipping   IVA 22%   € 25,00". Each row names the rate it is taxed at in a cell of its own, between
 * its price and its amount; the label reader sees "KDV 10%" right before the amount and takes the
 * row's amount for a tax, so the items vanish and their sum is read as tax. Such a cell is the row's
 * rate, not a label: its amount is the row's, read as an item.
 *
 * Only inside a table that shows it: a run of rows with a rate's cell (no line without one between) in
 * which some row states a quantity and a price whose product is the amount after the rate ("200 x 185,00
 * ... 37.000,00"). A tax summary ("Standard rate   VAT 20%   300.00"), a tax after a net on its line
 * ("Net 400.00 VAT 20% 80.00") or a tax written "VAT 20%: 40.00" stays a tax. Where a text extractor
 * left single blanks between the cells, a row with no price must also not be its rate of the rows above
 * it ("Plus VAT 20% 4.00" under "Widget 2 x 10.00 VAT 20% 20.00" is their tax).
 */
import { AMOUNT_LABELS } from './entity-labels';
import { productUnlike } from './entity-line-rows';
import type { LabelledAmount } from './entity-scan';
import { type Line } from './entity-text';

/** A rate's cell ending the words before an amount: a word (the tax's name), a rate, a blank, perhaps a currency. */
const RATE_CELL = /(?:^|[ \t]{2,}|\t|\||[ \t])[ \t]*\p{L}[\p{L}.]{1,10}[ \t]*(?<rate>\d{1,2}(?:[.,]\d{1,2})?)[ \t]*%[ \t|]+(?:\p{Sc}|[A-Z]{3})?[ \t]*$/u;
/** After the row's amount: nothing but a currency, a border or blanks. */
const ROW_TAIL = /^[ \t|]*(?:\p{Sc}|[A-Z]{3})?[ \t|]*$/u;
/** A quantity and a multiplication sign right before the price: "200 x", "7,5 x €". */
const QUANTITY_TIMES = /(?<![\p{L}\d.,])(?<qty>\d+(?:[.,]\d+)?)[ \t]*[x×][ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$/u;

interface RateRow {
  amount: LabelledAmount;
  /** Whether the row's quantity times its price makes the amount. */
  priced: boolean;
  /** Whether one blank only parts the rate's cell from what stands before it (a layout whose column gaps were lost). */
  loose: boolean;
  rate: number;
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
  const rate = Number((cell.groups?.rate ?? '').replace(',', '.'));
  // The blanks right before the tax's name: a column gap, or one blank.
  const blanks = /[ \t]*$/u.exec(before.slice(0, cell.index + cell[0].search(/\p{L}/u)))?.[0] ?? '';
  const loose = !/[ \t]{2,}|\t/u.test(blanks);
  if (price) {
    // "200 x 185,00 ₺   KDV 10%   37.000,00 ₺": only the rate between the price and the amount.
    if (price.label || lead.trim()) return null;
    const quantity = QUANTITY_TIMES.exec(line.text.slice(0, price.start - line.start))?.groups?.qty;
    return { amount, priced: quantity !== undefined && productUnlike(quantity, price.value, amount.value).computed === undefined, loose, rate };
  }
  // "Kargo / Shipping   KDV 20%   1.450,00 ₺": a description that labels nothing of its own.
  if (!/\p{L}{2}/u.test(lead) || AMOUNT_LABELS.choose(lead) !== undefined) return null;
  return { amount, priced: false, loose, rate };
}

/** Whether the line's last amount stands after a rate's cell, whatever its label: "Discount 3%   KDV 10%   -2.262,00". */
function hasRateCell(line: Line, onLine: LabelledAmount[]): boolean {
  const amount = onLine[onLine.length - 1];
  return !!amount && RATE_CELL.test(line.text.slice(0, amount.start - line.start));
}

/** The amounts of each line, in line order. */
function amountsByLine(lines: Line[], amounts: LabelledAmount[]): LabelledAmount[][] {
  let index = 0;
  return lines.map((line) => {
    while (index < amounts.length && (amounts[index]?.start ?? 0) < line.start) index += 1;
    const onLine: LabelledAmount[] = [];
    for (let i = index; i < amounts.length && (amounts[i]?.end ?? 0) <= line.end; i += 1) onLine.push(amounts[i] as LabelledAmount);
    return onLine;
  });
}

/** Reads the rows of a table with a rate column as items: their amounts lose the tax label the rate's cell gave them. */
export function unlabelRateColumns(lines: Line[], amounts: LabelledAmount[]): void {
  const byLine = amountsByLine(lines, amounts);
  let run: { row: RateRow | null; onLine: LabelledAmount[] }[] = [];
  const close = (): void => {
    const rows = run.flatMap(({ row }) => (row ? [row] : []));
    const priced = rows.filter((row) => row.priced);
    // A row with no price and one blank before its rate only in a table all of whose priced rows are so set.
    const looseTable = priced.every((row) => row.loose);
    if (priced.length) {
      let above = 0;
      for (const { row, onLine } of run) {
        // Nor may it be the rows' tax at its rate ("Plus VAT 20% 4.00" under a row of 20.00).
        const taxOfAbove = (candidate: RateRow): boolean => Math.abs((above * candidate.rate) / 100 - candidate.amount.value) <= 0.01 * Math.max(1, rows.length);
        if (row && (row.priced || !row.loose || (looseTable && !taxOfAbove(row)))) row.amount.label = undefined;
        above += onLine[onLine.length - 1]?.value ?? 0;
      }
    }
    run = [];
  };
  lines.forEach((line, i) => {
    const onLine = byLine[i] ?? [];
    if (!hasRateCell(line, onLine)) {
      close();
      return;
    }
    run.push({ row: rateRow(line, onLine), onLine });
  });
  close();
}
