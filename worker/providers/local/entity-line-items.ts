/**
 * Line items: lines of a table or a list that end with their amount ("Consulting  10  $120.00
 * $1,200.00", "- Logo refinement: 1,800.00"), and, in an invoice written as prose, items inside a
 * sentence ("3 x workshop day at 650.00 and 2 x travel at 85.00", read by `entity-line-prose`).
 */
import { parseNumber } from './entity-amounts';
import { columnProduct, mentionsPayment, runOnRows, statedProduct } from './entity-line-rows';
import { inlineItems, speaksOfABill } from './entity-line-prose';
import type { FoundLineItem, LabelledAmount } from './entity-scan';
import { eachPriceItems } from './entity-line-each';
import { alignedQuantityProduct } from './entity-line-column-quantity';
import { sentenceLead } from './entity-line-prose-lead';
import { itemsOnlyInSentences, SENTENCE_LINE } from './entity-line-paragraph';
import { lineIndexAt, type Line, type Span } from './entity-text';

/** An item line ends with its amount, perhaps followed by a one-letter tax code or table border. */
const ITEM_LINE_TAIL = /^[\s|*]*(?:\p{Lu}[\s|*]*)?$/u;

function isItemLine(line: Line, onLine: LabelledAmount[], folded: string): boolean {
  const first = onLine[0];
  const last = onLine[onLine.length - 1];
  if (!first || !last || onLine.some((amount) => amount.label)) return false;
  const description = line.text.slice(0, first.start - line.start);
  if (!/\p{L}{2}/u.test(description) || mentionsPayment(folded)) return false;
  return ITEM_LINE_TAIL.test(line.text.slice(last.end - line.start));
}

/** A quantity: a bare number that is not money, standing alone. */
const BARE_NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)?(?![\p{L}\d]|[.,]\d)/gu;

/** Factor columns before a price: quantity, days, persons. */
const MAX_FACTORS = 3;

/**
 * Whether the bare numbers right before a row's price multiply with it to the row's amount: the
 * last one ("Panel 12 289.00 3,468.00"), or the last few together, as tables with several factor
 * columns have them ("Qty Days Rate Amount ... Radio mics 4 2 18.00 144.00" is 4 × 2 × 18.00).
 */
function rowFactorsGive(before: string, price: number, amount: number): boolean {
  const numbers = [...before.matchAll(BARE_NUMBER)];
  let product = 1;
  for (let i = numbers.length - 1; i >= 0 && i >= numbers.length - MAX_FACTORS; i -= 1) {
    const number = numbers[i];
    const next = numbers[i + 1];
    // Factors stand side by side, parted by blanks only.
    if (!number || (next && before.slice(number.index + number[0].length, next.index).trim())) break;
    product *= parseNumber(number[0]);
    if (Math.abs(product * price - amount) <= 0.01 + 1e-9) return true;
  }
  return false;
}

/**
 * A flattened row under a "Qty Description Price Amount" header opens with its quantity, and its
 * description may hold numbers of its own ("40 Oak board 150 x 25 mm, 2.4 m 24.90 996.00").
 */
const LEADING_QUANTITY = /^[ \t]*(\d+(?:[.,]\d+)?)[ \t]+(?=\p{L})/u;

function leadingQuantityGives(before: string, price: number, amount: number): boolean {
  const quantity = LEADING_QUANTITY.exec(before)?.[1];
  return quantity !== undefined && Math.abs(parseNumber(quantity) * price - amount) <= 0.01 + 1e-9;
}

/**
 * The same row in two languages side by side, a column gap apart: "Pallet EPAL   3   22,00   66,00      EPAL pallets
 * 3   22,00   66,00". Its figures repeat in the same order after the gap: it is one row, read as one.
 */
function sameRowTwice(line: Line, rows: LabelledAmount[]): boolean {
  if (rows.length !== 4) return false;
  const [price, extension, price2, extension2] = rows;
  if (!price || !extension || !price2 || !extension2 || price.value !== price2.value || extension.value !== extension2.value) return false;
  const between = line.text.slice(extension.end - line.start, price2.start - line.start);
  return /^[ \t]{2,}\S/u.test(between);
}

/** How much of the text before a flattened line's first row may be that row's description. */
const FIRST_ROW_WORDS = /(?:\S+\s+){0,5}\S*$/u;

/**
 * Several table rows flattened onto one line ("Panel 12 289.00 3,468.00 Inverter 1 2,150.00
 * 2,150.00"): each row is a quantity, a price and their product. The unlabelled amounts must all
 * pair up so, in two rows or more, or the line is read as one row. A scan that lost every line
 * break also holds the totals after the rows ("... 460.00 Total EUR 1,810.00"): labelled amounts
 * may follow the rows, never stand among them. `folded` is the line in `foldText` output.
 */
