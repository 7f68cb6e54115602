/**
 * Amounts written in German and French words, as invoices repeat the total: "in Worten:
 * sechstausendvierhundertachtzig Euro", "six mille quatre cent quatre-vingts euros et cinquante
 * centimes". As in English, only phrases followed by a currency word count.
 */
import { execAll } from './entity-text';
import type { WordAmount } from './entity-words';

export type Lexicon = Record<string, number>;

/** Scale words: they close a group ("tausend", "mille"); -1 marks "hundred", which multiplies. */
export const HUNDRED = -1;
const SCALES: Record<string, number> = {
  tausend: 1_000, million: 1_000_000, millionen: 1_000_000, milliarde: 1_000_000_000, milliarden: 1_000_000_000,
  mille: 1_000, millions: 1_000_000, milliard: 1_000_000_000, milliards: 1_000_000_000,
  // Spanish, Portuguese, Italian and Dutch (their lexicons in entity-words-more).
  mil: 1_000, millón: 1_000_000, millon: 1_000_000, millones: 1_000_000, milhão: 1_000_000, milhao: 1_000_000, milhões: 1_000_000, milhoes: 1_000_000,
  mila: 1_000, milione: 1_000_000, milioni: 1_000_000, duizend: 1_000, miljoen: 1_000_000,
};

const GERMAN: Lexicon = {
  ein: 1, eins: 1, eine: 1, einen: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
  zehn: 10, elf: 11, zwölf: 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, fuenfzehn: 15, sechzehn: 16, siebzehn: 17,
  achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, fuenfzig: 50, sechzig: 60,
  siebzig: 70, achtzig: 80, neunzig: 90, hundert: HUNDRED, und: 0,
  tausend: 0, million: 0, millionen: 0, milliarde: 0, milliarden: 0,
};

const FRENCH: Lexicon = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  septante: 70, huitante: 80, octante: 80, nonante: 90, cent: HUNDRED, cents: HUNDRED, et: 0,
  mille: 0, million: 0, millions: 0, milliard: 0, milliards: 0,
};

/** Longest first, so "sechzehn" is not read as "sech" + "zehn" and "achtzig" not as "acht" + "zig". */
export function morphemes(lexicon: Lexicon): string[] {
  return Object.keys(lexicon).sort((a, b) => b.length - a.length);
}
const GERMAN_MORPHEMES = morphemes(GERMAN);

/** "sechstausendvierhundertachtzig" → sechs, tausend, vier, hundert, achtzig; null when a piece is no number word. */
export function splitCompound(word: string, pieces: string[] = GERMAN_MORPHEMES): string[] | null {
  const parts: string[] = [];
  let rest = word;
  while (rest) {
    const piece = pieces.find((morpheme) => rest.startsWith(morpheme));
    if (!piece) return null;
    parts.push(piece);
    rest = rest.slice(piece.length);
  }
  return parts;
}

/** Adds up number words in order: units and tens add, hundred multiplies, a scale closes a group. */
export function accumulate(tokens: string[], lexicon: Lexicon): number | null {
  let total = 0;
  let current = 0;
  let previous = '';
  for (const token of tokens) {
    const scale = SCALES[token];
    const value = lexicon[token];
    if (value === undefined) return null;
    if (scale !== undefined) {
      total += (current || 1) * scale;
      current = 0;
    } else if (value === HUNDRED) current = (current || 1) * 100;
    // French "quatre-vingt(s)" is four twenties.
    else if ((token === 'vingt' || token === 'vingts') && previous === 'quatre') current += 80 - 4;
    else current += value;
    previous = token;
  }
  return total + current;
}

export function germanWordsToNumber(phrase: string): number | null {
  const tokens: string[] = [];
  for (const word of phrase.toLowerCase().split(/[\s-]+/u).filter(Boolean)) {
    const parts = splitCompound(word);
    if (!parts) return null;
    tokens.push(...parts);
  }
  return tokens.length ? accumulate(tokens, GERMAN) : null;
}

