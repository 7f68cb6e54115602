/**
 * Every active ISO 4217 currency in one table: its code, its minor units (ISO 4217's own: 0 for the yen,
 * the won or the Ugandan shilling, 3 for the Gulf and North African dinars, 2 for most), the local symbols
 * and abbreviations invoices write for it, and the country words that must appear on a document before a
 * symbol too ambiguous on its own is read ("P", "K", "MT"). Real invoices arrive in every currency; the
 * amount readers (entity-amounts), the whole-figure reader (entity-amount-whole) and the currency rules
 * read their codes and symbols from here, not from lists of their own.
 */

export interface CurrencyRow {
  code: string;
  /** ISO 4217 minor units (decimals of the currency). */
  minor: number;
  /** Symbols or abbreviations that name this currency alone, read before or after a figure. */
  symbols?: string[];
  /**
   * Symbols that are ordinary letters elsewhere ("P 12" a page, "K" in a product code, "5 MT" metric tonnes):
   * read only next to a figure with decimals, and only on a document naming the code or a `country` word.
   */
  gated?: string[];
  /** Country and currency-name words that open the `gated` symbols (a regex alternation, case-insensitive). */
  country?: string;
  /** Its name in English words after an amount in words ("... Uganda shillings only"): a regex alternation, case-insensitive. */
  words?: string;
  /** Printed in whole figures though ISO gives it decimals (the rupiah): see entity-amount-whole. */
  wholeInUse?: boolean;
}

/** Codes that are also everyday capitals ("ALL", "TOP", "12 AWG", "SCR", "SDG 4", "120 KGS"): in the table, never read from free text. */
export const WORD_LIKE_CODES = new Set(['ALL', 'AMD', 'AWG', 'BAM', 'BOB', 'BTN', 'CRC', 'CUP', 'CVE', 'IRR', 'KGS', 'MDL', 'MOP', 'SCR', 'SDG', 'SHP', 'SOS', 'STN', 'SVC', 'TMT', 'TOP', 'WST']);

/** Codes of two minor units with no symbol of their own here, written compactly. */
const PLAIN_TWO = (
  'AFN ALL AMD AOA AWG BAM BBD BMD BND BSD BTN BYN BZD CDF CNY CUP CVE DKK DOP DZD ERN ETB FJD FKP GIP GMD ' +
  'GYD HNL HTG IRR KHR KYD LBP LKR LRD LSL MDL MGA MKD MOP MRU MUR MVR MWK MXN NIO NOK NPR PAB PKR QAR SAR SBD SCR SDG ' +
  'SEK SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TWD UYU VED WST XCD XCG YER ZWG AED AUD CAD CHF COP EGP HKD ' +
  'NZD PEN PLN RON SGD'
).split(' ');

/**
 * The dollars of the Caribbean, the Pacific and elsewhere by their country's word, as amounts in words name them
 * ("Five thousand ... Bahamian dollars and twenty cents"): the words reader takes a currency word whole, so an
 * unknown country word before "dollars" left the amount unread. Jamaica's, Trinidad's and Namibia's are their rows' own.
 */
const DOLLAR_NAMES: Record<string, string> = {
  BSD: 'bahamian', BBD: 'barbad(?:os|ian)', BZD: 'belize(?:an)?', BMD: 'bermud(?:a|ian)', BND: 'brunei', FJD: 'fiji(?:an)?',
  GYD: 'guyan(?:a|ese)', KYD: 'cayman(?:\\s+islands)?', LRD: 'liberian', SBD: 'solomon\\s+islands', SRD: 'surinam(?:e|ese)',
  XCD: 'east\\s+caribbean', TWD: '(?:new\\s+)?taiwan(?:ese)?',
};