function flattenedRows(line: Line, onLine: LabelledAmount[], folded: string): FoundLineItem[] {
  const firstLabelled = onLine.findIndex((amount) => amount.label);
  const rows = firstLabelled < 0 ? onLine : onLine.slice(0, firstLabelled);
  if (rows.length < 4 || rows.length % 2 !== 0) return [];
  if (sameRowTwice(line, rows)) return [];
  const items: FoundLineItem[] = [];
  let rowStart = line.start;
  for (let i = 0; i + 1 < rows.length; i += 2) {
    const price = rows[i];
    const extension = rows[i + 1];
    if (!price || !extension) return [];
    const before = line.text.slice(rowStart - line.start, price.start - line.start);
    if (!/\p{L}{2}/u.test(before) || !(rowFactorsGive(before, price.value, extension.value) || leadingQuantityGives(before, price.value, extension.value))) return [];
    // The first row's description is the last few words before it, not the letterhead the scan ran into it.
    const from = i === 0 ? price.start - (FIRST_ROW_WORDS.exec(before)?.[0].length ?? before.length) : rowStart;
    const text = line.text.slice(from - line.start, extension.end - line.start).trim();
    const start = line.start + line.text.indexOf(text, from - line.start);
    // Each row on its own must be goods or services; payment details elsewhere on the line do not matter.
    if (mentionsPayment(folded.slice(start - line.start, start - line.start + text.length))) return [];
    items.push({ start, end: start + text.length, text, amount: extension.value });
    rowStart = extension.end;
  }
  return items;
}

/** A line opening with a list mark: "- ", "• ", "* ", "3. ", "2) ". */
const LIST_MARK = /^[ \t]*(?:[-–*•·]|\d{1,2}[.)])[ \t]+/u;

/**
 * The item (or items) of a line that ends with its amount. "Consultation 1 55.00 Vaccination DHPP
 * 1 38.00" is several rows run together, parted by words; "2 days at 280.00" at a line's end is
 * two days' worth; "5 kg @ £80.00/kg   £450.00" states its quantity and price beside its amount.
 */
function rowItems(line: Line, onLine: LabelledAmount[], folded: string): FoundLineItem[] {
  const last = onLine[onLine.length - 1];
  if (!last) return [];
  const runOn = runOnRows(line, onLine);
  if (runOn.length) return runOn;
  const leading = line.text.length - line.text.trimStart().length;
  const start = line.start + leading;
  const whole = { start, end: line.start + line.text.trimEnd().length, text: line.text.trim() };
  if (onLine.length === 1) {
    const [inline] = inlineItems(line, onLine, folded);
    return [{ ...whole, amount: inline && inline.computed === undefined ? inline.amount : last.value }];
  }
  return [{ ...whole, amount: last.value, ...statedProduct(line, onLine) }];
}

/** A column header: no figures, and words that name a table's columns. */
const COLUMN_HEADER = /^(?!.*\d)(?=.*(?<![\p{L}])(?:qty|quantity|menge|anzahl|quantité|qté|cantidad|quantità|aantal|quantidade|description|details|item|bezeichnung|beschreibung|désignation|descripción|descrizione|omschrijving|descrição)(?![\p{L}]))/iu;
/** A header whose last column is each row's tax or its rate, after its amount: "Quantity Details Unit Price Disc% Net Amount VAT", "Descrizione  Imponibile  Aliquota IVA". */
const TAX_LAST_COLUMN =
  /(?:(?:amount|net|total|betrag|netto|montant|importe|importo|imponibile|bedrag|valor)[\s|.]+(?:VAT|tax|MwSt|USt|TVA|IVA|BTW|GST)|(?:VAT|tax|GST)\s+rate|aliquota\s+IVA|MwSt\.?-?\s*Satz|taux\s+(?:de\s+)?TVA|tipo\s+(?:de\s+)?IVA|BTW[\s-]*tarief|taxa\s+(?:de\s+)?IVA)[\s|.%]*$/iu;

/** Whether the table header nearest above line `index` ends with a tax column. */
function taxColumnLast(lines: Line[], index: number): boolean {
  for (let i = index - 1; i >= 0 && i >= index - 40; i -= 1) {
    const text = lines[i]?.text ?? '';
    if (COLUMN_HEADER.test(text)) return TAX_LAST_COLUMN.test(text);
  }
  return false;
}

