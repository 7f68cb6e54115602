/**
 * A total written as the sum of the figures before it on its own line ("$1,330.00 + $240.00 -
 * $157.00 = $1,363.00", "So that is £170.00 + £45.00 + £54.00 = £269.00."): the line's own
 * arithmetic must give it. Only a line that is nothing but the sum counts (see `writtenSum`), so
 * "2 x 40.00 = 80.00" or "VAT 20% of 100.00 = 20.00" are never read so.
 */
import type { ScannedDocument } from '../providers/local/entity-scan';
import { writtenSum } from '../providers/local/entity-prose-totals';
import { money, type DecisionBuilder } from './decision-builder';
import type { Figure } from './invoice-sums';

export function checkWrittenSum(text: string, doc: ScannedDocument, total: Figure, verdict: DecisionBuilder): void {
  const i = doc.amounts.findIndex((amount) => amount.start === total.start);
  if (i < 0) return;
  const made = writtenSum(text, doc.amounts, i);
  if (made === null || Math.abs(made - total.value) <= 0.011) return;
  verdict.fail(`the sum written before the total makes ${money(made)}, not ${money(total.value)}`, total.evidence);
}