export function frenchWordsToNumber(phrase: string): number | null {
  const tokens = phrase.toLowerCase().split(/[\s-]+/u).filter(Boolean);
  return tokens.length ? accumulate(tokens, FRENCH) : null;
}

export interface Language {
  pattern: RegExp;
  /**
   * A word the currency must contain, same flags as `pattern`: a text without it cannot match, and
   * the large pattern (tried at every offset) is not run at all. Most invoices hold no such word.
   */
  hint: RegExp;
  toNumber(phrase: string): number | null;
  currencies: [RegExp, string | null][];
}

const GERMAN_PHRASE = `(?:${GERMAN_MORPHEMES.join('|')})+(?:[ \\t-]+(?:${GERMAN_MORPHEMES.join('|')})+)*`;
const FRENCH_WORD = `(?:${morphemes(FRENCH).join('|')})(?![\\p{L}])`;
const FRENCH_PHRASE = `${FRENCH_WORD}(?:[ \\t-]+${FRENCH_WORD})*`;

const LANGUAGES: Language[] = [
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?<main>${GERMAN_PHRASE})[ \\t]+(?<currency>euro|eur|schweizer\\s+franken|franken|chf|us-dollar|dollar|pfund)(?:[ \\t]+und[ \\t]+(?<minor>${GERMAN_PHRASE})[ \\t]+(?:cent|rappen)|[ \\t]+(?:und[ \\t]+)?(?<minorDigits>\\d{1,2})[ \\t]+(?:cent|rappen))?(?![\\p{L}])`,
      'giu',
    ),
    hint: /eur|franken|chf|dollar|pfund/iu,
    toNumber: germanWordsToNumber,
    currencies: [[/^(?:euro|eur)$/i, 'EUR'], [/franken|chf/i, 'CHF'], [/^us-dollar$/i, 'USD'], [/^pfund$/i, 'GBP'], [/^dollar$/i, null]],
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?<main>${FRENCH_PHRASE})[ \\t]+(?<currency>euros?|francs?\\s+suisses|francs?|dollars?\\s+(?:américains|us)|dollars?|livres?(?:\\s+sterling)?)(?:[ \\t]+et[ \\t]+(?<minor>${FRENCH_PHRASE})[ \\t]+(?:centimes?|cents?)|[ \\t]+(?:et[ \\t]+)?(?<minorDigits>\\d{1,2})[ \\t]+(?:centimes?|cents?))?(?![\\p{L}])`,
      'giu',
    ),
    hint: /euro|franc|dollar|livre/iu,
    toNumber: frenchWordsToNumber,
    currencies: [[/^euros?$/i, 'EUR'], [/suisses/i, 'CHF'], [/américains|us/i, 'USD'], [/^livres?/i, 'GBP'], [/^(?:francs?|dollars?)$/i, null]],
  },
];

export function currencyOf(language: Language, words: string): string | null {
  const normal = words.replace(/\s+/g, ' ').trim();
  for (const [pattern, code] of language.currencies) if (pattern.test(normal)) return code;
  return null;
}

export function findGermanFrenchWordAmounts(text: string, languages: Language[] = LANGUAGES): WordAmount[] {
  const found: WordAmount[] = [];
  for (const language of languages) {
    if (!language.hint.test(text)) continue;
    for (const match of execAll(language.pattern, text)) {
      const groups = match.groups ?? {};
      const main = language.toNumber(groups.main ?? '');
      // The cents are often left in figures: "Franken 87 Rappen", "euros et 50 centimes".
      const minor = groups.minor ? language.toNumber(groups.minor) : Number(groups.minorDigits ?? 0);
      // "Ein Euro" counts, but the phrase must be number words through and through.
      if (main === null || minor === null || (main === 0 && !minor)) continue;
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        value: Math.round((main + minor / 100) * 100) / 100,
        currency: currencyOf(language, groups.currency ?? ''),
      });
    }
  }
  return found;
}
