/**
 * Amounts written in Indonesian words, as Indonesian invoices repeat the total on a "Terbilang" line:
 * "lima puluh enam juta empat ratus tujuh belas ribu dua ratus lima puluh rupiah". Digits one to nine,
 * multiplied by "belas" (teens), "puluh" (tens), "ratus" (hundreds), then "ribu", "juta", "miliar"; "se-"
 * is one ("sepuluh", "seratus", "seribu"). Only a phrase followed by "rupiah" counts.
 */
import type { WordAmount } from './entity-words';

const DIGITS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, nol: 0 };
/** Words that hold a "se-" one: "sebelas" is 11, "seratus" 100. */
const ONES: Record<string, number> = { sepuluh: 10, sebelas: 11, seratus: 100 };
const SMALL_UNITS: Record<string, number> = { belas: 10, puluh: 10, ratus: 100 };
const SCALES: Record<string, number> = { ribu: 1_000, juta: 1_000_000, miliar: 1_000_000_000, milyar: 1_000_000_000 };
const SCALE_ONES: Record<string, number> = { seribu: 1_000, sejuta: 1_000_000, semiliar: 1_000_000_000 };

const WORD = `(?:${[...Object.keys(DIGITS), ...Object.keys(ONES), ...Object.keys(SMALL_UNITS), ...Object.keys(SCALES), ...Object.keys(SCALE_ONES)]
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
const AMOUNT = new RegExp(`(?<![\\p{L}])(?<main>${WORD}(?:[ \\t]+${WORD})*)[ \\t]+rupiah(?![\\p{L}])`, 'giu');

/** "empat ratus tujuh belas ribu" → 417000. */
export function indonesianToNumber(phrase: string): number {
  let total = 0;
  let group = 0;
  let digit = 0;
  for (const word of phrase.toLowerCase().split(/[ \t]+/u)) {
    if (DIGITS[word] !== undefined) digit = DIGITS[word];
    else if (ONES[word] !== undefined) group += ONES[word];
    else if (word === 'belas') [group, digit] = [group + 10 + digit, 0];
    else if (SMALL_UNITS[word] !== undefined) [group, digit] = [group + digit * (SMALL_UNITS[word] ?? 0), 0];
    else if (SCALE_ONES[word] !== undefined) total += SCALE_ONES[word];
    else if (SCALES[word] !== undefined) {
      total += (group + digit || 1) * SCALES[word];
      [group, digit] = [0, 0];
    }
  }
  return total + group + digit;
}

export function findIndonesianWordAmounts(text: string): WordAmount[] {
  if (!/rupiah/iu.test(text)) return [];
  return [...text.matchAll(AMOUNT)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    value: indonesianToNumber(match.groups?.main ?? ''),
    currency: 'IDR',
  }));
}
