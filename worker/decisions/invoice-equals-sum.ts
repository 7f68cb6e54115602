/**
 * A summary written as a sum on one line: "Netto 3.549,00 € zzgl. 19 % USt 674,31 € = 4.223,31 €". The
 * figure after "=" is the line's figures added up, the total, not a further amount of the tax's run
 * (which would make 4.223,31 the tax). Only the arithmetic says so: "VAT 20% of 100.00 = 20.00" adds
 * nothing up, and stays the tax.
 */
import type { LabelledAmount } from '../providers/local/entity-scan';
import type { Figure } from './invoice-sums';
import { evidenceAt } from './evidence-span';

const EQUALS = /^[^\n\p{L}\d]*=[^\n\p{L}\d]*$/u;

/** The total that `amount` states after an "=", when it is the sum of the figures before it on its line; otherwise null. */
export function sumAfterEquals(text: string, figures: Figure[], amount: LabelledAmount, between: string): Figure | null {
  if (!EQUALS.test(between)) return null;
  const lineStart = text.lastIndexOf('\n', amount.start - 1) + 1;
  const onLine = figures.filter((figure) => figure.start >= lineStart);
  if (onLine.length < 2) return null;
  const sum = onLine.reduce((total, figure) => total + figure.value, 0);
  if (Math.abs(sum - amount.value) > 0.01 * onLine.length + 1e-9) return null;
  const evidence = evidenceAt(text, amount.start, amount.end);
  return { label: 'total', value: amount.value, currency: amount.currency ?? onLine[0]?.currency ?? null, start: amount.start, evidence };
}
