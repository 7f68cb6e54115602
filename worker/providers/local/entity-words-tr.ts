/**
 * Turkish amounts in words, as e-Fatura prints repeat the total after "Yalnız:" ("only"), the words
 * often run together: "Yalnız: İkiYüzBinTürkLirası", "Yalnız: on iki bin beş yüz Türk Lirası elli Kuruş".
 * Only a run that is wholly number words and ends in the lira counts, so no ordinary word is money.
 */
import type { WordAmount } from './entity-words';

const UNITS: [string, number][] = [
  ['bir', 1], ['iki', 2], ['üç', 3], ['dört', 4], ['beş', 5], ['altı', 6], ['yedi', 7], ['sekiz', 8], ['dokuz', 9],
  ['on', 10], ['yirmi', 20], ['otuz', 30], ['kırk', 40], ['elli', 50], ['altmış', 60], ['yetmiş', 70], ['seksen', 80], ['doksan', 90],
];
const SCALES: [string, number][] = [['bin', 1_000], ['milyon', 1_000_000], ['milyar', 1_000_000_000]];
/** Longest first, so "altmış" is not read as "altı" and a stray "mış". */
const TOKENS: [string, number | 'hundred'][] = [...UNITS, ...SCALES, ['yüz', 'hundred'] as [string, 'hundred']].sort((a, b) => b[0].length - a[0].length);

/** Turkish lower case without the locale: dotted İ is i, dotless I is ı. */
function lowerTurkish(text: string): string {
  return text.replace(/İ/gu, 'i').replace(/I/gu, 'ı').toLowerCase();
}

/** "ikiyüzseksendörtbindörtyüz" → 284400; null when anything else is in the run. */
export function turkishWordsToNumber(phrase: string): number | null {
  const compact = lowerTurkish(phrase).replace(/[\s-]+/gu, '');
  let total = 0;
  let current = 0;
  let at = 0;
  while (at < compact.length) {
    const token = TOKENS.find(([word]) => compact.startsWith(word, at));
    if (!token) return null;
    const [word, value] = token;
    at += word.length;
    const scale = SCALES.find(([name]) => name === word)?.[1];
    if (value === 'hundred') current = (current || 1) * 100;
    else if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else current += value;
  }
  return compact ? total + current : null;
}

const TURKISH_WORD_AMOUNT = /(?<![\p{L}])(?<main>[\p{L}][\p{L} \t-]*?)[ \t]*(?:Türk[ \t]*Liras[ıi]|TÜRK[ \t]*LİRASI|TL)(?:[ \t]*(?<minor>[\p{L}][\p{L} \t-]*?)[ \t]*Kuru[şs])?(?![\p{L}])/gu;

export function findTurkishWordAmounts(text: string): WordAmount[] {
  const found: WordAmount[] = [];
  // The lira's words are matched case-sensitively: a text without them is not searched (most are not Turkish).
  if (!text.includes('TL') && !text.includes('Türk') && !text.includes('TÜRK')) return found;
  for (const match of text.matchAll(TURKISH_WORD_AMOUNT)) {
    const main = match.groups?.main ?? '';
    // The run may start after a prefix on its line: "Yalnız: ...", take the longest tail that is all number words.
    const words = main.split(/(?<=[ \t])/u);
    let value: number | null = null;
    let offset = 0;
    for (let i = 0; i < words.length && value === null; i += 1) {
      value = turkishWordsToNumber(words.slice(i).join(''));
      if (value === null) offset += words[i]?.length ?? 0;
    }
    if (value === null || value <= 0) continue;
    const minor = match.groups?.minor ? turkishWordsToNumber(match.groups.minor) : 0;
    if (minor === null) continue;
    const start = match.index + offset;
    const end = match.index + match[0].length;
    found.push({ start, end, text: text.slice(start, end), value: Math.round((value + minor / 100) * 100) / 100, currency: 'TRY' });
  }
  return found;
}
