/**
 * More ways a sentence of an invoice in prose prices its items, for `entity-line-prose`:
 *
 * - a quantity in words before a price per unit: "three days on site at £220 a day" is 660.00;
 * - a charge named before "of": "plus materials of 212.40", "travel costs of €80.00";
 * - a note in brackets after the price, holding no figure: "212.40 (sapele for the sills, resin)";
 * - a sentence that lists its charges after a colon ("erlauben wir uns zu berechnen: Streichen ...
 *   = 608,00 €, Abdeckmaterial 38,60 € sowie die Anfahrt mit 25,00 €"): there each clause that ends
 *   with a figure is an item, with or without a word before the price.
 */
import { NUMBER_WORDS } from './entity-line-each';

/** A quantity in words, a few words before the price cue: "three days on site at". */
const WORD_QUANTITY = new RegExp(`(?<![\\p{L}\\d])(?<qty>${Object.keys(NUMBER_WORDS).join('|')})[ \\t]+\\p{L}+(?:[ \\t]+\\p{L}+){0,3}[ \\t]+(?:at|à|zu(?:[ \\t]+je)?|a|por|per|@)[ \\t]*$`, 'iu');
/** A price per unit after the figure: "a day", "per hour", "each", "/h". */
const PER_UNIT_AFTER = /^[ \t]*(?:each|per[ \t]+\p{L}+|an?[ \t]+(?!total|sum)\p{L}+|pro[ \t]+\p{L}+|\/[ \t]*\p{L}+|je|chacune?|cada)(?![\p{L}])/iu;

/** Half of one unit before a unit price: "half a day on site at", "a half day at" (not "one and a half days"). */
const HALF_QUANTITY = /(?<![\p{L}])(?:half[ \t]+an?|an?[ \t]+half)[ \t]+(?:day|hour|session|shift)(?![\p{L}])(?:[ \t]+\p{L}+){0,3}[ \t]+(?:at|@)[ \t]*$/iu;

/** The quantity in words before a unit price ("three days ... at £220 a day"), when no figure counts it; else undefined. */
export function wordQuantity(before: string, afterPrice: string): number | undefined {
  if (!PER_UNIT_AFTER.test(afterPrice) || /\d/u.test(before)) return undefined;
  // "half a day at £220 a day" is 110.00, unless the half follows a whole ("one and a half days").
  if (HALF_QUANTITY.test(before) && !/(?<![\p{L}])and[ \t]+an?[ \t]+half/iu.test(before)) return 0.5;
  const word = WORD_QUANTITY.exec(before)?.groups?.qty?.toLowerCase();
  return word === undefined ? undefined : NUMBER_WORDS[word];
}

/** A charge named right before "of" and its price: "materials of", "travel costs of", "a call-out fee of". */
export const CHARGE_OF = /(?<![\p{L}])(?:materials?|parts|supplies|consumables|expenses|costs?|travel|mileage|disbursements?|fees?|charges?|call-?out|hire|delivery|postage|shipping|carriage|labou?r)[ \t]+of[ \t]*$/iu;

/** What may follow a price with no extension: a note in brackets without a figure, perhaps cut at a comma. */
export const NOTE_TAIL = /^[ \t]*\([^\d()\n]*\)?[.:!?)]*[ \t]*$/u;

/** A sentence that lists its charges after a colon: "zu berechnen:", "berechnen wir:", "we charge as follows:", "nous facturons :". */
const CHARGE_LIST = /(?<![\p{L}])(?:berechnen|berechnet|in[ \t]+rechnung[ \t]+(?:stellen|gestellt)?|charge|bill|invoice|as[ \t]+follows|wie[ \t]+folgt|comme[ \t]+suit|facturons|facturer|als[ \t]+volgt|come[ \t]+segue|como[ \t]+sigue)(?:[ \t]+(?:wir|ihnen|we|you|nous|vous))?[ \t]*:/iu;

/** Where the sentence's list of charges begins, after its colon, or -1 when it opens none. */
export function chargeListStart(sentence: string): number {
  if (!sentence.includes(':')) return -1;
  const match = CHARGE_LIST.exec(sentence);
  return match ? match.index + match[0].length : -1;
}

/** In such a list, a clause's description then its price: "Kreppband 38,60 €", "die Anfahrt mit 25,00 €". */
export const LISTED_PRICE = /\p{L}{2}[.)]?[ \t]*$/u;