/** A quantity column in a table header, and columns that change a row's amount from quantity × price (a discount, a rate, a price per hundred). */
export const QUANTITY_HEADING = /(?<![\p{L}])(?:qty|quantity|menge|anzahl|quantité|qté|cant\.?|cantidad|quantità|q\.tà|aantal|quantidade|qtd\.?)(?![\p{L}])/iu;
/** A discount column's heading (see also `invoice-discount-rows`, which checks such rows). */
export const DISCOUNT_HEADING = /(?<![\p{L}])(?:disc|discount|rabatt|nachlass|remise|descuento|dto|sconto|korting|desconto|rebate)/iu;
const ADJUSTING_HEADING = new RegExp(`${DISCOUNT_HEADING.source}|%|(?:per|pro|\\/)\\s*100(?!\\d)`, 'iu');

/** The table header nearest above line `index`, when it has a quantity column and nothing that adjusts the price; else null. */
function plainQuantityHeader(lines: Line[], index: number): string | null {
  for (let i = index - 1; i >= 0 && i >= index - 40; i -= 1) {
    const text = lines[i]?.text ?? '';
    if (COLUMN_HEADER.test(text)) return QUANTITY_HEADING.test(text) && !ADJUSTING_HEADING.test(text) ? text : null;
  }
  return null;
}

/**
 * A row whose last figure stands in a tax column ("4 Gastronorm pan 23.75 10.00 85.50 17.10" under
 * "... Net Amount VAT"): its amount is the figure before, as long as the tax is the smaller one.
 */
function withoutTaxColumn(lines: Line[], index: number, onLine: LabelledAmount[]): LabelledAmount[] {
  const tax = onLine[onLine.length - 1];
  const net = onLine[onLine.length - 2];
  if (!tax || !net || Math.abs(tax.value) > Math.abs(net.value) || !taxColumnLast(lines, index)) return onLine;
  return onLine.slice(0, -1);
}

/**
 * A line that states its own arithmetic, "Keg deposit x 3 @ £30.00 = £90.00 (refundable on
 * return)": quantity times price makes the amount after the equals sign, so it is an item whatever
 * its words (a deposit charged, not paid) and whatever note follows it.
 */
const STATED_PRODUCT = /(?<![\p{L}\d.,])(?<qty>\d+(?:[.,]\d+)?)\s*(?:[\p{L}]+\.?\s+){0,2}(?:@|[x×])\s*$/iu;
function statedProductItem(line: Line, onLine: LabelledAmount[], folded: string): FoundLineItem | null {
  // Unlabelled, or read as a deposit paid; a total, tax or discount stays what its label says.
  if (onLine.length !== 2 || mentionsPayment(folded) || onLine.some((amount) => amount.label && amount.label !== 'paid')) return null;
  const [price, amount] = onLine as [LabelledAmount, LabelledAmount];
  if (!/^\s*=\s*$/u.test(line.text.slice(price.end - line.start, amount.start - line.start))) return null;
  const before = line.text.slice(0, price.start - line.start);
  const quantity = STATED_PRODUCT.exec(before)?.groups?.qty;
  if (!quantity || !/\p{L}{2}/u.test(before) || Math.abs(parseNumber(quantity) * price.value - amount.value) > 0.01 + 1e-9) return null;
  const start = line.start + (line.text.length - line.text.trimStart().length);
  return { start, end: line.start + line.text.trimEnd().length, text: line.text.trim(), amount: amount.value };
}

/** A line that ends with a unit price after its multiplication sign: "Traducción jurada, 14 págs. x 45,00". */
const ENDS_WITH_UNIT_PRICE = /\d[^\d\n]{0,20}?[ \t]*[x×@][ \t]*(?:\p{Sc}|[A-Z]{3})?[ \t]*$/u;

/**
 * A description whose next line glosses it in another language and states the amount: "Traducción
 * jurada, 14 págs. x 45,00" over "Sworn translation, 14 pages x 45.00   630,00". The first line's
 * figure is the unit price the next line repeats, not an item of its own.
 */
function glossedAbove(lines: Line[], index: number, onLine: LabelledAmount[], byLine: Map<number, LabelledAmount[]>): boolean {
  const [price] = onLine;
  const line = lines[index];
  if (onLine.length !== 1 || !price || !line || !ENDS_WITH_UNIT_PRICE.test(line.text.slice(0, price.start - line.start))) return false;
  let next = index + 1;
  while (next < lines.length && !lines[next]?.text.trim()) next += 1;
  const below = byLine.get(next);
  return !!below && below.length >= 2 && below[0]?.value === price.value;
}


/**
 * A charge a paragraph of items adds in a sentence of its own after them, before the total
 * ("On top of that come the cables and connectors we used, €86.40 at cost, receipts attached."):
 * the one figure on its line, not labelled and not about payment, is an item too.
 */
