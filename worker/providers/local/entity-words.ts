/**
 * Amounts written in words, as invoices and cheques repeat the total ("One thousand two hundred
 * fifty US dollars only", "six hundred forty-two dollars and seventy-five cents", "Indian Rupees
 * Forty-Seven Thousand Two Hundred Only"; German and French in entity-words-de-fr, Spanish, Portuguese,
 * Italian and Dutch in entity-words-more, Turkish in entity-words-tr). Only phrases
 * next to a currency word count, so "two days" or "one seat" are never money.
 */
import { CURRENCY_NAME_WORDS, CURRENCY_NAMES } from './entity-currency-table';
import { execAll, removeOverlaps, type Span } from './entity-text';
import { findGermanFrenchWordAmounts } from './entity-words-de-fr';
import { findIndonesianWordAmounts } from './entity-words-id';
import { findMoreWordAmounts } from './entity-words-more';
import { findTurkishWordAmounts } from './entity-words-tr';

export interface WordAmount extends Span {
  value: number;
  currency: string | null;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Indian invoices count in lakhs (100,000) and crores (10,000,000). */
const SCALES: Record<string, number> = { thousand: 1_000, lakh: 100_000, lakhs: 100_000, crore: 10_000_000, crores: 10_000_000, million: 1_000_000, billion: 1_000_000_000 };

const NUMBER_WORD = `(?:${[...Object.keys(SMALL), 'hundred', ...Object.keys(SCALES)].sort((a, b) => b.length - a.length).join('|')})`;
/** "two thousand three hundred and twenty", "forty-two"; "and" only between number words. */
const PHRASE = `${NUMBER_WORD}(?:(?:[\\s-]+|,\\s*|\\s+and\\s+)${NUMBER_WORD})*`;
/** Longest first; a bare "dollars" names no particular dollar. */
const CURRENCY_WORDS: [RegExp, string | null][] = [
  [/^(?:us|u\.s\.|american)\s+dollars?$/i, 'USD'],
  [/^(?:canadian)\s+dollars?$/i, 'CAD'],
  [/^(?:australian)\s+dollars?$/i, 'AUD'],
  // Cheque-style words on Singapore, New Zealand and Hong Kong invoices name their dollar first.
  [/^singapore\s+dollars?$/i, 'SGD'],
  [/^new\s+zealand\s+dollars?$/i, 'NZD'],
  [/^hong\s+kong\s+dollars?$/i, 'HKD'],
  // Every other country's currency by its name: "Uganda shillings", "Trinidad and Tobago dollars" (see entity-currency-table).
  ...CURRENCY_NAMES,
  [/^dollars?$/i, null],
  // A bare "pesos" names no particular peso either: "... Eighty Pesos and 00/100 Only" (the Philippines, and the Americas in English).
  [/^pesos?$/i, null],
  [/^euros?$/i, 'EUR'],
  [/^pounds?(?:\s+sterling)?$/i, 'GBP'],
  [/^swiss\s+francs?$/i, 'CHF'],
  [/^(?:indian\s+)?rupees?$/i, 'INR'],
  [/^yen$/i, 'JPY'],
  // South Africa's rand: "Twenty Thousand Rand And Ninety-Five Cents"; the rupee's minor unit is the paisa ("Rupees And Twenty-Four Paise").
  [/^rand$/i, 'ZAR'],
  [/^(?:INR|Rs\.?)$/i, 'INR'],
  [/^USD$/i, 'USD'],
  [/^EUR$/i, 'EUR'],
  [/^GBP$/i, 'GBP'],
];
const CURRENCY_WORD = `(?:(?:us|u\\.s\\.|american|canadian|australian|singapore|new\\s+zealand|hong\\s+kong)\\s+dollars?|${CURRENCY_NAME_WORDS}|dollars?|pesos?|euros?|pounds?(?:\\s+sterling)?|swiss\\s+francs?|(?:indian\\s+)?rupees?|yen|rand)`;
const WORD_AMOUNT = new RegExp(
  `(?<![\\p{L}-])(?<main>${PHRASE})(?:\\s+and\\s+(?<cheque>\\d{2})\\/100)?\\s+(?<currency>${CURRENCY_WORD})(?:\\s+and\\s+(?:(?<minorWords>${PHRASE})|(?<minorDigits>\\d{1,2}))\\s+(?:cents?|pence|centimes|paise)|\\s+and\\s+(?<fraction>\\d{2})\\/100)?(?![\\p{L}])`,
  'giu',
);

/** "two thousand three hundred and twenty" → 2320. */
export function wordsToNumber(phrase: string): number {
  let total = 0;
  let current = 0;
  for (const word of phrase.toLowerCase().split(/[\s,-]+/)) {
    if (word === 'and' || !word) continue;
    if (word === 'hundred') current = (current || 1) * 100;
    else if (SCALES[word] !== undefined) {
      total += (current || 1) * SCALES[word];
      current = 0;
    } else current += SMALL[word] ?? 0;
  }
  return total + current;
}

function currencyOf(words: string): string | null {
  const normal = words.replace(/\s+/g, ' ').trim();
  for (const [pattern, code] of CURRENCY_WORDS) if (pattern.test(normal)) return code;
  return null;
}

/**
 * "Indian Rupees Forty-Seven Thousand Two Hundred Only": the currency first, the amount closed by "only";
 * its minor unit before or after its number ("and Cents Forty", "and Paise Fifty", "and forty cents", "and 00 Paise").
 */
const CURRENCY_FIRST = new RegExp(
  `(?<![\\p{L}-])(?<currency>${CURRENCY_WORD}|INR|USD|EUR|GBP|Rs\\.?)\\s+(?<main>${PHRASE})(?:\\s+and\\s+(?:(?<minorWords>${PHRASE})\\s+(?:cents?|paise|pence)|(?<minorDigits>\\d{1,2})\\s+(?:cents?|paise|pence)|(?:cents?|paise|pence)\\s+(?<minorAfter>${PHRASE})))?\\s+only(?![\\p{L}])`,
  'giu',
);

/**
 * Words each pattern must contain (same flags): a text without them cannot match, so the large
 * patterns, tried at every offset, are not run on it (most invoices hold neither).
 */
const WORD_AMOUNT_HINT = new RegExp(`dollar|peso|euro|pound|franc|rupee|yen|(?<![\\p{L}])rand(?![\\p{L}])|${CURRENCY_NAME_WORDS}`, 'iu');
const CURRENCY_FIRST_HINT = /only/iu;

const DAMAGED_WORD_BEFORE = /(?:\p{L}\d|\d\p{L})[\p{L}\d]*[ \t-]+$/u;

export function findWordAmounts(text: string): WordAmount[] {
  const found: WordAmount[] = [];
  const wordAmounts = WORD_AMOUNT_HINT.test(text) ? [...execAll(WORD_AMOUNT, text)] : [];
  const currencyFirst = CURRENCY_FIRST_HINT.test(text) ? [...execAll(CURRENCY_FIRST, text)] : [];
  for (const match of [...wordAmounts, ...currencyFirst]) {
    const groups = match.groups ?? {};
    const minorWords = groups.minorWords ?? groups.minorAfter;
    const minor = minorWords ? wordsToNumber(minorWords) : Number(groups.minorDigits ?? groups.fraction ?? groups.cheque ?? 0);
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      value: Math.round((wordsToNumber(groups.main ?? '') + minor / 100) * 100) / 100,
      currency: currencyOf(groups.currency ?? ''),
    });
  }
  // A phrase right after an OCR-damaged word ("f0ur hundred ...") is only the end of an amount: unreadable.
  return removeOverlaps([...found, ...findGermanFrenchWordAmounts(text), ...findMoreWordAmounts(text), ...findTurkishWordAmounts(text), ...findIndonesianWordAmounts(text)]).filter((amount) => !DAMAGED_WORD_BEFORE.test(text.slice(Math.max(0, amount.start - 24), amount.start)));
}
