/**
 * A currency named in a money column's heading with no brackets, as a table's header row prints it:
 * "Rate GBP   Charge GBP", "EP EUR     Betrag EUR", "Prezzo €/Price €   Importo €/Amount €". The
 * figures under it then carry no currency of their own; the heading says which it is. Read only as
 * a last resort (no amount names a currency, none is declared).
 */
import { CURRENCY_CODES } from '../providers/local/entity-amounts';

/** The heading words of a money column, in the languages the fixtures use. */
const MONEY_WORDS = [
  'amount', 'total', 'sub-?total', 'price', 'rate', 'unit', 'fee', 'fees', 'cost', 'charge', 'net', 'gross', 'value',
  'betrag', 'summe', 'gesamt', 'preis', 'einzelpreis', 'ep', 'gp', 'montant', 'prix', 'importe', 'precio', 'importo', 'prezzo', 'totale', 'bedrag', 'prijs',
  'totaal', 'valor', 'preço',
].join('|');
/** Symbols that name one currency only; a bare "$" does not say whose dollars. */
const SYMBOLS: Record<string, string> = { '€': 'EUR', '£': 'GBP' };
/**
 * The heading opens its cell (line start, a column gap or a gloss's slash) and the code closes it
 * (a column gap, a slash, or the line's end): "Amount GBP" in a header row, not "a fee GBP 50" in prose.
 */
const HEADING_CURRENCY = new RegExp(
  `(?:^|(?<=[ \\t]{2}|\\t|/[ \\t]?))(?:${MONEY_WORDS})[ \\t]?(?<code>${CURRENCY_CODES.join('|')}|€|£)(?=[ \\t]{2,}|\\t|[ \\t]?/|[ \\t]*$)`,
  'gimu',
);
/** Cheap hint first: a code or symbol somewhere at all. */
const HINT = new RegExp(`€|£|(?<![\\p{L}])(?:${CURRENCY_CODES.join('|')})(?![\\p{L}])`, 'u');

/** The one currency the money headings name, or null when they name none or several. */
export function headingCurrency(text: string): string | null {
  if (!HINT.test(text)) return null;
  const codes = new Set<string>();
  for (const match of text.matchAll(HEADING_CURRENCY)) {
    const code = match.groups?.code ?? '';
    codes.add(SYMBOLS[code] ?? code.toUpperCase());
    if (codes.size > 1) return null;
  }
  return codes.size === 1 ? ([...codes][0] ?? null) : null;
}
