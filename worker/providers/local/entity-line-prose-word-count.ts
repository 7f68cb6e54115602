/**
 * A prose item that counts its units in words and states its own amount: "Twelve hours of on-site
 * process mapping at $95.00 an hour, $1,160.00.", "Drei Tage Workshop-Moderation zu je 800,00 €,
 * 2.400,00 €". As with a quantity in figures (entity-line-prose), the stated amount must be the count
 * times the price; where it is not, the item carries what the product gives, for the decision to weigh.
 * Only a number word opening the item's words and a price per unit after the figure ("an hour", "each",
 * "je") make the count certain: "One of the two rooms at £40.00, £40.00" has no price per unit.
 */
import { NUMBER_WORDS } from './entity-line-each';
import { productUnlike } from './entity-line-rows';

/** The count in words, then up to six words (hyphens allowed) before the price cue. */
const COUNT_WORDS = new RegExp(
  `(?:^|[.;:][ \\t]*|\\n[ \\t]*)[ \\t]*(?<qty>${Object.keys(NUMBER_WORDS).join('|')})[ \\t]+\\p{L}[\\p{L}-]*(?:[ \\t]+\\p{L}[\\p{L}-]*){0,6}[ \\t]+(?:at|à|zu(?:[ \\t]+je)?|je|a|por|per|@)[ \\t]*(?:[A-Z]{2,3}|\\p{Sc})?[ \\t]*$`,
  'iu',
);
/** A price per unit after the figure: "an hour", "per day", "each", "je", "/h". */
const PER_UNIT_AFTER = /^[ \t]*(?:each|per[ \t]+\p{L}+|an?[ \t]+(?!total|sum)\p{L}+|pro[ \t]+\p{L}+|\/[ \t]*\p{L}+|je|chacune?|cada)(?![\p{L}])/iu;

/** The product the stated amount misses, when a count in words opens the item (see above); else {}. */
export function wordCountUnlike(before: string, afterPrice: string, price: number, stated: number): { computed?: number } {
  if (/\d/u.test(before) || !PER_UNIT_AFTER.test(afterPrice)) return {};
  const word = COUNT_WORDS.exec(`\n${before}`)?.groups?.qty?.toLowerCase();
  const count = word === undefined ? undefined : NUMBER_WORDS[word];
  return count === undefined ? {} : productUnlike(String(count), price, stated);
}
