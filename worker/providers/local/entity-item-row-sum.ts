/**
 * A sum's word in an item's description: "2   Shrimp trawl net, 45 ft, complete   2,450.00   4,900.00",
 * "1   Total station hire, 3 days   450.00   450.00". A row that opens with a count and carries a unit price
 * and an amount is an item; sums (net, total, balance) are never counted nor priced per unit, so the word
 * names what is sold ("net", "total station"), not the figure after it.
 */

/** Labels of sums, which no item row carries. */
const SUM_LABELS = new Set(['subtotal', 'total', 'balance']);

/** The row opens with a count and its description: "2    Shrimp ...", "6.5  Net mending labor (hrs)", "3 x Balance boards". */
const COUNT_THEN_WORDS = /^[ \t]*\d{1,4}(?:[.,]\d{1,3})?[ \t]+(?:[x×][ \t]+)?\p{L}/u;

/**
 * Whether `label`, read in the words before the first of a row's figures, is a word of the item's description:
 * the row opens with a count and holds another figure (the amount after the unit price).
 */
export function sumWordInItemRow(label: string, before: string, isFirstFigure: boolean, figuresOnRow: number): boolean {
  return isFirstFigure && figuresOnRow >= 2 && SUM_LABELS.has(label) && COUNT_THEN_WORDS.test(before);
}
