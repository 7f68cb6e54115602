/**
 * A currency declared after a currency label, in what `DECLARED_CURRENCY` (invoice-currency) does not read:
 * - a code that is also an everyday word, in capitals after the label and its colon ("Moneda: CRC",
 *   "Currency: ALL"): read free in the text, "CRC" is a checksum and "ALL" a word (see entity-currency-table),
 *   but a currency label's value names a currency; "Currency: all invoices" (not in capitals) does not;
 * - the currency's name, as the table spells it ("Moneda: colones costarricenses", "Currency: Ringgit Malaysia",
 *   Malay "Mata wang: Ringgit Malaysia", "Currency: Kenya shillings"), perhaps with its code in brackets after it.
 */
import { CURRENCY_NAME_WORDS, CURRENCY_NAMES, WORD_LIKE_CODES } from '../providers/local/entity-currency-table';

/** The words that label a currency ("Currency", "Währung", "Devise", "Moneda", "Valuta", "Moeda"), shared with invoice-currency's declarations. */
export const CURRENCY_LABEL_WORDS = 'currency|währung|waehrung|devise|monnaie|moneda|divisa|valuta|moeda';
/** Those words and Malay's "Mata wang", which only this reader's labels take. */
const LABEL_WORDS = `${CURRENCY_LABEL_WORDS}|mata\\s+wang`;
/** The label and its colon: "Currency:", "Moneda:", "Währung:", "Devise :", "Valuta:", "Moeda:", Malay "Mata wang:". */
const LABEL = `(?<![\\p{L}])(?:${LABEL_WORDS})[ \\t]*[:：][ \\t]*`;
/** "Moneda: CRC", "Moneda: colones costarricenses (CRC)": a name of one or two words may stand before the code in brackets. */
const WORD_LIKE_CODE = new RegExp(`${LABEL}(?:\\p{L}+(?:[ \\t]+\\p{L}+)?[ \\t]*\\([ \\t]*)?(?<code>${[...WORD_LIKE_CODES].join('|')})(?![\\p{L}])`, 'giu');
const NAME = new RegExp(`${LABEL}(?<name>${CURRENCY_NAME_WORDS})(?![\\p{L}])`, 'giu');
/** Most texts hold no such label: the patterns are not run on them. */
const HINT = new RegExp(LABEL_WORDS, 'iu');

export interface DeclaredWord {
  match: RegExpExecArray;
  code: string;
}

/** The first such declaration, and the code it names; null when there is none. */
export function declaredCurrencyWord(text: string): DeclaredWord | null {
  if (!HINT.test(text)) return null;
  for (const match of text.matchAll(WORD_LIKE_CODE)) {
    const code = match.groups?.code ?? '';
    // In capitals only: "Currency: all" is a word.
    if (/^[A-Z]{3}$/u.test(code)) return { match: match as RegExpExecArray, code };
  }
  for (const match of text.matchAll(NAME)) {
    const name = (match.groups?.name ?? '').replace(/\s+/gu, ' ');
    const code = CURRENCY_NAMES.find(([pattern]) => pattern.test(name))?.[1];
    if (code) return { match: match as RegExpExecArray, code };
  }
  return null;
}