export const CURRENCY_TABLE: CurrencyRow[] = [
  ...PLAIN_TWO.map((code) => ({ code, minor: 2, ...(DOLLAR_NAMES[code] ? { words: `${DOLLAR_NAMES[code]}\\s+dollars?` } : {}) })),
  // No minor unit (ISO 4217 exponent 0).
  ...'BIF CLP DJF GNF ISK KMF RWF UGX VUV XAF XOF XPF'.split(' ').map((code) => ({ code, minor: 0 })),
  { code: 'JPY', minor: 0, symbols: ['¥', '円'] }, { code: 'KRW', minor: 0, symbols: ['₩'] }, { code: 'VND', minor: 0, symbols: ['₫'] },
  // Three minor units: the Gulf, Iraqi, Jordanian and North African dinars and rials.
  ...'BHD IQD JOD KWD LYD OMR TND'.split(' ').map((code) => ({ code, minor: 3 })),
  // Symbols of one currency each, read before or after a figure (those read one way only, or bounded by
  // letters, "$", "Kč", "TL", "Rp", "Ft", "kr.", stay with their own rules in entity-amounts).
  { code: 'USD', minor: 2 }, { code: 'EUR', minor: 2, symbols: ['€'] }, { code: 'GBP', minor: 2, symbols: ['£'] }, { code: 'INR', minor: 2, symbols: ['₹'] },
  { code: 'CZK', minor: 2 }, { code: 'HUF', minor: 2 }, { code: 'BRL', minor: 2 }, { code: 'ZAR', minor: 2 }, { code: 'TRY', minor: 2, symbols: ['₺'] },
  { code: 'RUB', minor: 2, symbols: ['₽'] }, { code: 'ILS', minor: 2, symbols: ['₪'] }, { code: 'MAD', minor: 2 }, { code: 'RSD', minor: 2 }, { code: 'GEL', minor: 2 },
  { code: 'KZT', minor: 2, symbols: ['₸'] },
  { code: 'IDR', minor: 2, wholeInUse: true },
  // Africa.
  { code: 'NGN', minor: 2, symbols: ['₦'], words: '(?:nigerian\\s+)?naira' },
  { code: 'KES', minor: 2, symbols: ['KSh', 'Ksh', 'KShs'], words: 'kenya(?:n)?\\s+shillings?' },
  { code: 'TZS', minor: 2, symbols: ['TSh', 'Tsh', 'TShs'], words: 'tanzania(?:n)?\\s+shillings?' },
  { code: 'GHS', minor: 2, symbols: ['GH₵', 'GH¢', '₵'], words: 'ghana(?:ian)?\\s+cedis?' },
  { code: 'BWP', minor: 2, gated: ['P'], country: 'Botswana|pula', words: '(?:botswana\\s+)?pula' },
  { code: 'ZMW', minor: 2, gated: ['K'], country: 'Zambia|Zambian', words: 'zambian\\s+kwacha' },
  { code: 'MZN', minor: 2, symbols: ['MTn'], gated: ['MT'], country: 'Mo[çc]ambique|Mozambique|metical|meticais', words: 'meticais|metical' },
  { code: 'NAD', minor: 2, symbols: ['N$'], words: 'namibia(?:n)?\\s+dollars?' },
  // Uganda and Rwanda: no minor unit.
  ...[{ code: 'UGX', symbols: ['USh', 'USh.', 'Ush'], words: 'uganda(?:n)?\\s+shillings?' }, { code: 'RWF', symbols: ['FRw', 'Frw'], gated: ['RF'], country: 'Rwanda|amafaranga', words: 'rwanda(?:n)?\\s+francs?' }].map((row) => ({ ...row, minor: 0 })),
  // Central Asia and Mongolia: the sum, the som, the tugrik.
  { code: 'UZS', minor: 2, symbols: ["so'm", 'soʻm', 'so‘m', 'so’m', 'сўм', 'сум'] },
  { code: 'KGS', minor: 2, symbols: ['сом'] },
  { code: 'MNT', minor: 2, symbols: ['₮'], words: 't[öo]gr[öo]gs?|tugriks?' },
  // The Caribbean's dollars.
  { code: 'JMD', minor: 2, symbols: ['J$'], words: 'jamaican\\s+dollars?' },
  { code: 'TTD', minor: 2, symbols: ['TT$'], words: 'trinidad\\s+and\\s+tobago\\s+dollars?|tt\\s+dollars?' },
  // Other symbols of one currency.
  { code: 'UAH', minor: 2, symbols: ['₴'] },
  { code: 'PHP', minor: 2, symbols: ['₱'], words: 'philippine\\s+pesos?' },
  { code: 'BDT', minor: 2, symbols: ['৳'] },
  { code: 'LAK', minor: 2, symbols: ['₭'] },
  { code: 'AZN', minor: 2, symbols: ['₼'] },
  // Costa Rica's colón: "₡48.500,00"; its code "CRC" is also a checksum's name, so it is read only as a gated symbol, next to a
  // figure on a document naming the country or the currency ("Total CRC 3.054.390,00" on a Costa Rican invoice).
  { code: 'CRC', minor: 2, symbols: ['₡'], gated: ['CRC'], country: 'Costa\\s+Rica|costarricenses?|col[oó]nes|colón', words: 'costa\\s+rican\\s+col[oó]n(?:es|s)?|col[oó]nes(?:\\s+costarricenses)?' },
  // Malaysia's ringgit: "RM 5,582.30", "RM1,380.00"; the letters "RM" are a room, a raw material or part of a code elsewhere,
  // so they are read only next to a figure with cents, on a document naming the country, the currency or a Malaysian company.
  { code: 'MYR', minor: 2, gated: ['RM'], country: 'Malaysia|Malaysian|ringgit|Sdn\\.?\\s?Bhd|Berhad', words: '(?:malaysian\\s+)?ringgits?(?:\\s+malaysia)?' },
  // Bolivia's boliviano and Venezuela's bolívar are both "Bs." ("TOTAL Bs. 24.396,00"), and "Bs" is letters elsewhere: read next to a
  // figure with cents, on a document naming one of the two countries or currencies. (Their codes stand apart, "BOB" being word-like.)
  { code: 'BOB', minor: 2, gated: ['Bs.', 'Bs'], country: 'Bolivia|bolivianos?', words: 'bolivianos?' },
  { code: 'VES', minor: 2, gated: ['Bs.', 'Bs'], country: 'Venezuela|bol[ií]vares' },
  // Bulgaria's lev: "2 500,00 лв." (written after the figure).
  { code: 'BGN', minor: 2, symbols: ['лв.', 'лв'] },
  // Paraguay's guaraní, of no minor unit: "₲ -3.372.000" (its sign is the guaraní's alone); "Gs. 150.000" is read only on a
  // document naming the country or the currency, "Gs" being initials elsewhere.
  { code: 'PYG', minor: 0, symbols: ['₲'], gated: ['Gs.'], country: 'Paraguay|guaran[ií](?:es)?', words: 'guaran[ií](?:es|s)?' },
  // Guatemala's quetzal: "Q48,500.00", "Q 2,220.00", the letter glued to its figure or a blank apart; "Q" alone is a quarter or a
  // question elsewhere, so it is read only next to a figure with cents, on a document naming Guatemala, the quetzal or its code.
  { code: 'GTQ', minor: 2, gated: ['Q'], country: 'Guatemala|quetzal(?:es)?', words: 'quetzal(?:es)?' },
];

