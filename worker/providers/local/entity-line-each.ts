/**
 * An invoice in prose that prices its items "each" and states the total in the same sentence, with
 * the quantity earlier in the sentence, perhaps in words and lines before:
 *
 *   "X invoices Y for two crew portrait sessions at the regatta on 7 March 2026, at £650.00 each,
 *    a total of £1,350.00"
 *
 * The item is quantity × price (here 1,300.00), which the stated total must then agree with.
 */
import { parseNumber } from './entity-amounts';
import type { FoundLineItem, LabelledAmount } from './entity-scan';
import type { Span } from './entity-text';

/** Quantities in words, one to twelve, in the seven languages. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7, negen: 9, tien: 10,
  dois: 2, duas: 2, três: 3, sete: 7, oito: 8, dez: 10,
};
/** A quantity before the words it counts: "two crew portrait sessions", "3 sessions". */
const QUANTITY = new RegExp(`(?<![\\p{L}\\d.,])(?<qty>\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})[ \\t\\n]+(?=\\p{L})`, 'giu');
/** The price's cue before it and "each" after it: "at £650.00 each", "à 95,00 € chacune", "zu je 80,00". */
const CUE_BEFORE = /(?:(?<![\p{L}])(?:at|à|a|zu|je|por|per|for)|@)[ \t]*$/iu;
const EACH_AFTER = /^[ \t]*(?:each|apiece|chacune?|pièce|cada\s+una?|cada\s+uno|ciascun[oa]|l['’]una|l['’]uno|per\s+stuk|stuk|pro\s+stück|je\s+stück|cada)(?![\p{L}])/iu;
/** Where a sentence ends: a stop before a blank or the end, or a blank line. */
const SENTENCE_END = /[.!?](?=\s|$)|\n[ \t]*\n/gu;

function sentenceAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const stop of text.matchAll(SENTENCE_END)) {
    if (stop.index < at) start = stop.index + stop[0].length;
    else {
      end = stop.index;
      break;
    }
  }
  return { start, end };
}

/** `dates` are blanked out before quantities are looked for ("on 7 March 2026" counts nothing). */
export function eachPriceItems(text: string, amounts: LabelledAmount[], dates: Span[]): FoundLineItem[] {
  const items: FoundLineItem[] = [];
  for (const price of amounts) {
    if (price.label || !EACH_AFTER.test(text.slice(price.end, price.end + 24))) continue;
    const before = text.slice(Math.max(0, price.start - 12), price.start).replace(/[^\s\p{L}@]+$/u, '');
    if (!CUE_BEFORE.test(before)) continue;
    const sentence = sentenceAround(text, price.start);
    const inSentence = amounts.filter((amount) => amount.start >= sentence.start && amount.end <= sentence.end);
    // The sentence states the total after the price, and no other figure.
    const total = inSentence.find((amount) => amount.label === 'total' && amount.start > price.end);
    if (!total || inSentence.some((amount) => amount !== price && amount !== total)) continue;
    let lead = text.slice(sentence.start, price.start);
    for (const date of dates) {
      if (date.start >= sentence.start && date.end <= price.start) {
        const from = date.start - sentence.start;
        lead = lead.slice(0, from) + ' '.repeat(date.end - date.start) + lead.slice(date.end - sentence.start);
      }
    }
    const quantity = [...lead.matchAll(QUANTITY)].pop()?.groups?.qty?.toLowerCase();
    if (!quantity) continue;
    const count = NUMBER_WORDS[quantity] ?? parseNumber(quantity);
    const start = sentence.start + (text.slice(sentence.start, price.end).length - text.slice(sentence.start, price.end).trimStart().length);
    items.push({ start, end: price.end, text: text.slice(start, price.end), amount: Math.round(count * price.value * 100) / 100 });
  }
  return items;
}
