/**
 * Money amounts with their currency (symbol or ISO code, before or after the figure), in every
 * grouping convention: 1,234.56 | 1.234,56 | 1 234,56 | 1'234.56 | 2,36,000.00.
 */
import { isGluedCode } from './entity-amount-glued-code';
import { CODE_PATTERN, escapeSymbol, GATED_SYMBOLS, READ_CODES, TABLE_SYMBOLS, type CurrencyRow } from './entity-currency-table';
import { wholeAmounts } from './entity-amount-whole';
import { spacedRowAmounts } from './entity-spaced-rows';
import { overlapsAny, removeOverlaps, type Span } from './entity-text';
import { matchesOf } from './entity-matches';

export interface FoundAmount extends Span {
  value: number;
  currency: string | null;
  /** Written with a bare "$": US dollars unless the document names other dollars. */
  bareDollar?: boolean;
}

const SYMBOL_CURRENCIES: Record<string, string> = {
  $: 'USD', US$: 'USD', CA$: 'CAD', C$: 'CAD', A$: 'AUD', AU$: 'AUD', NZ$: 'NZD', HK$: 'HKD', S$: 'SGD',
  'R$': 'BRL', 'Fr.': 'CHF', 'SFr.': 'CHF', 'zł': 'PLN',
  // Written after the figure by Czech and Turkish invoices: "35 211,00 Kč", "248.400,00 TL".
  'Kč': 'CZK', TL: 'TRY',
  // The South African rand's "R", before a figure with cents only ("R 18 500,00", "R650.00"): see `RAND`.
  R: 'ZAR',
  // Currencies of no minor unit in use, written in whole figures grouped by dots or blanks: "Rp 56.471.250",
  // "67.200.000 ₫", "2 482 864 ₸" (`parseNumber` reads a last group of three digits as thousands).
  // (The dong's "₫" and the tenge's "₸" are the table's: see entity-currency-table.)
  Rp: 'IDR', 'Rp.': 'IDR',
  // Written after the figure only (see `AFTER_SYMBOL`): "491 800 Ft", "86 062,00 DH", "2 400,00 ₾", "540,00 din.".
  Ft: 'HUF', DH: 'MAD', Dh: 'MAD', '₾': 'GEL', 'din.': 'RSD',
  // "€", "£", "¥", "₹" and every other country's own symbols ("TSh", "GH₵", "₦", "so'm", "сом", "N$", "TT$"): see entity-currency-table.
  ...TABLE_SYMBOLS,
};

/** Every active ISO 4217 code but those that are everyday capitals too (see entity-currency-table). */
export const CURRENCY_CODES = READ_CODES;
/** The same codes as one factored alternation (see entity-currency-table), for the regexes that look for any code. */
export const CURRENCY_CODE_PATTERN = CODE_PATTERN;
const CODE_SET = new Set(CURRENCY_CODES);

