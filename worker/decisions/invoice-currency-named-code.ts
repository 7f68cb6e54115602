/**
 * A currency named in words with its ISO code in brackets after the name: "O pagamento é em escudos
 * cabo-verdianos (CVE)", "payable in Swiss francs (CHF)", "en dólares estadounidenses (USD)". A mail that
 * leaves the amounts to an attachment names the currency only so. Codes that are also everyday capitals
 * ("CVE" a vulnerability's id, "ALL", "TOP") are not read from free text (see entity-currency-table), but
 * after a currency's own noun the bracket names a currency ("security fixes (CVE)" has no such noun).
 * Read only as a last resort, when no amount, declaration or heading names a currency.
 */
import { CURRENCY_BY_CODE } from '../providers/local/entity-currency-table';

/** Nouns that name money of some country, plural and singular, in the languages invoices come in. */
const MONEY_NOUNS = [
  'dollars?', 'd[óo]lar(?:es)?', 'euros?', 'escudos?', 'francs?', 'francos?', 'franken', 'pesos?', 'reais', 'pounds?', 'libras?', 'livres?',
  'sterling', 'shillings?', 'rupees?', 'rupias?', 'yen', 'yuan', 'rand', 'kwanzas?', 'meticais', 'metical', 'dinars?', 'dirhams?', 'kronor', 'kroner',
  'kronur', 'krona', 'krone', 'korun', 'złotych', 'zlotys?', 'lei', 'leva', 'col[óo]n(?:es)?', 'soles', 'bolivianos?', 'cedis?', 'naira', 'baht',
  'ringgit', 'riyals?', 'rials?', 'lari', 'quetzales', 'lempiras?', 'c[óo]rdobas?', 'guaran[íi]es',
].join('|');
/** The noun, up to two words naming whose it is after it ("escudos cabo-verdianos"), then the code in brackets. */
const NAMED_CODE = new RegExp(`(?<![\\p{L}])(?:${MONEY_NOUNS})(?:[ \\t]+[\\p{L}-]+){0,2}[ \\t]*\\([ \\t]*(?<code>[A-Z]{3})[ \\t]*\\)`, 'giu');

/** The one currency so named, or null when none is or several are. */
export function namedCurrencyCode(text: string): string | null {
  if (!text.includes('(')) return null;
  let found: string | null = null;
  for (const match of text.matchAll(NAMED_CODE)) {
    const code = match.groups?.code ?? '';
    // In capitals, as codes are printed, and a code of the table.
    if (!/^[A-Z]{3}$/u.test(code) || !CURRENCY_BY_CODE.has(code)) continue;
    if (found !== null && found !== code) return null;
    found = code;
  }
  return found;
}
