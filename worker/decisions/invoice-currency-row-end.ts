/**
 * A currency code closing a heading row that a text extractor flattened to single spaces:
 * "Subtotal GST 10% Total AUD", "Menge Preis Betrag EUR", "Subtotaal BTW 21% Totaal EUR", with the
 * bare figures on the lines below. The cell-bounded heading reader (invoice-currency-heading) needs a
 * column gap before the money word, which such rows no longer have; here the code must instead end
 * its line, straight after a money word, and a figure with two decimals must follow on the next line.
 * Read only as a last resort, like the heading reader, and only when every such row names one code.
 */
import { CURRENCY_CODE_PATTERN } from '../providers/local/entity-amounts';
import { lineAt } from '../providers/local/entity-text';
import { MONEY_WORDS } from './invoice-currency-heading';

const ROW_END_CODE = new RegExp(`(?<![\\p{L}])(?:${MONEY_WORDS})[ \\t](?<code>${CURRENCY_CODE_PATTERN})[ \\t]*$`, 'gimu');
/** A figure with two decimals on the next line: the row's amounts, which carry no currency of their own. */
const FIGURE = /(?<![\d.,])\d{1,3}(?:[,. ’']\d{3})*[.,]\d{2}(?!\d)/u;

/** The one code closing the flattened heading rows, or null when none does or they name several. */
export function rowEndCurrency(text: string): string | null {
  let found: string | null = null;
  for (const match of text.matchAll(ROW_END_CODE)) {
    const lineEnd = match.index + match[0].length;
    if (lineEnd >= text.length) continue;
    const next = lineAt(text, lineEnd + 1);
    if (!FIGURE.test(text.slice(next.start, next.end))) continue;
    // The code in capitals, as headings print it ("total eur" is no heading).
    const code = match.groups?.code ?? '';
    if (code !== code.toUpperCase()) continue;
    if (found !== null && found !== code) return null;
    found = code;
  }
  return found;
}
