/**
 * A currency named in a money column's heading with no brackets, as a table's header row prints it:
 * "Rate GBP   Charge GBP", "EP EUR     Betrag EUR", "Prezzo €/Price €   Importo €/Amount €". The
 * figures under it then carry no currency of their own; the heading says which it is. Read only as
 * a last resort (no amount names a currency, none is declared).
 */
import { CURRENCY_CODE_PATTERN } from '../providers/local/entity-amounts';
import { withWordDigitsAsLetters } from './invoice-currency-heading-ocr';

/**
 * Words that head money, in the languages the fixtures use: the one list both currency readers of a heading
 * start from, this file's money column ("Amount GBP") and invoice-currency's bracketed code ("Amount (CAD)").
 */
export const MONEY_HEADING_WORDS = [
  'amount', 'total', 'sub-?total', 'price', 'rate', 'unit', 'fee', 'fees', 'cost', 'charge', 'net', 'gross', 'value',
  'betrag', 'summe', 'gesamt', 'preis', 'einzelpreis', 'montant', 'prix', 'importe', 'precio', 'importo', 'prezzo', 'totale', 'bedrag', 'prijs',
  'totaal', 'valor', 'preço',
];
/** The heading words of a money column: the money words, and column words only this reader has learnt. */
export const MONEY_WORDS = [
  ...MONEY_HEADING_WORDS,
  // German price columns abbreviated: "EP EUR" (Einzelpreis), "GP EUR" (Gesamtpreis).
  'ep', 'gp',
  // Danish and Norwegian: "Beløb DKK", "I alt DKK" (in all: the total).
  'beløb', 'beløp', 'pris', 'i alt',
].join('|');
/** Symbols that name one currency only; a bare "$" does not say whose dollars. */
const SYMBOLS: Record<string, string> = { '€': 'EUR', '£': 'GBP' };
/** A code or symbol closing its cell: a column gap, a slash, or the line's end after it. */
const CODE_IN_CELL = new RegExp(`(?<![\\p{L}])(?:${CURRENCY_CODE_PATTERN}|€|£)(?=[ \\t]{2,}|\\t|[ \\t]?/|[ \\t]*$)`, 'gmu');
/**
 * The money word right before it, opening its cell (line start, a column gap or a gloss's slash):
 * "Amount GBP" in a header row, not "a fee GBP 50" in prose. Tried on the few characters before each code.
 */
// "INVOICE TOTAL GBP": the money word may be the invoice's; "GRAND TOTAL NZD", the last of several totals.
const MONEY_WORD_BEFORE = new RegExp(`(?:^|[ \\t]{2}|\\t|/[ \\t]?)(?:(?:invoice|grand)[ \\t])?(?:${MONEY_WORDS})[ \\t]?$`, 'iu');
/** How far back a money word may start. */
const REACH = 24;

/** The one currency the money headings name, or null when they name none or several. */
export function headingCurrency(text: string): string | null {
  const codes = new Set<string>();
  for (const match of text.matchAll(CODE_IN_CELL)) {
    const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
    const from = Math.max(lineStart, match.index - REACH);
    // Cut inside the line, the slice's start is no cell's start: a letter before it keeps "^" from matching there.
    const before = (from === lineStart ? '' : 'x') + text.slice(from, match.index);
    // "T0TAL CAD": a scan's money word (see invoice-currency-heading-ocr).
    if (!MONEY_WORD_BEFORE.test(withWordDigitsAsLetters(before))) continue;
    const code = match[0];
    codes.add(SYMBOLS[code] ?? code.toUpperCase());
    if (codes.size > 1) return null;
  }
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}

/**
 * Currencies written with a "$" of their own, which a bare "$" on the same invoice also means: and the dollars
 * of Fiji, Taiwan, the Caribbean, Namibia, the Solomon Islands, Brunei, Guyana, Liberia and Suriname, which
 * print "$" at home as the others do ("TOTAL FJD   $70,173.00").
 */
export const LOCAL_DOLLARS = new Set(['CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN', 'BRL', 'CLP', 'COP', 'ARS', 'FJD', 'TWD', 'JMD', 'TTD', 'BBD', 'BSD', 'BZD', 'XCD', 'KYD', 'NAD', 'SBD', 'BND', 'GYD', 'LRD', 'SRD']);

/**
 * The dollars a money heading names ("Total NZD   $920.00", "Amount AUD"): the bare "$" amounts of the
 * invoice are those, not US dollars. Null when the headings name none, or a currency of no "$" of its own.
 */
export function headingDollar(text: string): string | null {
  const code = text.includes('$') ? headingCurrency(text) : null;
  return code !== null && LOCAL_DOLLARS.has(code) ? code : null;
}

/**
 * A dollar code printed right before a "$" figure names that figure's dollars, and so every bare "$" of
 * the invoice: "amount payable NZD $4,104.35" beside "$680.00 a day" in prose, where no heading names them.
 */
const CODE_BEFORE_DOLLAR = new RegExp(`(?<![\\p{L}])(?<code>${[...LOCAL_DOLLARS].join('|')})[ \\t]?\\$[ \\t]?\\d`, 'u');

export function codedDollar(text: string): string | null {
  return CODE_BEFORE_DOLLAR.exec(text)?.groups?.code ?? null;
}
