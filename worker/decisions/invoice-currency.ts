/**
 * One invoice, one currency: amounts in several currencies, or amounts in another currency than
 * the one the invoice declares ("Currency: CHF" over euro amounts), are contradictions.
 */
import { CURRENCY_CODE_PATTERN } from '../providers/local/entity-amounts';
import { firstMatch } from '../providers/local/entity-text';
import type { ScannedDocument } from '../providers/local/entity-scan';
import type { DecisionBuilder } from './decision-builder';
import { evidenceAt } from './evidence-span';
import { codedDollar, headingCurrency, headingDollar, LOCAL_DOLLARS, MONEY_HEADING_WORDS } from './invoice-currency-heading';
import { countryDollar } from './invoice-currency-country';
import { CURRENCY_LABEL_WORDS, declaredCurrencyWord } from './invoice-currency-declared-word';
import { labelCurrency } from './invoice-currency-label';
import { isLegalNoteAmount } from './invoice-currency-notes';
import { pesoDollar } from './invoice-currency-peso';
import { rowEndCurrency } from './invoice-currency-row-end';
import { namedCurrencyCode } from './invoice-currency-named-code';
// "billed in euro (EUR)", "facturé en EUR": the verb that bills in the currency (see the file).
import { BILLED_IN, BILLED_IN_HINT } from './invoice-currency-billed-in';

/**
 * "Currency: CHF", "Währung: EUR", "Devise : EUR", "Moneda: EUR", "Valuta: EUR", "All amounts in GBP", "All prices on this invoice are in EUR",
 * "Alle Beträge in EUR", "Bedragen in EUR", a delivery note's "Values in RON will follow on the invoice", "billed in EUR"; the code may follow the currency's name in brackets ("All amounts in Canadian dollars (CAD)").
 */
const DECLARED_CURRENCY = new RegExp(
  `(?<![\\p{L}])(?:${CURRENCY_LABEL_WORDS}|(?:all\\s+)?(?:amounts|prices|figures|values)(?:\\s+(?:on|in)\\s+this\\s+(?:invoice|document|statement))?\\s+(?:are\\s+)?(?:in|stated\\s+in|shown\\s+in)|(?:alle\\s+)?(?:beträge|preise)\\s+in|(?:tous\\s+les\\s+)?montants\\s+en|(?:tutti\\s+gli\\s+)?importi\\s+in|(?:todos\\s+los\\s+)?importes\\s+en|(?:alle\\s+)?bedragen\\s+in|(?:todos\\s+os\\s+)?valores\\s+em|${BILLED_IN})[ \\t]*[:：]?\\s*(?:\\p{L}+(?:[ \\t]+\\p{L}+)?[ \\t]*\\([ \\t]*)?(?<code>${CURRENCY_CODE_PATTERN})(?![\\p{L}])`,
  'giu',
);

/** The words of `DECLARED_CURRENCY`, one of which each of its matches holds (same flags): most texts hold none, and this costs far less. */
const DECLARING_WORD = new RegExp(`${CURRENCY_LABEL_WORDS}|amounts|prices|figures|values|beträge|preise|montants|importi|importes|bedragen|valores|${BILLED_IN_HINT}`, 'iu');

/**
 * Words that head money: a code in brackets after them names the currency ("Drawings (CAD)" does not). The
 * money words, and label words only this reader has learnt: "Amount due (CAD)", "Balance (EUR)", "| Line (AUD) |".
 */
const MONEY_HEADINGS = [...MONEY_HEADING_WORDS, 'due', 'balance', 'line'].join('|');
/**
 * A code in brackets after a label or a column heading: "Amount due (CAD)", "| Unit (AUD) |", "Total (EUR)", "Amount payable (NZD, incl. GST)",
 * "Total incl GST (NZD)"; the label's words may be abbreviated ("Total incl. GST (NZD)", "Total excl. VAT (EUR)").
 */
const BRACKETED_CURRENCY = new RegExp(
  `(?<![\\p{L}])(?:${MONEY_HEADINGS})(?:[ \\t]+\\p{L}+\\.?){0,2}[ \\t]*\\([ \\t]*(?:in[ \\t]+)?(?<code>${CURRENCY_CODE_PATTERN})[ \\t]*(?:,[^()\\n]{1,30})?\\)`,
  'giu',
);

