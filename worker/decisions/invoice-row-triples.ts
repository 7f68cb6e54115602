/**
 * Rows that end in a quantity, a price and an amount, single-spaced or flattened into running text
 * ("Audio transcribed (minutes) 1240 1.10 1,364.00", "... per pallet 22 64.50 1,491.00 Tail-lift delivery
 * Dandenong South 3\n45.00 135.00 Pallet hire ..."): the row readers want a column gap or a "x" before
 * the price to take the figure for a quantity, so these rows go unchecked. Read so, a table where at
 * least two rows show quantity × price = amount proves the layout; a row of the same shape whose
 * product is another amount is a contradiction. Only above the first subtotal or total, and not under
 * a header that adjusts the price (a discount, a rate per 100), where a row's amount may rightly differ.
 */
import { parseNumber } from '../providers/local/entity-amounts';
import type { ScannedDocument } from '../providers/local/entity-scan';
import { productUnlike } from '../providers/local/entity-line-rows';
import { lineAt } from '../providers/local/entity-text';
import { money, type DecisionBuilder } from './decision-builder';

/**
 * A row's end: a word, a closing bracket or the line's start, then a quantity (no two decimals), a
 * price and an amount (two decimals each), with only blanks (or one line break) between them, and then
 * the line's end or the next row's first word. Thousands grouped by "," or "." only. The leading `(?=\d)`
 * changes nothing a match can be (a quantity opens with a digit) but spares the costly look behind at
 * every other character: the scan runs about ten times faster.
 */
const TRIPLE =
  /(?=\d)(?<=(?:^|[\p{L})])[ \t]*\n?[ \t]*)(?<qty>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d)?)(?![\d.,])[ \t]*\n?[ \t]*(?<price>\d{1,3}(?:[.,]\d{3})*[.,]\d{2})(?![\d.,])[ \t]*\n?[ \t]*(?<amount>\d{1,3}(?:[.,]\d{3})*[.,]\d{2})(?=[ \t]*(?:$|\p{L}))/gmu;
/** A header column that adjusts a row's price: its amount need not be quantity × price. */
const ADJUSTING = /(?<![\p{L}])(?:disc|discount|rabatt|nachlass|remise|descuento|dto|sconto|korting|desconto|rebate)|%|(?:per|pro|\/)\s*100(?!\d)/iu;
/** Rows that agree, at least, before one that does not counts. */
const MIN_AGREEING = 2;

export function checkRowTriples(text: string, doc: ScannedDocument, verdict: DecisionBuilder): void {
  const sum = doc.amounts.find((amount) => amount.label === 'subtotal' || amount.label === 'total');
  if (!sum) return;
  const region = text.slice(0, sum.start);
  const agreeing: number[] = [];
  const unlike: { start: number; end: number; computed: number; amount: number }[] = [];
  for (const match of region.matchAll(TRIPLE)) {
    const groups = match.groups ?? {};
    if (!groups.qty || !groups.price || !groups.amount) continue;
    const quantity = parseNumber(groups.qty);
    const price = parseNumber(groups.price);
    const amount = parseNumber(groups.amount);
    if (!(quantity > 0) || !(price > 0)) continue;
    const product = productUnlike(groups.qty, price, amount);
    if (product.computed === undefined) agreeing.push(match.index);
    else unlike.push({ start: match.index, end: match.index + match[0].length, computed: product.computed, amount });
  }
  if (agreeing.length < MIN_AGREEING || !unlike.length) return;
  // The rows' header: the last line above the first row with no figure in it.
  const first = Math.min(agreeing[0] ?? 0, unlike[0]?.start ?? 0);
  if (ADJUSTING.test(headerAbove(text, first))) return;
  for (const row of unlike) {
    // Reported once: an item reader that already read this product says so itself.
    if (doc.lineItems.some((item) => item.computed !== undefined && item.start < row.end && item.end > row.start)) continue;
    const line = lineAt(text, row.end);
    verdict.fail(`a line item's quantity times price is ${money(row.computed)}, not its stated ${money(row.amount)}`, text.slice(line.start, line.end).trim());
  }
}

function headerAbove(text: string, at: number): string {
  let end = lineAt(text, at).start - 1;
  while (end > 0) {
    const line = lineAt(text, end);
    const words = text.slice(line.start, line.end);
    if (words.trim() && !/\d/u.test(words)) return words;
    end = line.start - 1;
  }
  return '';
}
