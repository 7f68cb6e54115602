/**
 * Whether a prose item's count and its price per unit may be multiplied: "6 hours at £35.00 an hour" may,
 * "2 days on site at £30.00 an hour" may not (a day holds hours the sentence does not say), nor "Three
 * fitters worked six hours at £20.00 an hour" (two counts multiply). Then no product is checked.
 */
import { NUMBER_WORDS } from './entity-line-each';

/** The price's unit after it: "an hour", "per day", "pro Stunde", "/h". */
const PER_UNIT = /^[ \t]*(?:\p{Sc}|[A-Z]{3}(?![\p{L}]))?[ \t]*(?:(?:an?|per|pro|je|par)[ \t]+(?<unit>\p{L}+)|\/[ \t]*(?<slash>\p{L}+))/iu;
const WORD = /\p{L}[\p{L}'’-]*/gu;

/** Whether `per` ("hour") names a unit among `counted` ("hours", "replacing", ...). */
export function countsUnit(per: string, counted: string[]): boolean {
  const unit = per.toLowerCase().replace(/s$/u, '');
  return counted.some((word) => word.toLowerCase().startsWith(unit));
}

/**
 * Whether the words between a count and its price (`counted`, the count itself left out) hold a second
 * count in words, or the price after them (`after`) is per a unit they do not name.
 */
export function countAndRateDisagree(counted: string, after: string): boolean {
  const words = counted.match(WORD) ?? [];
  if (words.some((word) => NUMBER_WORDS[word.toLowerCase()] !== undefined)) return true;
  const groups = PER_UNIT.exec(after)?.groups;
  const per = groups?.unit ?? groups?.slash;
  // A one-letter unit ("/h") is read as any unit: too short to tell.
  return per !== undefined && per.length > 1 && !countsUnit(per, words);
}
