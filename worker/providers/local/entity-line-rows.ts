/**
 * The arithmetic of one item line: whether it states a quantity and a price beside its amount
 * ("5 kg @ £80.00/kg   £450.00") and what they multiply to, and rows run together on one line
 * ("Consultation 1 55.00 Vaccination DHPP 1 38.00"); and whether a line speaks of payment, which no
 * item line does.
 */
import { CURRENCY_CODES, parseNumber } from './entity-amounts';
import type { FoundLineItem, LabelledAmount } from './entity-scan';
import { keywords, WORD_END, type Line } from './entity-text';
import { quantityPastUnit } from './entity-line-per-unit';
// "- 3 x Spray hood, canvas at kr 6 120,00: kr 18 360,00": the count opening the line (see the file).
import { leadingCount } from './entity-line-leading-times';
// "18 at £9.875 = £177.75": a price to three decimals (see the file).
import { withDecimalPrice } from './entity-line-price-decimals';

/** Between a price and the line's amount: a unit ("/kg", "per day", "each"), an equals sign, a dot leader, a currency. */
const PRICE_TO_AMOUNT = new RegExp(`^[\\s|=]*(?<unit>/\\s*\\p{L}+[²³]?|(?:per|an?)\\s+\\p{L}+[²³]?|each|je|la\\s+pièce)?(?:(?<=\\p{L})[ \\t]*:)?[\\s|=.…]*(?:${CURRENCY_CODES.join('|')})?[\\s|=]*$`, 'iu');
/**
 * A quantity right before the price and a multiplication sign: "5 kg @", "12 skeins @", "3 x".
 * Words ("at", "à") are left out: in a table row they may name a unit price that the amount
 * does not simply multiply (net of a discount, a price per hundred).
 * A minus sign joined to the quantity is its own: returned goods ("-1 x 12,500.00 = -12,500.00").
 */
