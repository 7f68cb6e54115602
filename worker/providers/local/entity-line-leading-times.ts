/**
 * An item line that opens with its count and a multiplication sign, names the item, then its unit price
 * after "at" and the line's amount after a colon: "- 3 x Spray hood, canvas at kr 6 120,00: kr 18 360,00",
 * "2 × Oak bench at £240.00 = £480.00", "- 6 x Oars at $385.00 each: $2,310.00". The count multiplies the
 * price into the amount. Nothing but "each", a colon, an equals sign or blanks stand between the price and the
 * amount (a unit there, "per night", is read elsewhere). The item's words may hold figures of their own ("5 x
 * Winter cover, 24 ft boat at ...", "2 x Room, 3 nights at ..." may multiply more than the count): such a row is
 * read only when "each" says the price is per item counted ("- 6 x Oar, 2.7 m at $385.00 each: $2,410.00"), and
 * the caller then takes the amount as right when it agrees with the count's product, alone or times the words'
 * figures; without "each" it is left unchecked.
 */
import type { LabelledAmount } from './entity-scan';
import type { Line } from './entity-text';

/** A list mark perhaps, the count, the sign, the item's words, "at" or "@" and perhaps a currency, up to the price. */
const LEADING_TIMES = /^[ \t]*(?:[-*•·][ \t]*)?(?<qty>\d+(?:[.,]\d+)?)[ \t]*[x×][ \t]+(?<words>(?=\p{L})[^\n]{1,80}?)[ \t](?:at|@)[ \t]*(?:[A-Z]{3}[ \t]*|\p{Sc}[ \t]*)?$/iu;
/** Between the price and the amount: "each" perhaps, a colon or an equals sign, blanks. */
const PRICE_TO_AMOUNT = /^[ \t]*(?<each>(?:each|apiece)[ \t]*)?[:=]?[ \t]*$/iu;

/** The count written before the item and the item's words, when the line has that shape (with the line's price and amount last), or undefined. */
export function leadingCount(line: Line, price: LabelledAmount, last: LabelledAmount): { qty: string; words: string } | undefined {
  const between = PRICE_TO_AMOUNT.exec(line.text.slice(price.end - line.start, last.start - line.start));
  if (!between) return undefined;
  const groups = LEADING_TIMES.exec(line.text.slice(0, price.start - line.start))?.groups;
  if (groups?.qty === undefined || groups.words === undefined) return undefined;
  // "- 2 x Cover, 3 panels at kr 1 500,00: kr 3 100,00": a figure in the words and no "each" may multiply in ways unwritten.
  if (/\d/u.test(groups.words) && !between.groups?.each) return undefined;
  return { qty: groups.qty, words: groups.words };
}
