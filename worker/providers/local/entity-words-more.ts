/**
 * Amounts written in Spanish, Portuguese, Italian and Dutch words, as invoices repeat the total:
 * "Son: doce mil cuatrocientos sesenta euros", "mil duzentos e cinquenta euros", "Diconsi
 * dodicimilaquattrocentosessanta euro", "Zegge: twaalfduizendvierhonderdzestig euro". As in English,
 * German and French, only phrases followed by a currency word count.
 */
import type { WordAmount } from './entity-words';
import { accumulate, findGermanFrenchWordAmounts, HUNDRED, morphemes, splitCompound, type Language, type Lexicon } from './entity-words-de-fr';

/** Spanish and Portuguese write hundreds as words of their own ("cuatrocientos", "quatrocentos"), which add. */
const SPANISH: Lexicon = {
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12,
  trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18, diecinueve: 19, veinte: 20,
  veintiún: 21, veintiun: 21, veintiuno: 21, veintiuna: 21, veintidós: 22, veintidos: 22, veintitrés: 23, veintitres: 23,
  veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintiseis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90, cien: 100, ciento: 100,
  doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, cuatrocientas: 400,
  quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700, setecientas: 700,
  ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900, y: 0,
  mil: 0, millón: 0, millon: 0, millones: 0,
};

const PORTUGUESE: Lexicon = {
  um: 1, uma: 1, dois: 2, duas: 2, três: 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11,
  doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezasseis: 16, dezesseis: 16, dezassete: 17, dezessete: 17,
  dezoito: 18, dezanove: 19, dezenove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50, sessenta: 60, setenta: 70,
  oitenta: 80, noventa: 90, cem: 100, cento: 100, duzentos: 200, duzentas: 200, trezentos: 300, trezentas: 300,
  quatrocentos: 400, quatrocentas: 400, quinhentos: 500, quinhentas: 500, seiscentos: 600, seiscentas: 600,
  setecentos: 700, setecentas: 700, oitocentos: 800, oitocentas: 800, novecentos: 900, novecentas: 900, e: 0,
  mil: 0, milhão: 0, milhao: 0, milhões: 0, milhoes: 0,
};

/** Italian and Dutch write numbers as one word ("dodicimilaquattrocentosessanta", "twaalfduizendvierhonderdzestig"). */
const ITALIAN: Lexicon = {
  uno: 1, un: 1, una: 1, due: 2, tre: 3, tré: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11,
  dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19,
  venti: 20, vent: 20, trenta: 30, trent: 30, quaranta: 40, quarant: 40, cinquanta: 50, cinquant: 50, sessanta: 60, sessant: 60,
  settanta: 70, settant: 70, ottanta: 80, ottant: 80, novanta: 90, novant: 90, cento: HUNDRED, cent: HUNDRED,
  mille: 0, mila: 0, milione: 0, milioni: 0,
};

const DUTCH: Lexicon = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20, dertig: 30,
  veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: HUNDRED, en: 0, ën: 0,
  duizend: 0, miljoen: 0,
};

const ITALIAN_PIECES = morphemes(ITALIAN);
const DUTCH_PIECES = morphemes(DUTCH);

/** Words apart ("doce mil cuatrocientos sesenta"): each must be a number word. */
function separateWords(lexicon: Lexicon): (phrase: string) => number | null {
  return (phrase) => {
    const tokens = phrase.toLowerCase().split(/[\s-]+/u).filter(Boolean);
    return tokens.length ? accumulate(tokens, lexicon) : null;
  };
}

/** One word or a few ("milleduecento", "mille e duecento"): each split into its number words; "e" between them adds nothing. */
function compoundWords(lexicon: Lexicon, pieces: string[], joiner: string): (phrase: string) => number | null {
  return (phrase) => {
    const tokens: string[] = [];
    for (const word of phrase.toLowerCase().split(/[\s-]+/u).filter(Boolean)) {
      if (word === joiner) continue;
      const parts = splitCompound(word, pieces);
      if (!parts) return null;
      tokens.push(...parts);
    }
    return tokens.length ? accumulate(tokens, lexicon) : null;
  };
}

export const spanishWordsToNumber = separateWords(SPANISH);
export const portugueseWordsToNumber = separateWords(PORTUGUESE);
export const italianWordsToNumber = compoundWords(ITALIAN, ITALIAN_PIECES, 'e');
export const dutchWordsToNumber = compoundWords(DUTCH, DUTCH_PIECES, 'en');

