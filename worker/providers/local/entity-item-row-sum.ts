/**
 * A sum's word in an item's description: "2   Shrimp trawl net, 45 ft, complete   2,450.00   4,900.00",
 * "1   Total station hire, 3 days   450.00   450.00". A row that opens with a count and carries a unit price
 * and an amount is an item; sums (net, total, balance) are never counted nor priced per unit, so the word
 * names what is sold ("net", "total station"), not the figure after it.
 */

import type { Span } from './entity-text';

/** Labels of sums, which no item row carries. */
const SUM_LABELS = new Set(['subtotal', 'total', 'balance']);

/** The row opens with a count and its description: "2    Shrimp ...", "6.5  Net mending labor (hrs)", "3 x Balance boards". */
const COUNT_THEN_WORDS = /^[ \t]*\d{1,4}(?:[.,]\d{1,3})?[ \t]+(?:[x×][ \t]+)?\p{L}/u;

/** The sum's word opening a description of more words: "Net post footings replaced", "Total station hire, 3 days". */
const WORD_THEN_WORDS = /^[ \t]*\p{L}[\p{L}.'’-]*[ \t]+\p{L}/u;

/** Whether the row's first three figures are a count, a unit price and their product: "2  $415.00  $830.00". */
function countPriceAmount(figures: readonly Span[]): boolean {
  // Amounts are spans with a value; dates and other spans have none.
  const [count, price, amount] = figures.map((figure) => ('value' in figure && typeof figure.value === 'number' ? figure.value : undefined));
  if (count === undefined || price === undefined || amount === undefined) return false;
  return count > 0 && count < 10000 && Math.abs(count * price - amount) <= 0.011;
}

/**
 * Whether `label`, read in the words before the first of a row's figures, is a word of the item's description:
 * the row opens with a count and holds another figure (the amount after the unit price); or, in a table whose
 * count follows the description ("Description  Qty  Rate  Amount"), the word opens a description of more
 * words and the row's figures are a count, a price and their product ("Net post footings replaced 2 $415.00 $830.00").
 */
export function sumWordInItemRow(label: string, before: string, isFirstFigure: boolean, onLine: readonly Span[]): boolean {
  if (!isFirstFigure || onLine.length < 2 || !SUM_LABELS.has(label)) return false;
  return COUNT_THEN_WORDS.test(before) || (WORD_THEN_WORDS.test(before) && countPriceAmount(onLine));
}
