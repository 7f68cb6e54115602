/**
 * A letter that lists its charges in one sentence, each clause closed by its amount, then states the net
 * or the total on its own ("... 4 fenêtres ... à 485,00 € l'unité, soit 1 940,00 €, une porte-fenêtre ... à
 * 1 120,00 €, et ... pour 210,00 €." then "Total HT : 3 290,00 €"; "... three days ... at €850.00 a day,
 * €2,550.00; the half-day workshop ..., €475.00; and the written report ..., a fixed €900.00." then "The total
 * due is €4,025.00"). The clause readers want a price word before each amount and so read no items; but the
 * sentence's amounts, less each price per unit that its own extension follows ("at €850.00 a day, €2,550.00":
 * the next amount, a whole or half count of the price, a few words after it), are the items. Read strictly: every unlabelled amount before the stated sums stands in that one sentence,
 * at least three items, no item reader found any, and the sentence speaks of no payment, discount or other
 * bill. They must make the net (the subtotal), or the total when no tax is stated.
 */
import type { LabelledAmount, ScannedDocument } from '../providers/local/entity-scan';
import { money, type DecisionBuilder } from './decision-builder';
import { evidenceAt } from './evidence-span';
import { agrees, type Figure } from './invoice-sums';

/**
 * What may stand between a price and its extension: a few words with no figure and no joining word of a
 * list ("l'unité, soit ", " a day, ", "/h which is ", " per stuk (€ "); the extension is then the price
 * times a whole or half count.
 */
const PRICE_TO_EXTENSION = /^[^\d;]{0,24}$/u;
const LIST_JOIN = /(?<![\p{L}])(?:and|et|und|y|en|e|plus|sowie|as[ \t]+well[ \t]+as)(?![\p{L}])/iu;
/** Words that make a sentence's amount something other than a charge. */
const NOT_A_CHARGE = /(?<![\p{L}])(?:paid|payment|deposit|advance|discount|off|less|minus|credit|refund|balance|previous|last|outstanding|acompte|avance|remise|rabais|moins|déjà|anzahlung|rabatt|abzüglich|skonto|sconto|descuento|korting)(?![\p{L}])/iu;
/** A sentence's stop: followed by a blank or the text's end. */
const SENTENCE_END = /[.!?](?=\s|$)/gu;
const MIN_ITEMS = 3;

/** The sentence around `at`, within its line: a table's rows, which hold no stops, are no sentence of prose. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  let start = lineStart;
  for (const stop of text.slice(lineStart, at).matchAll(SENTENCE_END)) start = lineStart + stop.index + 1;
  SENTENCE_END.lastIndex = at;
  const next = SENTENCE_END.exec(text);
  return { start, end: Math.min(next ? next.index + 1 : lineEnd, lineEnd) };
}

export function checkProseSum(text: string, doc: ScannedDocument, figures: Figure[], verdict: DecisionBuilder): void {
  if (doc.lineItems.length) return;
  const sums = figures.filter((figure) => figure.label === 'subtotal' || figure.label === 'total');
  const first = sums.reduce((min, figure) => Math.min(min, figure.start), Infinity);
  if (!Number.isFinite(first)) return;
  const loose = doc.amounts.filter((amount) => !amount.label && amount.end <= first);
  const [opening] = loose;
  if (!opening || loose.length < MIN_ITEMS) return;
  const sentence = sentenceAround(text, opening.start);
  if (loose.some((amount) => amount.end > sentence.end)) return;
  const words = text.slice(sentence.start, sentence.end);
  // A sentence of prose ends with its stop; a table's rows joined on one line do not.
  // A rate in it ("and 10% off takes $105.00") makes one amount a share of the others, not a charge.
  if (!/[.!?]$/u.test(words) || NOT_A_CHARGE.test(words) || words.includes('%')) return;
  const items: LabelledAmount[] = loose.filter((amount, i) => {
    const next = loose[i + 1];
    return !(next && extendsPrice(text.slice(amount.end, next.start), amount.value, next.value));
  });
  if (items.length < MIN_ITEMS) return;
  const subtotal = figures.find((figure) => figure.label === 'subtotal');
  const taxed = figures.some((figure) => figure.label === 'tax');
  const target = subtotal ?? (taxed ? undefined : figures.find((figure) => figure.label === 'total'));
  if (!target) return;
  const sum = Math.round(items.reduce((total, item) => total + item.value, 0) * 100) / 100;
  if (agrees(sum, target.value, items.length)) return;
  verdict.fail(`line items add up to ${money(sum)}, not the ${target.label === 'subtotal' ? 'subtotal' : 'total'} ${money(target.value)}`, evidenceAt(text, sentence.start, sentence.end), target.evidence);
}

/** Whether `next`, after `gap`, is the extension of the price `price`: a whole or half count of it, close after it. */
function extendsPrice(gap: string, price: number, next: number): boolean {
  if (!PRICE_TO_EXTENSION.test(gap) || LIST_JOIN.test(gap) || price <= 0) return false;
  const count = next / price;
  return count >= 1 && Math.abs(count * 2 - Math.round(count * 2)) < 1e-6;
}