function wordsPhrase(lexicon: Lexicon): string {
  const word = `(?:${morphemes(lexicon).join('|')})(?![\\p{L}])`;
  return `${word}(?:[ \\t-]+${word})*`;
}

function compoundPhrase(pieces: string[], joiner: string): string {
  const word = `(?:${pieces.join('|')})+(?![\\p{L}])`;
  return `${word}(?:[ \\t]+(?:${joiner}[ \\t]+)?${word})*`;
}

const SPANISH_PHRASE = wordsPhrase(SPANISH);
const PORTUGUESE_PHRASE = wordsPhrase(PORTUGUESE);
const ITALIAN_PHRASE = compoundPhrase(ITALIAN_PIECES, 'e');
const DUTCH_PHRASE = compoundPhrase(DUTCH_PIECES, 'en');

const LANGUAGES: Language[] = [
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?<main>${SPANISH_PHRASE})[ \\t]+(?<currency>euros?|d[óo]lares(?:\\s+estadounidenses)?|d[óo]lar|libras?(?:\\s+esterlinas?)?|francos?\\s+suizos|pesos?|col[oó]n(?:es)?(?:\\s+costarricenses)?)(?:[ \\t]+(?:con|y)[ \\t]+(?<minor>${SPANISH_PHRASE})[ \\t]+(?:c[ée]ntimos?|centavos?))?(?![\\p{L}])`,
      'giu',
    ),
    hint: /euro|d[óo]lar|libra|franco|peso|col[oó]n/iu,
    toNumber: spanishWordsToNumber,
    currencies: [[/^euros?$/i, 'EUR'], [/estadounidenses/i, 'USD'], [/^libras?/i, 'GBP'], [/suizos/i, 'CHF'], [/^col[oó]n/i, 'CRC'], [/^(?:d[óo]lar(?:es)?|pesos?)$/i, null]],
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?<main>${PORTUGUESE_PHRASE})[ \\t]+(?<currency>euros?|reais|real|d[óo]lares(?:\\s+americanos)?|d[óo]lar|libras?(?:\\s+esterlinas?)?)(?:[ \\t]+e[ \\t]+(?<minor>${PORTUGUESE_PHRASE})[ \\t]+(?:c[êe]ntimos?|centavos?))?(?![\\p{L}])`,
      'giu',
    ),
    hint: /euro|real|reais|d[óo]lar|libra/iu,
    toNumber: portugueseWordsToNumber,
    currencies: [[/^euros?$/i, 'EUR'], [/^(?:reais|real)$/i, 'BRL'], [/americanos/i, 'USD'], [/^libras?/i, 'GBP'], [/^d[óo]lar(?:es)?$/i, null]],
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?<main>${ITALIAN_PHRASE})[ \\t]+(?<currency>euro|franchi\\s+svizzeri|dollari(?:\\s+statunitensi|\\s+usa)?|sterline)(?:[ \\t]+e[ \\t]+(?<minor>${ITALIAN_PHRASE})[ \\t]+centesimi)?(?![\\p{L}])`,
      'giu',
    ),
    hint: /euro|franchi|dollari|sterline/iu,
    toNumber: italianWordsToNumber,
    currencies: [[/^euro$/i, 'EUR'], [/svizzeri/i, 'CHF'], [/statunitensi|usa/i, 'USD'], [/^sterline$/i, 'GBP'], [/^dollari$/i, null]],
  },
  {
    pattern: new RegExp(
      `(?<![\\p{L}])(?<main>${DUTCH_PHRASE})[ \\t]+(?<currency>euro|amerikaanse\\s+dollar|dollar|pond)(?:[ \\t]+en[ \\t]+(?<minor>${DUTCH_PHRASE})[ \\t]+(?:eurocent|cent))?(?![\\p{L}])`,
      'giu',
    ),
    hint: /euro|dollar|pond/iu,
    toNumber: dutchWordsToNumber,
    currencies: [[/^euro$/i, 'EUR'], [/amerikaanse/i, 'USD'], [/^pond$/i, 'GBP'], [/^dollar$/i, null]],
  },
];

export function findMoreWordAmounts(text: string): WordAmount[] {
  return findGermanFrenchWordAmounts(text, LANGUAGES);
}
