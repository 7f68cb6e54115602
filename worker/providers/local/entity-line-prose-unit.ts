/**
 * A prose item priced per block of a size: "84 units of 1,000 words at € 11.50", "84 eenheden van 1.000
 * woorden à € 11,50", "12 Pakete zu 500 Blatt à 4,20 €", "3 batches of 250 leaflets at £18.00 each". The
 * number after "of"/"van"/"zu"/"de" is the size of the block the price is for, not how many are charged:
 * the count is the number before it. Read only where another number stands before that size in the
 * clause; "a batch of 200 leaflets at £0.10 each" counts 200.
 */

/** A number's match, as entity-line-prose's quantity pattern gives it. */
type Quantity = RegExpMatchArray;

/** Right before a block's size: a count, its unit's word(s), then "of"/"van"/"von"/"zu"/"de"/"di"/"da". */
const SIZE_AFTER_COUNT = /\d[\d.,]*[ \t]+\p{L}[\p{L}'’-]*(?:[ \t]+\p{L}[\p{L}'’-]*)?[ \t]+(?:of|van|von|zu|de|di|da)[ \t]+$/iu;

/**
 * The quantity that counts the price's units among `quantities` (in order, all from `before`): the last
 * one, unless it is a block's size after a count (see above); then the count.
 */
export function countingQuantity(before: string, quantities: Quantity[]): Quantity | undefined {
  const last = quantities[quantities.length - 1];
  if (!last || quantities.length < 2 || last.index === undefined) return last;
  if (!SIZE_AFTER_COUNT.test(before.slice(0, last.index))) return last;
  return quantities[quantities.length - 2];
}