/** A symbol spelled with letters ("KSh", "сом") must not run into a word on either side. */
const LETTER = 'A-Za-z\\u0400-\\u04FF';
/** The table's symbols, longest first so "TT$" is not read as its "$", "GH₵" not as "₵". */
const TABLE_SYMBOL = Object.keys(TABLE_SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map((symbol) => `${/^[A-Za-z\u0400-\u04FF]/u.test(symbol) ? `(?<![${LETTER}])` : ''}${escapeSymbol(symbol)}${/[A-Za-z\u0400-\u04FF]$/u.test(symbol) ? `(?![${LETTER}])` : ''}`)
  .join('|');

/** "kr." is the Danish, Swedish, Norwegian or Icelandic krona: the document's code says which (see `kronaOf`). */
const KRONA = '(?<![A-Za-z])[Kk]r\\.?(?![A-Za-z])';
/** "R" alone is the rand only straight before a figure with cents ("Route R 62" and "R2 grade" are no money), never after one. */
const RAND = '(?<![A-Za-z\\d])R(?=[ \\u00A0]?\\d[\\d \\u00A0.,]*[.,]\\d{2}(?!\\d))';
const SYMBOL = `${TABLE_SYMBOL}|(?:US|CA|C|AU|A|NZ|HK|S|R)?\\$|S?Fr\\.|zł|Kč|(?<![A-Za-z])TL(?![A-Za-z])|(?<![A-Za-z])Rp\\.?(?![A-Za-z])|${KRONA}`;
const CODE = `(?<![A-Za-z])(?:${CODE_PATTERN})(?![A-Za-z])`;
const CURRENCY = `(?:${SYMBOL}|${CODE})`;
/**
 * Any three capitals, for the readers run on every document: a regex holding all 140 codes costs more to
 * compile than the reading itself; `knownCodes` then drops the matches whose capitals are no code.
 */
const ANY_CAPITALS = '(?<![A-Za-z])[A-Z]{3}(?![A-Za-z])';
const LOOSE_CURRENCY = `(?:${SYMBOL}|${ANY_CAPITALS})`;
/**
 * Symbols read after a figure only, where a reader takes them for money: the forint's "Ft", the dirham's "DH",
 * the lari's "₾" and the dinar's "din." ("Ft 12" or a Romanian "din 12.03." before a figure are no money).
 */
// A blank before them: "CB7 4DH" is a UK postcode.
const AFTER_SYMBOL = '(?<=\\s)(?:(?:Ft|DH|Dh)(?![A-Za-z])|₾|din\\.)';
const SIGN = '[-−]';
/** Indian grouping: 2,36,000.00 (lakhs), tried first so it is not read as 2,36. */
const LAKH_NUMBER = '\\d{1,2}(?:,\\d{2})+,\\d{3}';
/** 1,234.56 | 1.234,56 | 1'234.56 | 2,36,000.00 | 1234,5 | 99 */
const NUMBER = `(?:${LAKH_NUMBER}(?:\\.\\d{1,2})?|\\d{1,3}(?:[,.'’]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)(?!\\d)`;
/**
 * 1 234,56 — trusted next to a currency, since "2 100.00" is often a quantity and a price, and
 * never right after a multiplication sign ("x 4 360,00 €" is four at 360,00).
 */
const SPACED_NUMBER = '(?<![x×*]\\s?)\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)';
/** Not part of a longer number, date or code. */
const NOT_AFTER = "(?<![\\w.,'’/-])";

/**
 * Or standing alone in a table column with a decimal comma ("Total  17 440,00"), bounded by column
 * gaps, a bar or a label's colon; and always with no-break or thin spaces, which no one types between
 * a quantity and a price.
 */
const COLUMN_START = '(?<=^|[ \\t]{2}|\\t|[|:：][ \\t]{0,3})';
const COLUMN_END = '(?=[ \\t]{2,}|[ \\t]*$|[ \\t]*\\|)';
const SPACED_IN_COLUMN = new RegExp(
  `${COLUMN_START}(?<sign>${SIGN})?(?<number>\\d{1,3}(?: \\d{3})+,\\d{2})${COLUMN_END}|${NOT_AFTER}(?<sign2>${SIGN})?(?<number2>\\d{1,3}(?:[\\u00A0\\u202F]\\d{3})+(?:[.,]\\d{2})?)(?!\\d)`,
  'gmu',
);

/**
 * Or one blank after a total's or a tax's own word or its rate, as a text extractor that drops column
 * gaps leaves it ("Total HT 1 270,00", "Razem 4 452,60", "TVA 20 % 1 439,60"): a label, not a quantity, stands before it.
 * So does a product's "=" ("5 000 un. x 0,62 = 3 100,00"): what follows it is the row's amount, not a quantity.
 */
const SUM_WORD =
  '(?:total|totalt|ht|ttc|net|netto|brutto|summe|summa|betrag|montant|importe|importo|totale|totaal|subtotal|sous-total|amount|due|razem|yhteensä|zapłaty|payer|pagare|betalen|betala|tva|mva|mwst|ust|vat|iva|btw|moms|alv)';
/**
 * The word naming a tax's base after its rate ("Moms 25 % på 5 224,00: 1 306,00", "TVA 20 % sur 1 000,00", "8.25% on
 * $2,800.00"), in the languages the readers know (Swedish "på", Danish "af", Norwegian "av"); a colon may close the base.
 */
export const BASE_WORD = '(?:on|of|sur|auf|von|su|sobre|over|op|på|af|av)';
// The cheap lookahead first: the label's lookbehind is tried only where such a figure starts.
const SPACED_AFTER_TOTAL = new RegExp(`(?<![\\d])(?=\\d{1,3} \\d{3})(?<=(?<![\\p{L}])${SUM_WORD}[:：]?[ ]|\\d[ ]?%[ ]|\\d[ ]?%[ ]${BASE_WORD}[ ]|[\\d,][ ]=[ ])(?<sign>${SIGN})?(?<number>\\d{1,3}(?: \\d{3})+,\\d{2})(?:${COLUMN_END}|(?=[:：][ \\t]))`, 'gimu');

/**
 * $1,234.56, EUR 1.234,56, -$50, $-50, USD 10, $1,200.00 CAD (the code says which dollars); a symbol
 * may stand further from its figure, aligned in a column ("£    64.00"), a code not ("EUR      1.323,70" heads a column).
 */
const CURRENCY_FIRST = new RegExp(
  `${NOT_AFTER}(?<sign>${SIGN})?(?<currency>${RAND}|${LOOSE_CURRENCY})(?:(?<=[€£$¥₹])[ \\t\\u00A0]{4,8}(?=\\d)|[ \\t\\u00A0]{0,3})(?<sign2>${SIGN})?(?<number>${SPACED_NUMBER}|${NUMBER})(?:[ \\u00A0]?(?<code>${ANY_CAPITALS}))?`,
  'g',
);
/** 1 234,56 €, 99.00 EUR, -50 € */
const CURRENCY_LAST = new RegExp(`${NOT_AFTER}(?<sign>${SIGN})?(?<number>${SPACED_NUMBER}|${NUMBER})\\s?(?<currency>${LOOSE_CURRENCY}|${AFTER_SYMBOL})`, 'g');
/** -50.00 or 1,234.56: without a currency, only numbers with two decimals read as money. */
const BARE_AMOUNT = new RegExp(
  `${NOT_AFTER}(?<sign>${SIGN})?(?<number>${LAKH_NUMBER}\\.\\d{2}|\\d{1,3}(?:[,.'’]\\d{3})+[.,]\\d{2}|\\d+[.,]\\d{2})(?![\\d%]|[.,]\\d|\\s?%)`,
  'g',
);

/**
 * A letter that is a currency only where the document says whose ("P 18,504.00" pula on a Botswana invoice,
 * "K 97,208.00" kwacha, "46.200,00 MT" meticais, "-Q 2,598.50" quetzales; see `gated` in entity-currency-table): straight before or
 * after a figure with cents, or grouped in thousands for a currency of no minor unit. "P 12" (a page), "K12-A"
 * (a product code) and "5 MT" (tonnes) have no cents; and a document naming no such country reads none.
 */
const GATED_SYMBOL = [...GATED_SYMBOLS.keys()].sort((a, b) => b.length - a.length).join('|');
const GATED_NUMBER = '\\d{1,3}(?:[,.\\u00A0 ]\\d{3})*(?:[.,]\\d{2})?(?![\\d.,]?\\d)';
const GATED_AMOUNT = new RegExp(
  `(?<![\\p{L}\\d])(?<sign>${SIGN})?(?<currency>${GATED_SYMBOL})[ \\u00A0]?(?<number>${GATED_NUMBER})|${NOT_AFTER}(?<number2>${GATED_NUMBER})[ \\u00A0](?<currency2>${GATED_SYMBOL})(?![\\p{L}\\d])`,
  'gu',
);
/**
 * Each gated currency's own opening: its code, or a country word, anywhere in the document. A code that is
 * itself the gated symbol (the colón's "CRC", also a checksum) opens nothing: only its country words do.
 */
const GATES = new Map<CurrencyRow, RegExp[]>(
  [...GATED_SYMBOLS.values()].flat().map((row) => [
    row,
    [
      ...(row.gated?.includes(row.code) ? [] : [new RegExp(`(?<![\\p{L}])${row.code}(?![\\p{L}])`, 'u')]),
      new RegExp(`(?<![\\p{L}])(?:${row.country ?? row.code})(?![\\p{L}])`, 'iu'),
    ],
  ]),
);

/** The one currency a gated symbol means in `text`, or null when no country, or more than one, opens it. */
function gatedCurrency(symbol: string, text: string, memo: Map<string, CurrencyRow | null>): CurrencyRow | null {
  if (memo.has(symbol)) return memo.get(symbol) ?? null;
  const open = (GATED_SYMBOLS.get(symbol) ?? []).filter((row) => GATES.get(row)?.some((gate) => gate.test(text)));
  const row = open.length === 1 ? (open[0] ?? null) : null;
  memo.set(symbol, row);
  return row;
}

/** Any gate at all, in any case: most documents name none, and then the gated figures are not looked for. */
const ANY_GATE = new RegExp(`(?<![\\p{L}])(?:${[...GATES.keys()].map((row) => `${row.code}|${row.country ?? row.code}`).join('|')})(?![\\p{L}])`, 'iu');

function gatedAmounts(text: string, blocked: Span[]): FoundAmount[] {
  if (!ANY_GATE.test(text)) return [];
  const out: FoundAmount[] = [];
  const memo = new Map<string, CurrencyRow | null>();
  for (const match of text.matchAll(GATED_AMOUNT)) {
    const groups = match.groups ?? {};
    const raw = groups.number ?? groups.number2 ?? '';
    const row = gatedCurrency(groups.currency ?? groups.currency2 ?? '', text, memo);
    // Cents, or a whole currency's thousands ("RF 12,500"): never a bare "P 12".
    if (!row || !(/[.,]\d{2}$/u.test(raw) || (row.minor === 0 && /\d[,.\u00A0 ]\d{3}$/u.test(raw)))) continue;
    const start = match.index;
    const span = { start, end: start + match[0].length };
    if (overlapsAny(span, blocked)) continue;
    // "-Q 2,598.50": a discount's sign before the symbol.
    const value = groups.sign && parseNumber(raw) !== 0 ? -parseNumber(raw) : parseNumber(raw);
    out.push({ ...span, text: match[0], value, currency: row.code });
  }
  return out;
}

const GROUPING = /[\s\u00A0\u202F'’]/g;

/** Reads both 1,234.56 and 1.234,56: the last separator is decimal unless three digits follow it. */
export function parseNumber(raw: string): number {
  const compact = raw.replace(GROUPING, '');
  const lastSeparator = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  if (lastSeparator < 0) return Number(compact);
  const fraction = compact.slice(lastSeparator + 1);
  const whole = compact.slice(0, lastSeparator).replace(/[.,]/g, '');
  if (fraction.length === 3) return Number(whole + fraction);
  return Number(`${whole}.${fraction}`);
}

export function currencyCode(raw: string): string | null {
  const trimmed = raw.trim();
  return SYMBOL_CURRENCIES[trimmed] ?? (CODE_SET.has(trimmed.toUpperCase()) ? trimmed.toUpperCase() : null);
}

/**
 * OCR's letters in figures read back as digits, keeping every offset: "1,2O0.00" → "1,200.00",
 * "l50.00" → "150.00". Only inside a run of digits and separators with at least two real digits.
 */
const OCR_FIGURE = /(?<![\p{L}\d])[\dOolI][\dOo.,'’]*\d[\dOo.,'’]*(?![\p{L}\d])/gu;
function withOcrDigits(text: string): string {
  return text.replace(OCR_FIGURE, (run) => {
    if (!/[OolI]/.test(run) || (run.match(/\d/g) ?? []).length < 2 || !/\d[.,]\d{2}$|^\d{1,3}(?:[.,'’]\d{3})+/.test(run.replace(/[Oo]/g, '0').replace(/^[lI]/, '1'))) return run;
    return run.replace(/[Oo]/g, '0').replace(/^[lI]/, '1');
  });
}

const STRAY_MARK = /[#?~^@&_!]/u;

function illegible(text: string, span: Span): boolean {
  return STRAY_MARK.test(text[span.start - 1] ?? '') || STRAY_MARK.test(text[span.end] ?? '');
}

const KRONA_CODE = /(?<![A-Za-z])(?:DKK|SEK|NOK|ISK)(?![A-Za-z])/g;

/** Which krona a bare "kr." means: the one code of that family the document names, else none said. */
function kronaOf(text: string): string | null {
  const codes = new Set(text.match(KRONA_CODE) ?? []);
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

function isKrona(raw: string | undefined): boolean {
  return raw !== undefined && /^kr\.?$/iu.test(raw.trim());
}

function toAmount(match: RegExpMatchArray, krona: string | null): FoundAmount | null {
  const groups = match.groups ?? {};
  const value = parseNumber(groups.number ?? groups.number2 ?? '');
  if (!Number.isFinite(value)) return null;
  const negative = Boolean(groups.sign ?? groups.sign2);
  const start = match.index ?? 0;
  return {
    start,
    end: start + match[0].length,
    text: match[0],
    // `-0` would print as 0 but compare oddly; keep it plain.
    value: negative && value !== 0 ? -value : value,
    currency: groups.code ? currencyCode(groups.code) : isKrona(groups.currency) ? krona : groups.currency ? currencyCode(groups.currency) : null,
    ...(groups.currency === '$' && !groups.code ? { bareDollar: true } : {}),
  };
}

/** "152,00-": a minus after the figure, as ERP systems print credits; not a range ("100-200") or a word. */
const TRAILING_MINUS = /^[-−](?![\p{L}\p{N}])/u;
/** "(1,800.00)" standing alone in a column, the accountant's negative; not "(315.00)," in a sentence. */
const OPENS_COLUMN_BRACKET = /(?:^|[ \t]{2,}|\t|\.{2,}[ \t]*|[:：][ \t]*)\($/u;
const CLOSES_LINE_BRACKET = /^\)[ \t]*(?:$|\n|\r)/u;
/**
 * "− 732,00 €": the mathematical minus sign (U+2212) set apart from its figure by one space, as
 * typeset credit notes print it. Only that sign: a hyphen or dash before a figure often just
 * separates it from its description ("Survey – 500.00").
 */
const SPACED_MINUS_BEFORE = /(?:^|[\s(])−[ \u00A0\u202F]$/u;

/** The amount with a sign written after it or as brackets around it, its span widened to hold them. */
function withWrittenSign(text: string, amount: FoundAmount): FoundAmount {
  if (amount.value < 0) return amount;
  const after = text.slice(amount.end, amount.end + 3);
  if (TRAILING_MINUS.test(after)) return { ...amount, end: amount.end + 1, value: -amount.value };
  if (SPACED_MINUS_BEFORE.test(text.slice(Math.max(0, amount.start - 3), amount.start))) return { ...amount, start: amount.start - 2, value: -amount.value };
  if (CLOSES_LINE_BRACKET.test(after) && OPENS_COLUMN_BRACKET.test(text.slice(Math.max(0, amount.start - 12), amount.start))) {
    return { ...amount, start: amount.start - 1, end: amount.end + 1, value: -amount.value };
  }
  return amount;
}

const CAPITALS = /^[A-Z]{3}$/u;
const TRAILING_CAPITALS = /[ \u00A0]?[A-Z]{3}$/u;

/**
 * The matches of a reader with `ANY_CAPITALS` whose capitals are codes: one led by capitals that are no code
 * ("VAT 20") is dropped and the search goes on from its next character (so "VAT 20 EUR 5.00" still reads "EUR
 * 5.00"); one closed by such capitals ("5.00 ABC") is read without them.
 */
function* knownCodes(pattern: RegExp, text: string): Generator<RegExpMatchArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const groups = match.groups ?? {};
    const currency = groups.currency ?? '';
    if (CAPITALS.test(currency) && !CODE_SET.has(currency) && SYMBOL_CURRENCIES[currency] === undefined) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    if (groups.code && !CODE_SET.has(groups.code)) {
      const shorter = withoutClosingCapitals(match);
      pattern.lastIndex = match.index + shorter[0].length;
      yield shorter;
      continue;
    }
    yield match;
  }
}

/** `match` read without the capitals closing it, which are no code ("5.00 ABC" as "5.00"): a new match, the search's own left as it was. */
function withoutClosingCapitals(match: RegExpExecArray): RegExpMatchArray {
  const shorter: RegExpMatchArray = [match[0].replace(TRAILING_CAPITALS, ''), ...match.slice(1)];
  shorter.index = match.index;
  shorter.input = match.input;
  shorter.groups = { ...match.groups, code: undefined as unknown as string };
  return shorter;
}

/** `blocked` spans (dates, invoice numbers) are never read as amounts: 15.03.2024 is not 15.03. */
export function findAmounts(text: string, blocked: Span[]): FoundAmount[] {
  const found: FoundAmount[] = [];
  const readable = withOcrDigits(text);
  const krona = text.includes('kr') || text.includes('Kr') ? kronaOf(text) : null;
  for (const amount of spacedRowAmounts(readable)) if (!overlapsAny(amount, blocked)) found.push({ ...amount, text: text.slice(amount.start, amount.end) });
  found.push(...gatedAmounts(readable, blocked));
  for (const pattern of [CURRENCY_FIRST, CURRENCY_LAST, SPACED_IN_COLUMN, SPACED_AFTER_TOTAL, BARE_AMOUNT]) {
    for (const match of pattern === CURRENCY_FIRST || pattern === CURRENCY_LAST ? knownCodes(pattern, readable) : matchesOf(pattern, readable)) {
      const amount = toAmount(match, krona);
      // The text quoted is the document's own, OCR letters and all; a figure glued to a stray mark
      // ("£ 6#4.50") is illegible, not 4.50.
      if (!amount || overlapsAny(amount, blocked) || illegible(text, amount)) continue;
      // "Account: PEN001" is an account code, not 1 Peruvian sol (see entity-amount-glued-code).
      if (pattern === CURRENCY_FIRST && isGluedCode(match, readable)) continue;
      // A code opening the next line ("1,320.00" over "CAD drawings") is that line's word, not this figure's currency; the bare reader reads the figure.
      if (pattern === CURRENCY_LAST && match[0].includes('\n')) continue;
      const signed = amount.value === 0 ? amount : withWrittenSign(text, amount);
      found.push({ ...signed, text: text.slice(signed.start, signed.end) });
    }
  }
  // "420.000" alone on a rupiah, dong, won or yen invoice that writes no decimals (see entity-amount-whole).
  found.push(...wholeAmounts(readable, found, blocked));
  return removeOverlaps(found);
}

const CURRENCY_MENTION = new RegExp(`(?<![\\p{L}])${CURRENCY}(?![\\p{L}])`, 'gu');

/**
 * The one currency a line names apart from its figures ("Total (INR)   47,200.00", "T0TAL EUR
 * 891.31", "Total £    264.00"); null when it names none or several.
 */
export function currencyOnLine(text: string, offset: number): string | null {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const newline = text.indexOf('\n', offset);
  const line = text.slice(start, newline < 0 ? text.length : newline);
  const codes = new Set([...line.matchAll(CURRENCY_MENTION)].flatMap((match) => currencyCode(match[0]) ?? []));
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}
