/**
 * Table rows whose column gaps were lost while their figures group thousands with a blank:
 * "Custom chandelier 2 1 850,00 3 700,00" is 2 × 1 850,00 = 3 700,00, and "Buffet 45 265,00
 * 11 925,00" is 45 × 265,00 = 11 925,00. Which blanks group digits is settled by the arithmetic;
 * a document with such a row groups with blanks, so a figure ending a line there is read whole.
 */
import { parseNumber, type FoundAmount } from './entity-amounts';

const TRAILING_FIGURES = /(?:^|[ \t])(?<run>\d[\d ,]*\d)[ \t]*$/gmu;
/** A figure of the run: "1 850,00", "265,00", "3" (a quantity). */
const GROUPED = /^\d{1,3}(?: \d{3})*,\d{2}$/u;
const QUANTITY = /^\d+(?:,\d+)?$/u;
const AT_LINE_END = /(?<=[ \t])(?<number>\d{1,3}(?: \d{3})+,\d{2})(?=[ \t]*$)/gmu;
/** One cent of rounding. */
const CENT = 0.01 + 1e-9;

function amountAt(text: string, start: number, raw: string): FoundAmount {
  return { start, end: start + raw.length, text: text.slice(start, start + raw.length), value: parseNumber(raw), currency: null };
}

/** The price and line total of a row whose trailing figures only add up with blank-grouped thousands. */
function rowFigures(text: string, runStart: number, run: string): FoundAmount[] {
  const tokens = run.split(' ');
  for (let qty = 0; qty < tokens.length - 2; qty += 1) {
    for (let price = qty + 1; price < tokens.length - 1; price += 1) {
      const quantity = tokens.slice(qty, price).join(' ');
      // The line total is the longest grouped figure that still leaves a price.
      for (let total = price + 1; total < tokens.length; total += 1) {
        const priceText = tokens.slice(price, total).join(' ');
        const totalText = tokens.slice(total).join(' ');
        if (!QUANTITY.test(quantity) || !GROUPED.test(priceText) || !GROUPED.test(totalText) || !`${priceText}${totalText}`.includes(' ')) continue;
        if (Math.abs(parseNumber(quantity) * parseNumber(priceText) - parseNumber(totalText)) > CENT) continue;
        const priceStart = runStart + run.indexOf(priceText, quantity.length);
        const totalStart = runStart + run.lastIndexOf(totalText);
        return [amountAt(text, priceStart, priceText), amountAt(text, totalStart, totalText)];
      }
    }
  }
  return [];
}

/** A blank-grouped figure somewhere in a run: without one there is nothing to settle. */
const HAS_GROUP = /\d \d{3}(?:,\d{2}|\s)/u;
/** Runs longer than this are not one row's quantity, price and total. */
const MAX_TOKENS = 8;

export function spacedRowAmounts(text: string): FoundAmount[] {
  const found: FoundAmount[] = [];
  if (!HAS_GROUP.test(text)) return found;
  for (const match of text.matchAll(TRAILING_FIGURES)) {
    const run = match.groups?.run ?? '';
    if (!HAS_GROUP.test(run) || run.split(' ').length > MAX_TOKENS) continue;
    found.push(...rowFigures(text, match.index + match[0].indexOf(run), run));
  }
  if (!found.length) return [];
  for (const match of text.matchAll(AT_LINE_END)) found.push(amountAt(text, match.index, match.groups?.number ?? ''));
  return found;
}
