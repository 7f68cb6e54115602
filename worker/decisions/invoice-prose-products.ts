/**
 * A sentence that counts, prices and states its own product: "Five hours replacing the valves at £55.00
 * an hour, £275.00.", "Im April fanden 3 Einzelsitzungen à 180,00 € statt, zusammen 540,00 €." A reader
 * checks count × price against the amount after the comma, whether or not the item readers took the
 * sentence for items (a sentence beside it, "To the call-out, £45.00.", may keep them from it). Read
 * strictly: the count opens the counted words (a figure, or a number word opening the sentence), no other
 * figure stands between it and the price, a price per unit names the counted unit ("hours" ... "an hour"),
 * and the amount ends the sentence. A figure earlier in the sentence that, times the price (or times the
 * count and the price), gives the amount ("2 vans, 3 days at £50 a day, £300") clears the doubt.
 */
import { parseNumber } from '../providers/local/entity-amounts';
import { NUMBER_WORDS } from '../providers/local/entity-line-each';
import { countsUnit } from '../providers/local/entity-line-prose-units';
import type { ScannedDocument } from '../providers/local/entity-scan';
import { money, type DecisionBuilder } from './decision-builder';
import { evidenceAt } from './evidence-span';
import { matchesOf } from '../providers/local/entity-matches';

/** An amount as written, whole: "1,100.00" is not "1" then "100.00". */
const AMOUNT = String.raw`(?:\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{2})?|\d+(?:[.,]\d{2})?)(?![.,' ]?\d)`;
const MONEY = String.raw`(?:\p{Sc}|[A-Z]{3}(?![\p{L}]))`;
const WORD_COUNT = Object.keys(NUMBER_WORDS).join('|');
/** A German clause's verb particle after the price: "fanden 3 Sitzungen à 180,00 € statt". */
const PARTICLE = String.raw`(?:[ \t]+(?:statt|an|ab))?`;
/** What may lead the amount after the comma: "that's", "which is", "zusammen", "in total", "soit", or nothing. */
const LEAD = String.raw`(?:(?:that['’]s|that[ \t]+is|which[ \t]+is|which[ \t]+makes|making|so|i\.e\.|soit|zusammen|insgesamt|gesamt|together|in[ \t]+total|total)[ \t]+)?`;
const PRODUCT = new RegExp(
  String.raw`(?<open>(?:^|[.!?;:][ \t]+)[ \t]*(?<word>${WORD_COUNT})|(?<![\p{L}\d.,/-])(?<figure>\d+(?:[.,]\d+)?))[ \t]+(?<unit>\p{L}[\p{L}-]*)(?<words>(?:[ \t]+\p{L}[\p{L}'’-]*){0,6}?)[ \t]+(?:at|à|zu[ \t]+je|je|@)[ \t]*${MONEY}?[ \t]*(?<price>${AMOUNT})[ \t]*${MONEY}?(?:[ \t]+(?:an?|per|pro|je)[ \t]+(?<per>\p{L}+)|[ \t]*\/[ \t]*(?<slash>\p{L}+)|[ \t]+(?<each>each|chacune?|je))?${PARTICLE}[ \t]*,[ \t]+${LEAD}${MONEY}?[ \t]*(?<amount>${AMOUNT})[ \t]*${MONEY}?[ \t]*(?:[.!;]|$)`,
  'gimu',
);
/**
 * The price's word and the price's first digit, which every match of `PRODUCT` holds (same flags but
 * the line anchors, which it does not use): most texts hold none, and this costs far less than `PRODUCT`.
 */
const PRICE_CUE = new RegExp(String.raw`[ \t](?:at|à|zu[ \t]+je|je|@)[ \t]*${MONEY}?[ \t]*\d`, 'iu');
/** A number standing alone, for the figures earlier in the sentence. */
const NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)?(?![\p{L}\d]|[.,]\d)/gu;
const SENTENCE_START = /[.!?;](?=\s)|\n[ \t]*\n/gu;

const MONTH = /^(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|fevr|avr|juil|déc|gen|mag|giu|lug|ago|set|dic|ene|abr|dez|mei|okt)/iu;

export function checkProseProducts(text: string, doc: ScannedDocument, verdict: DecisionBuilder): void {
  if (!text.includes(',') || !PRICE_CUE.test(text)) return;
  for (const match of matchesOf(PRODUCT, text)) {
    const groups = match.groups ?? {};
    const count = groups.word ? NUMBER_WORDS[groups.word.toLowerCase()] : groups.figure ? parseNumber(groups.figure) : undefined;
    if (count === undefined || !groups.price || !groups.amount || !groups.unit) continue;
    // "on 24 March at £380.00": a day of the month counts nothing.
    if (MONTH.test(groups.unit)) continue;
    const counted = [groups.unit, ...(groups.words ?? '').trim().split(/[ \t]+/u)];
    // "Two staff worked five hours each at £16.00": a second count among the counted words multiplies too.
    if (counted.some((word) => NUMBER_WORDS[word.toLowerCase()] !== undefined)) continue;
    const per = groups.per ?? groups.slash;
    if (per && !countsUnit(per, counted)) continue;
    const price = parseNumber(groups.price);
    const amount = parseNumber(groups.amount);
    const gives = (factor: number): boolean => Math.abs(factor * price - amount) <= 0.01 + Math.abs(factor) * 0.005 + 1e-9;
    if (gives(count)) continue;
    const at = match.index + (groups.open?.length ?? 0) - (groups.word ?? groups.figure ?? '').length;
    // The sentence's earlier figures (on the line before too): one of them may count the price as well.
    let from = 0;
    for (const stop of text.slice(0, at).matchAll(SENTENCE_START)) from = stop.index + stop[0].length;
    const earlier = [...text.slice(from, at).matchAll(NUMBER)].map((number) => parseNumber(number[0]));
    if (earlier.some((factor) => gives(factor) || gives(factor * count))) continue;
    const end = match.index + match[0].length;
    // Reported once: an item reader that already read this product says so itself.
    if (doc.lineItems.some((item) => item.computed !== undefined && item.start < end && item.end > at)) continue;
    const computed = Math.round(count * price * 100) / 100;
    verdict.fail(`a line item's quantity times price is ${money(computed)}, not its stated ${money(amount)}`, evidenceAt(text, at, end));
  }
}