/** The row of each code. */
export const CURRENCY_BY_CODE: ReadonlyMap<string, CurrencyRow> = new Map(CURRENCY_TABLE.map((row) => [row.code, row]));

/** Codes read wherever they stand in the text: all but the word-like ones. */
export const READ_CODES: string[] = [...CURRENCY_BY_CODE.keys()].filter((code) => !WORD_LIKE_CODES.has(code));

/**
 * An alternation of `words` factored by their first letters ("A(?:ED|FN)|B(?:..."): the regexes that look
 * for any code run at every offset of every document, and a flat list of some 140 codes would be tried one by one.
 */
export function factored(words: string[]): string {
  const byHead = new Map<string, string[]>();
  for (const word of words) byHead.set(word.slice(0, 1), [...(byHead.get(word.slice(0, 1)) ?? []), word.slice(1)]);
  return [...byHead]
    .map(([head, tails]) => (tails.length === 1 ? `${head}${tails[0]}` : `${head}(?:${factored(tails)})`))
    .join('|');
}

/** `READ_CODES` as one factored alternation, for every regex that reads a code. */
export const CODE_PATTERN = factored([...READ_CODES].sort());

/** Local symbols → code, from the table (the engine's own symbols, "$", "€", "Kč", ... stay in entity-amounts). */
export const TABLE_SYMBOLS: Record<string, string> = Object.fromEntries(
  CURRENCY_TABLE.flatMap((row) => (row.symbols ?? []).map((symbol) => [symbol, row.code])),
);

/** Gated symbols → the rows they may mean ("K" the kwacha, or another kina or kyat a later row adds). */
export const GATED_SYMBOLS: ReadonlyMap<string, CurrencyRow[]> = CURRENCY_TABLE.reduce((map, row) => {
  for (const symbol of row.gated ?? []) map.set(symbol, [...(map.get(symbol) ?? []), row]);
  return map;
}, new Map<string, CurrencyRow[]>());

/** The currencies' names in words, one alternation (for the words reader's pattern) and each with its code. */
export const CURRENCY_NAME_WORDS = CURRENCY_TABLE.flatMap((row) => (row.words ? [row.words] : [])).join('|');
export const CURRENCY_NAMES: [RegExp, string][] = CURRENCY_TABLE.flatMap((row) => (row.words ? [[new RegExp(`^(?:${row.words})$`, 'iu'), row.code] as [RegExp, string]] : []));

/** Currencies whose invoices print whole figures: ISO's no minor unit, and those flagged `wholeInUse`. */
export const WHOLE_CURRENCY_CODES: ReadonlySet<string> = new Set(CURRENCY_TABLE.filter((row) => row.minor === 0 || row.wholeInUse).map((row) => row.code));

/** Regex source for a symbol, escaped. */
export function escapeSymbol(symbol: string): string {
  return symbol.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