const APPROXIMATE = /(?<![\p{L}])(?:approx(?:imately|\.)?|about|around|equivalent(?:\s+to)?|equals|ca\.|circa|env\.|environ|soit|ungefähr|etwa|entspricht|aprox(?:imadamente|\.)?|circa|ongeveer|cerca\s+de|aproximadamente)[\s:]*(?:to\s+)?$|[≈~][\s]*$/iu;


/** The invoice's currency, or null when it states none or contradicts itself (which `verdict` is told). */
export function checkCurrency(text: string, doc: ScannedDocument, verdict: DecisionBuilder): string | null {
  const at = (start: number, end?: number): string => evidenceAt(text, start, end);
  // A bracketed code needs its bracket: most texts have none, and the pattern is tried at every word.
  const coded = (DECLARING_WORD.test(text) ? firstMatch(DECLARED_CURRENCY, text) : null) ?? (text.includes('(') ? firstMatch(BRACKETED_CURRENCY, text) : null);
  // Else "Moneda: CRC", "Currency: Ringgit Malaysia": a code that is also a word, or the currency's name (see invoice-currency-declared-word).
  const byWord = coded ? null : declaredCurrencyWord(text);
  const declared = coded ?? byWord?.match ?? null;
  const code = byWord?.code ?? declared?.groups?.code?.toUpperCase();
  // A bare "$" is the invoice's other dollars ("Currency: CAD", "C$ 50"), else US dollars.
  const named = new Set(doc.amounts.flatMap((amount) => (amount.currency && !amount.bareDollar ? [amount.currency] : [])));
  // A money heading may name them too ("Total NZD   $920.00"); read only when a bare "$" needs it.
  const localDollar =
    [...named, code].find((found): found is string => found !== undefined && LOCAL_DOLLARS.has(found)) ??
    // Or the pesos of a Chilean, Colombian, Argentine or Mexican invoice (see invoice-currency-peso), or the
    // dollars of the country it is written in (see invoice-currency-country).
    (doc.amounts.some((amount) => amount.bareDollar)
      ? (headingDollar(text) ?? codedDollar(text) ?? pesoDollar(text) ?? countryDollar(text, named.has('USD') || code === 'USD'))
      : null) ??
    undefined;
  // A bare figure takes the code of its label ("Total EUR   6'935.70", see invoice-currency-label).
  const currencyOf = (amount: ScannedDocument['amounts'][number]): string | null =>
    amount.bareDollar && localDollar ? localDollar : (amount.currency ?? (amount.bareDollar ? null : labelCurrency(text, amount.start)));
  // "(approx. USD 4,350.00)" converts the invoice's amount for the reader; it is not charged in USD.
  // Nor is a company's share capital on its legal line ("Cap. soc. € 50.000,00 i.v.", labelled `capital`
  // by the amount labels), nor one or the French recovery fee in a legal note (see invoice-currency-notes).
  const charged = doc.amounts.filter(
    (amount) => amount.label !== 'capital' && !APPROXIMATE.test(text.slice(Math.max(0, amount.start - 24), amount.start)) && !isLegalNoteAmount(text, amount.start),
  );
  const used = [...new Set(charged.flatMap((amount) => currencyOf(amount) ?? []))];
  const example = (wanted: string): string[] => {
    const amount = charged.find((found) => currencyOf(found) === wanted);
    return amount ? [at(amount.start, amount.end)] : [];
  };
  if (used.length > 1) {
    verdict.fail(`amounts are in more than one currency (${used.join(', ')})`, ...used.flatMap(example));
    return null;
  }
  const [only] = used;
  if (declared && code && only && code !== only) {
    verdict.fail(`the invoice states its currency as ${code} but its amounts are in ${only}`, at(declared.index, declared.index + declared[0].length), ...example(only));
    return null;
  }
  // Else a money column's heading may name it ("Rate GBP   Charge GBP" over bare figures).
  if (only) return only;
  const heading = headingCurrency(text);
  // "All amounts in Canadian dollars (CAD)" over "TOTAL USD   3,660.16": a heading's currency contradicts the declared one.
  if (declared && code && heading && heading !== code) {
    verdict.fail(`the invoice states its currency as ${code} but its amounts are headed ${heading}`, at(declared.index, declared.index + declared[0].length));
    return null;
  }
  // Last, a currency named in words with its code in brackets ("em escudos cabo-verdianos (CVE)", see invoice-currency-named-code).
  return code ?? heading ?? rowEndCurrency(text) ?? namedCurrencyCode(text);
}