function strayCharges(firstItem: number, strays: { line: Line; amount: LabelledAmount }[], amounts: LabelledAmount[]): FoundLineItem[] {
  const total = amounts.find((amount) => amount.start > firstItem && (amount.label === 'total' || amount.label === 'subtotal'));
  if (!total) return [];
  return strays
    .filter(({ amount }) => amount.start > firstItem && amount.end < total.start)
    .map(({ line, amount }) => {
      amount.label = 'line';
      const text = line.text.trim();
      const start = line.start + line.text.indexOf(text);
      return { start, end: start + text.length, text, amount: amount.value };
    });
}

/** `folded` is `foldText` of the whole `text`; `dates` are its dates (a price "each" counts no day as a quantity). */
export function findLineItems(lines: Line[], amounts: LabelledAmount[], folded: string, text: string, dates: Span[]): FoundLineItem[] {
  const byLine = new Map<number, LabelledAmount[]>();
  for (const amount of amounts) {
    const index = lineIndexAt(lines, amount.start);
    const group = byLine.get(index);
    if (group) group.push(amount);
    else byLine.set(index, [amount]);
  }
  const items: FoundLineItem[] = [];
  const prose: { onLine: LabelledAmount[]; found: FoundLineItem[] }[] = [];
  /** Lines of prose with one unlabelled figure that no sentence reading prices ("..., €86.40 at cost, receipts attached."). */
  const strays: { line: Line; amount: LabelledAmount }[] = [];
  for (const [index, onLine] of byLine) {
    const line = lines[index];
    const last = onLine[onLine.length - 1];
    if (!line || !last) continue;
    const foldedLine = folded.slice(line.start, line.end);
    if (glossedAbove(lines, index, onLine, byLine)) {
      for (const amount of onLine) amount.label = 'line';
      continue;
    }
    const rows = flattenedRows(line, onLine, foldedLine);
    const stated = rows.length ? null : statedProductItem(line, onLine, foldedLine);
    if (rows.length) {
      items.push(...rows);
      for (const amount of onLine) if (!amount.label) amount.label = 'line';
    } else if (stated) {
      items.push(stated);
      for (const amount of onLine) amount.label = 'line';
    } else if (isItemLine(line, onLine, foldedLine)) {
      const own = withoutTaxColumn(lines, index, onLine);
      const found = rowItems(line, own, foldedLine);
      // "Shaft   2   380,00   780,00" under "Qty  Price  Amount": the quantity column times the price must give the amount.
      const [row] = found;
      const header = found.length === 1 && row && row.computed === undefined && own.length === 2 ? plainQuantityHeader(lines, index) : null;
      // Failing a quantity right before the price, the figure under the header's quantity column (see `entity-line-column-quantity`).
      if (row && header !== null) Object.assign(row, columnProduct(line, own));
      if (row && header !== null && row.computed === undefined) Object.assign(row, alignedQuantityProduct(header, QUANTITY_HEADING, line, own));
      items.push(...found);
      for (const amount of onLine) amount.label = 'line';
    } else {
      const found = inlineItems(line, onLine, foldedLine, sentenceLead(lines, index));
      // A list item states an item even in a sentence ("• hedge cutting, 2 days at 280.00 per day").
      if (found.length && LIST_MARK.test(line.text)) {
        items.push(...found);
        for (const amount of onLine) if (!amount.label) amount.label = 'line';
      } else if (found.length) prose.push({ onLine, found });
      // Not a sentence about another bill or a payment: "Last month the bill was €420.00." is no charge of this one.
      else if (onLine.length === 1 && !last.label && SENTENCE_LINE.test(line.text) && !mentionsPayment(foldedLine) && !speaksOfABill(line.text)) strays.push({ line, amount: last });
    }
  }
  // Items in sentences count only where no table or list states them, so nothing counts twice;
  // beside items other sentences of the paragraph state, they count too (see `entity-line-paragraph`).
  if (!items.length || (prose.length && itemsOnlyInSentences(items, lines))) {
    for (const { onLine, found } of prose) {
      items.push(...found);
      for (const amount of onLine) if (!amount.label) amount.label = 'line';
    }
  }
  const lastItem = items.reduce((end, item) => Math.max(end, item.end), -1);
  if (lastItem >= 0) items.push(...strayCharges(lastItem, strays, amounts));
  // Failing those, a price "each" whose sentence holds its quantity and the total.
  if (!items.length) {
    for (const item of eachPriceItems(text, amounts, dates)) {
      items.push(item);
      for (const amount of amounts) if (amount.end === item.end) amount.label = 'line';
    }
  }
  return items.sort((a, b) => a.start - b.start);
}
