/**
 * A currency code in a figure's own label, on its line: "Total EUR          6'935.70", "Gesamtbetrag CHF   1'200.00".
 * The amount scanner joins a code to a figure only when they touch; across a column gap the figure is bare and
 * its label is what names its currency. Read for bare figures only, so that such a total counts among the invoice's
 * currencies ("Währung: CHF" and CHF lines over "Total EUR  6'935.70" is another currency than the stated one).
 */
import { CURRENCY_CODE_PATTERN } from '../providers/local/entity-amounts';
import { lineAt } from '../providers/local/entity-text';
import { MONEY_WORDS } from './invoice-currency-heading';

/** A money word opening the label (up to two more words after it), then the code in capitals, then only blanks or a colon up to the figure. */
const LABEL_CODE = new RegExp(`(?<![\\p{L}])(?:${MONEY_WORDS})(?:[ \\t]+\\p{L}+){0,2}[ \\t]+(?<code>${CURRENCY_CODE_PATTERN})[ \\t]*:?[ \\t]*$`, 'iu');

/** The code the label before a bare figure names, or null. */
export function labelCurrency(text: string, figureStart: number): string | null {
  const line = lineAt(text, figureStart);
  const code = LABEL_CODE.exec(text.slice(line.start, figureStart))?.groups?.code;
  // In capitals, as a label prints it: "total eur" is no code.
  return code && code === code.toUpperCase() ? code : null;
}
