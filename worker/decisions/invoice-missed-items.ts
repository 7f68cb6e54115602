/**
 * Items the readers missed: a sentence holding three items of which one was caught ("4.200 Wörter
 * zu je 0,12 €, also 504,00 €. Dazu kommen 3 Stunden ... (165,00 €)"), a flattened line holding two
 * rows ("Storage 310 2.80 868.00   Insurance 1 95.00 95.00"), a row whose description reads as a
 * label ("Balance staff 400 18.25 7'300.00"). When the items found fall short of the subtotal (or
 * of the total) and money amounts above it that no item used, and that are no unit price, fill the
 * gap EXACTLY, they are the missed items.
 */
import type { FoundLineItem, LabelledAmount, ScannedDocument } from '../providers/local/entity-scan';
import { lineAt } from '../providers/local/entity-text';
import { sum, type Figure } from './invoice-sums';
import { statesOwnProduct } from './invoice-row-product';

/** At most this many candidates are tried (2^12 subsets), the nearest to the sums. */
const MAX_CANDIDATES = 12;

/**
 * A price per unit, by the words around it: "zu je 0,12 €", "x 6,00", "€15.00 each", "55,00 € je Stunde", "€0.45/km".
 * "at £45.00" alone is no unit price ("the oven had its deep clean at £45.00"); with a quantity, the product on its line tells.
 */
const RATE_BEFORE = /(?:[x×@*à]|(?<![\p{L}])(?:je|per))[ \t]*(?:[€£$¥]|[A-Z]{3})?[ \t]*$/iu;
const RATE_AFTER = /^[ \t]*(?:€|£|\$|[A-Z]{3}(?![\p{L}]))?[ \t]*(?:each|ea\.?(?![\p{L}])|per(?![\p{L}])|\/|je(?![\p{L}])|an?[ \t]+(?:hour|day|week|month|unit|piece)|pro(?![\p{L}])|par(?![\p{L}])|cada|ciascun|la[ \t]+(?:pièce|unité)|l'unité)/iu;

/** A unit price: words say so, or a later amount on its line is it times a number before it ("1  95.00  95.00", "310  2.80  868.00"). */
function isUnitPrice(text: string, amount: LabelledAmount, onLine: LabelledAmount[]): boolean {
  if (RATE_BEFORE.test(text.slice(Math.max(0, amount.start - 12), amount.start))) return true;
  if (RATE_AFTER.test(text.slice(amount.end, amount.end + 16))) return true;
  const line = lineAt(text, amount.start);
  const factors = [...text.slice(line.start, amount.start).matchAll(/(?<![\d.,])\d+(?:[.,]\d+)?(?![\d.,])/gu)].slice(-3).map((match) => Number(match[0].replace(',', '.')));
  return onLine.some((later) => later.start > amount.start && factors.some((factor) => factor > 0 && Math.abs(factor * amount.value - later.value) <= 0.01 + 1e-9));
}

/** The smallest subset of `values` adding up to `gap`, within a cent per value; null when none does. */
function subsetFilling(values: number[], gap: number): number[] | null {
  let best: number[] | null = null;
  for (let mask = 1; mask < 1 << values.length; mask += 1) {
    const chosen = values.map((_, i) => i).filter((i) => mask & (1 << i));
    if (best && chosen.length >= best.length) continue;
    const total = sum(chosen.map((i) => values[i] ?? 0));
    if (Math.abs(total - gap) <= 0.01 * chosen.length + 1e-9) best = chosen;
  }
  return best;
}

export function missedItems(text: string, doc: ScannedDocument, figures: Figure[], total: Figure): FoundLineItem[] {
  const subtotal = figures.find((figure) => figure.label === 'subtotal');
  const taxes = figures.filter((figure) => figure.label === 'tax');
  const first = doc.lineItems[0];
  if (!first) return [];
  const end = subtotal ? subtotal.start : Math.min(total.start, ...taxes.filter((tax) => tax.start > first.start).map((tax) => tax.start));
  const items = doc.lineItems.filter((item) => item.start < end);
  if (!items.length) return [];
  const own = (amount: LabelledAmount): boolean => items.some((item) => amount.start >= item.start && amount.end <= item.end && amount.value === item.amount);
  const figureAt = new Set(figures.map((figure) => figure.start));
  const candidates = doc.amounts.filter((amount) => {
    if (amount.start >= end || amount.value <= 0 || own(amount)) return false;
    const line = lineAt(text, amount.start);
    const onLine = doc.amounts.filter((other) => other.start >= line.start && other.end <= line.end);
    if (isUnitPrice(text, amount, onLine)) return false;
    // A labelled figure counts only when its row multiplies to it: then its "label" is a word of the description.
    // So does a figure on a found item's line (a discount rate, a second column): only a second row's product is an item.
    const labelled = (amount.label && amount.label !== 'line') || figureAt.has(amount.start);
    const onItemLine = items.some((item) => item.start <= line.end && item.end >= line.start);
    return !(labelled || onItemLine) || statesOwnProduct(text.slice(line.start, line.end), amount.value);
  });
  const nearest = candidates.slice(-MAX_CANDIDATES);
  const found = sum(items.map((item) => item.amount));
  const targets = subtotal ? [subtotal.value] : [total.value, total.value - sum(taxes.map((tax) => tax.value))];
  for (const target of targets) {
    const gap = target - found;
    if (gap <= 0.005) continue;
    const chosen = subsetFilling(nearest.map((amount) => amount.value), gap);
    if (chosen) return chosen.map((i) => nearest[i]).filter((amount) => amount !== undefined).map((amount) => ({ start: amount.start, end: amount.end, text: amount.text, amount: amount.value }));
  }
  return [];
}

/**
 * A charge or tax between the subtotal and the total that no label reader caught ("zuzüglich 19 %
 * Umsatzsteuer⏎von 136,61 €"): unlabelled amounts there that fill the gap between them EXACTLY.
 * Returned as tax figures, to be added like the taxes read.
 */
export function missedCharges(text: string, doc: ScannedDocument, figures: Figure[], total: Figure): Figure[] {
  const subtotal = figures.find((figure) => figure.label === 'subtotal');
  if (!subtotal || total.start < subtotal.start) return [];
  const figureAt = new Set(figures.map((figure) => figure.start));
  const candidates = doc.amounts
    .filter((amount) => amount.start > subtotal.start && amount.start < total.start && amount.value > 0 && !amount.label && !figureAt.has(amount.start))
    .slice(0, MAX_CANDIDATES);
  const added = figures.filter((figure) => figure.start > subtotal.start && figure.start < total.start && figure.label !== 'paid');
  const gap = total.value - subtotal.value - sum(added.map((figure) => figure.value));
  if (gap <= 0.005 || !candidates.length) return [];
  const chosen = subsetFilling(candidates.map((amount) => amount.value), gap);
  if (!chosen) return [];
  return chosen.map((i) => candidates[i]).filter((amount) => amount !== undefined).map((amount) => ({ label: 'tax', value: amount.value, currency: amount.currency, start: amount.start, evidence: amount.text }));
}