const QUANTITY_CUE = /(?<![\p{L}\d.,])(?<qty>(?:-(?=\d))?\d+(?:[.,']\d{3})*(?:[.,]\d+)?)\s*(?:[\p{L}²³]+\.?\s+){0,2}(?:@|[x×])\s*$/iu;

export function statedProduct(line: Line, onLine: LabelledAmount[]): { computed?: number } {
  return withDecimalPrice(onLine, (amounts) => statedProductAsRead(line, amounts));
}

function statedProductAsRead(line: Line, onLine: LabelledAmount[]): { computed?: number } {
  const price = onLine[onLine.length - 2];
  const last = onLine[onLine.length - 1];
  if (!price || !last) return {};
  const lead = leadingCount(line, price, last);
  if (lead) return factorsUnlike(lead.words, lead.qty, price.value, last.value);
  const toAmount = PRICE_TO_AMOUNT.exec(line.text.slice(price.end - line.start, last.start - line.start));
  if (!toAmount) return {};
  const before = line.text.slice(0, price.start - line.start);
  // "3 days of workshop at EUR 950 per day ..... EUR 2,950.00": a rate per unit makes "at" a unit price too,
  // and so does an equals sign that states the product: "3 x cylinder locks at £38.50 = £115.50".
  const cue = QUANTITY_CUE.exec(before);
  // "5 x de-matting, per 15 min @ $15.00": the number after "per" is the price's unit (see entity-line-per-unit).
  const pastUnit = cue ? quantityPastUnit(before, cue.index) : undefined;
  if (pastUnit !== undefined) return pastUnit === null ? {} : productUnlike(pastUnit, price.value, last.value);
  const equals = line.text.slice(price.end - line.start, last.start - line.start).includes('=');
  const quantity = cue?.groups?.qty ?? (toAmount.groups?.unit || equals ? quantityBeforeRate(before) : undefined);
  if (quantity && soleFactor(before)) return productUnlike(quantity, price.value, last.value);
  return equals && !toAmount.groups?.unit ? writtenProductUnlike(before, price.value, last.value) : {};
}

/**
 * A quantity, a bare multiplication sign and nothing else right before the price: "- 1,500 x" in "Exercise books
 * 96 pages - 1,500 x 1,200 = 1,850,000"; its thousands may be grouped by a blank ("2 000 x 1,85 = 3.700,00").
 * A minus sign joined to it is its own: a credit's returned goods ("-6 x 8,400.00 = -50,400.00") count back.
 */
const BARE_QUANTITY_TIMES = /(?<![\p{L}\d.,])(?<qty>(?:-(?=\d))?(?:\d{1,3}(?:[ .,'\u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?))[ \t]*[x×][ \t]*$/u;

/**
 * A row that writes out its own product, "A x B = C", with figures and signs only, states that A times B
 * is C, whatever numbers its description holds ("96 pages"). Only when no number of the description
 * completes the product: "2 technicians, 3 x 280.00 = 1,680.00" is 2 × 3 × 280.00, and right.
 */
function writtenProductUnlike(before: string, price: number, stated: number): { computed?: number } {
  const match = BARE_QUANTITY_TIMES.exec(before);
  const quantity = match?.groups?.qty;
  if (!match || quantity === undefined) return {};
  return factorsUnlike(before.slice(0, match.index).replace(ROW_NUMBER, ''), quantity, price, stated);
}

/**
 * Quantity × price against the stated amount, when the description's own numbers may multiply too: agreement
 * with the product alone, with it times one of them or times all of them ("2 x Room, 3 nights at £80.00: £480.00").
 */
function factorsUnlike(description: string, quantity: string, price: number, stated: number): { computed?: number } {
  const factors = (description.match(STANDALONE_NUMBER) ?? []).map(parseNumber);
  const product = parseNumber(quantity) * price;
  const withAll = factors.reduce((all, factor) => all * factor, product);
  if ([withAll, ...factors.map((factor) => product * factor)].some((value) => Math.abs(value - stated) <= 0.01 + 1e-9)) return {};
  return productUnlike(quantity, price, stated);
}

/** A row's list number ("1) ", "2. ") is no quantity. */
const ROW_NUMBER = /^[ \t]*\d{1,2}[.)][ \t]+/u;
/** "at", "à", "zu", "a", "@" and perhaps a currency, ending the words before a unit price. */
const AT_PRICE = new RegExp(`(?<![\\p{L}])(?:at|à|a|zu|je|@)[ \\t]*(?:${CURRENCY_CODES.join('|')}|\\p{Sc})?[ \\t]*$`, 'iu');

/** A month's name right after a number, in English and some of the other languages ("5 March", "12 mars", "3. Mai"), not "2 marble tiles". */
export const DAY_OF_MONTH =
  /^\.?[ \t]+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|märz|mai|mars|avril|juin|juillet|août|marzo|aprile|maggio|giugno|luglio|maart|mei)\.?(?![\p{L}])/iu;

/** The one number of a description that names a rate per unit after "at": "6 hours at EUR 80 per hour". */
function quantityBeforeRate(before: string): string | undefined {
  if (!AT_PRICE.test(before)) return undefined;
  const plain = before.replace(ROW_NUMBER, '');
  // A day of the month is no quantity: "Two hours of remote support on 5 March at £65.00 an hour".
  const numbers = [...plain.matchAll(STANDALONE_NUMBER)].filter((match) => !DAY_OF_MONTH.test(plain.slice(match.index + match[0].length)));
  return numbers.length === 1 ? numbers[0]?.[0] : undefined;
}

/**
 * A quantity in its own column right before the price, perhaps with a unit column between them
 * and a currency sign before the price: "Shaft   2   380,00   780,00", "Stunden   2,5   Std.   68,00   170,00".
 * Not the end of an article code ("Precision shaft PW-12   14,20   3.550,00").
 */
const QUANTITY_COLUMN = /(?<![\p{L}\d.,'/-])(?<qty>\d+(?:[.,]\d+)?)(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*)(?:[\p{L}²³]{1,6}\.?(?:[ \t]{2,}|\t|[ \t]*\|[ \t]*))?(?:\p{Sc}|[A-Z]{3})?[ \t]*$/u;

/**
 * The product of a table row's quantity column and price column when it is not the row's amount.
 * For rows of exactly a price and an amount under a header with a quantity column and nothing that
 * adjusts the price (the caller checks the header); a description holding figures of its own is left alone.
 */
export function columnProduct(line: Line, onLine: LabelledAmount[]): { computed?: number } {
  return withDecimalPrice(onLine, (amounts) => columnProductAsRead(line, amounts));
}

function columnProductAsRead(line: Line, onLine: LabelledAmount[]): { computed?: number } {
  const [price, last] = onLine;
  if (onLine.length !== 2 || !price || !last) return {};
  if (!PRICE_TO_AMOUNT.test(line.text.slice(price.end - line.start, last.start - line.start))) return {};
  const before = line.text.slice(0, price.start - line.start);
  const column = QUANTITY_COLUMN.exec(before);
  const quantity = column?.groups?.qty;
  if (!column || !quantity || !/\p{L}{2}/u.test(before)) return {};
  // In a table ruled by bars a quantity fills its own cell: "150 | Bombones, caja de 12 | 64,00" ends its description with a pack size.
  if (column[0].includes('|') && !/(?:^|\|)[ \t]*$/u.test(before.slice(0, column.index))) return {};
  return soleFactor(`${withoutCodeCells(before.slice(0, column.index))} ${quantity}`) ? productUnlike(quantity, price.value, last.value) : {};
}

/** A cell of four digits or more alone, bounded by bars or column gaps: an article's, HSN or tariff code, no factor ("| 8483 | 200 | Nos |"). */
const CODE_CELL = /(?<=^|[ \t]{2}|\t|\|)[ \t]*\d{4,}[ \t]*(?=\||[ \t]{2}|\t|$)/gu;

/** The cells before a quantity column without its code cells. */
function withoutCodeCells(cells: string): string {
  return cells.replace(CODE_CELL, ' | ');
}

/**
 * The product of quantity and price when no reading of the quantity gives the stated amount:
 * "1,250 t" is 1250 tonnes where commas group thousands and 1.25 where they mark decimals. A
 * price printed to the cent may have been rounded by up to half a cent, which the quantity
 * multiplies ("1,234 kWh à 0,29" may well come to 357,90), on top of a cent of rounding.
 */
export function productUnlike(quantity: string, price: number, stated: number): { computed?: number } {
  const readings = [parseNumber(quantity)];
  if (/^\d+[.,]\d{3}$/u.test(quantity)) readings.push(Number(quantity.replace(',', '.')));
  // A price printed past the cent ("@ £0.797") was rounded by half a tenth of a cent at most, not by half a cent.
  const halfStep = Math.abs(price * 100 - Math.round(price * 100)) > 1e-6 ? 0.0005 : 0.005;
  const agrees = (reading: number): boolean => Math.abs(reading * price - stated) <= 0.01 + Math.abs(reading) * halfStep + 1e-9;
  return readings.some(agrees) ? {} : { computed: Math.round((readings[0] ?? 0) * price * 100) / 100 };
}

/** A number standing alone (not "45x24", "3m" or "B2"), and a multiplication sign. */
const STANDALONE_NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,']\d{3})*(?:[.,]\d+)?(?![\p{L}\d]|[.,]\d)/gu;
const TIMES = /(?<![\p{L}])[x×*](?![\p{L}])/gu;

/**
 * Whether the words before a price hold one factor only, so that quantity × price is the line's
 * product: "2 technicians, 3 days at 280.00" or "3 days x 2 mics @ 45.00" multiply more than that,
 * and are left unchecked. A position number before the description ("1. Consulting") is no factor.
 */
export function soleFactor(before: string): boolean {
  const description = before.slice(Math.max(0, before.search(/\p{L}/u)));
  return (description.match(STANDALONE_NUMBER)?.length ?? 0) <= 1 && (description.match(TIMES)?.length ?? 0) <= 1;
}

/**
 * What opens each run-on row: a capitalised word of four letters or more that is no unit or
 * currency ("Vaccination DHPP 1 38.00"), so that "4,5 Std 58,00 261,00" stays one row.
 */
const ROW_START = new RegExp(
  `^[\\s|]*(?!(?:${CURRENCY_CODES.join('|')}|stunden|stück|stueck|hours|days|tage|units|each|pauschal|pauschale|heures|jours|horas|días|dias|giorni|uren|dagen|month|months|monat|monate|week|weeks)(?![\\p{L}]))\\p{Lu}\\p{L}{3,}`,
  'u',
);

export function runOnRows(line: Line, onLine: LabelledAmount[]): FoundLineItem[] {
  if (onLine.length < 2) return [];
  const items: FoundLineItem[] = [];
  let from = line.start;
  for (const amount of onLine) {
    const segment = line.text.slice(from - line.start, amount.start - line.start);
    if (!ROW_START.test(segment) || /[=@]|\s[x×]\s/u.test(segment)) return [];
    const text = line.text.slice(from - line.start, amount.end - line.start).trim();
    const start = line.start + line.text.indexOf(text, from - line.start);
    items.push({ start, end: start + text.length, text, amount: amount.value });
    from = amount.end;
  }
  return items;
}

/** Lines that carry money but are not goods or services sold. */
const NOT_AN_ITEM = keywords(
  ['due', 'pay(?:ment|able|s)?', 'balance', 'iban', 'bic', 'swift', 'account', 'konto', 'compte', 'zahlung', 'paiement', 'credit', 'guthaben'].map(
    (word) => `${word}${WORD_END}`,
  ),
);
/** `folded` is the line in `foldText` output. */
export function mentionsPayment(folded: string): boolean {
  // `search` ignores the global flag's lastIndex, unlike `test`.
  return folded.search(NOT_AN_ITEM) >= 0;
}
