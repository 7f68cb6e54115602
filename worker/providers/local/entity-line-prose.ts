/**
 * Items inside the sentences of an invoice written as prose: "3 x workshop day at 650.00 and 2 x
 * travel at 85.00", "7.5 hours at 42.00 per hour (315.00)".
 */
import { parseNumber } from './entity-amounts';
import { DAY_OF_MONTH, mentionsPayment, productUnlike, soleFactor } from './entity-line-rows';
import type { FoundLineItem, LabelledAmount } from './entity-scan';
import type { Line } from './entity-text';
import { CHARGE_OF, chargeListStart, LISTED_PRICE, NOTE_TAIL, wordQuantity } from './entity-line-prose-cues';
import { EXTENSION_AFTER_COMMA, joinExtensions } from './entity-line-prose-extension';
import { countingQuantity } from './entity-line-prose-unit';
import { wordCountUnlike } from './entity-line-prose-word-count';
import { leadGives } from './entity-line-prose-lead';
import { countAndRateDisagree } from './entity-line-prose-units';

/** Sentence ends: a stop followed by a blank or the end of the line ("650.00 and" is no end). */
const SENTENCE = /(?:[^.;!?]|[.;!?](?=\S))+(?:[.;!?]+|$)/gu;
/** Where a sentence lists its items: "A and B", "A, B", "A; B". */
const CLAUSE_BREAK = /,\s+|;\s+|\s+(?:and|und|et|e|y|en|plus|as\s+well\s+as|sowie)\s+/giu;
/** What joins a description to its price: "at 650.00", "@ 780.00", "à 9,75", "zu je 95,00", "por 12,00". */
const PRICE_CUE = /(?:(?<![\p{L}])(?:at|was|were|à|a|zu(?:\s+je)?|je|por|per|for|um|aan|fee|cost(?:ing|s)?|charge|price|priced\s+at|amounting\s+to|came\s+to|rate\s+of|gebühr|frais|tarifa|prezzo)|@)[\s:]*$/iu;
/** A quantity before the description: "3 x", "2 ×", "3 days of", "6,200 words". */
const QUANTITY = /(?<![\p{L}\d.,])(?<qty>\d+(?:[.,]\d+)?)\s*(?:[x×*]\s+|(?=\s+\p{L}))/gu;
/** Nothing but the price cue after a number: "flat 2 at", "Room 4 @", "Los 3 zu". */
const CUE_NEXT = /^\s*(?:\p{L}+|@)[\s:]*$/u;
/** What may follow a price: "per day", "a metre", "an hour", "each", "/h", then the line's own total in brackets or after "=". */
// Also "l'heure", and the extension after a comma: "at $380 a day, that's $1,520.00" (see `entity-line-prose-extension`).
const PRICE_TAIL = new RegExp(
  String.raw`^\s*(?:each|per\s+\p{L}+[²³]?|an?\s+(?!total|sum)\p{L}+|pro\s+\p{L}+|\/\s*\p{L}+[²³]?|la\s+pièce|l['’]\p{L}+|cada(?:\s+\p{L}+)?|ciascuno|chacun)?\s*(?:(?<extension>\(\s*|=\s*|${EXTENSION_AFTER_COMMA})|[.:!?)]*)\s*$`,
  'iu',
);

interface Clause {
  start: number;
  text: string;
}

function clausesOf(sentence: string, start: number): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  for (const cut of sentence.matchAll(CLAUSE_BREAK)) {
    clauses.push({ start: start + from, text: sentence.slice(from, cut.index) });
    from = cut.index + cut[0].length;
  }
  clauses.push({ start: start + from, text: sentence.slice(from) });
  return clauses;
}

/**
 * The item a clause states, or null when the clause holds amounts that are not one item's price
 * (then the sentence is not a list of items). `amounts` are the clause's amounts, in order.
 */
function clauseItem(clause: Clause, amounts: LabelledAmount[], listed: boolean, lead: string): { amount: number; computed?: number } | null {
  const [price, extension, ...more] = amounts;
  if (!price || more.length) return null;
  const before = clause.text.slice(0, price.start - clause.start);
  // Besides "at" and its kin: "materials of 212.40", and in a list of charges after a colon, "Kreppband 38,60 €" (see `entity-line-prose-cues`).
  const cued = PRICE_CUE.test(before) || CHARGE_OF.test(before) || (listed && !extension && LISTED_PRICE.test(before));
  if (tellsABill(before)) return null;
  if (!cued || !/\p{L}{2}/u.test(before)) return null;
  const between = clause.text.slice(price.end - clause.start, extension ? extension.start - clause.start : undefined);
  const tail = PRICE_TAIL.exec(between);
  // "plus materials of 212.40 (sapele for the sills, ...)": a note in brackets, with no figure, after the price.
  if (!tail && !extension && NOTE_TAIL.test(between)) return { amount: price.value };
  if (!tail || (extension && !tail.groups?.extension)) return null;
  // The quantity nearest the price: "In 2025 we ran 3 x workshop day at 650.00" is 3 workshop days.
  // A number whose next word is the price cue numbers a thing ("the trap for flat 2 at 36.00"), it does not count it,
  // unless the price is one each ("2 at 36.00 each").
  const each = EACH_AFTER.test(clause.text.slice(price.end - clause.start));
  // Nor does a day of the month count ("the workshop on 24 March was £380.00").
  const counts = (match: RegExpExecArray): boolean =>
    (each || !CUE_NEXT.test(before.slice(match.index + match[0].length))) && !DAY_OF_MONTH.test(before.slice(match.index + (match.groups?.qty?.length ?? 0)));
  // "84 units of 1,000 words at 11.50": the block's size after its count is no quantity (see entity-line-prose-unit).
  const counting = countingQuantity(before, [...before.matchAll(QUANTITY)].filter(counts));
  const quantity = counting?.groups?.qty;
  // "three days on site at £220 a day": a quantity in words counts a price per unit.
  const count = quantity ? parseNumber(quantity) : (wordQuantity(before, clause.text.slice(price.end - clause.start)) ?? 1);
  const computed = Math.round(count * price.value * 100) / 100;
  // "7.5 hours at 42.00 per hour (315.00)": the line states its amount, which its own arithmetic must give.
  if (extension && !quantity) {
    // "Twelve hours ... at $95.00 an hour, $1,160.00": a count in words must give the stated amount too (see entity-line-prose-word-count).
    const after = clause.text.slice(price.end - clause.start);
    // Not "Three fitters worked six hours at £20.00 an hour" (see entity-line-prose-units).
    if (countAndRateDisagree(before.trim().replace(/^\p{L}+/u, ''), after)) return { amount: extension.value };
    return { amount: extension.value, ...wordCountUnlike(before, after, price.value, extension.value) };
  }
  if (!extension) return { amount: computed };
  // "2 days on site at £30.00 an hour": a rate per another unit than the one counted is not multiplied (see entity-line-prose-units).
  const counted = before.slice((counting?.index ?? 0) + (counting?.[0].length ?? 0));
  const multiplies = quantity && soleFactor(before) && !countAndRateDisagree(counted, clause.text.slice(price.end - clause.start));
  const unlike = multiplies ? productUnlike(quantity, price.value, extension.value) : {};
  // The count may stand where the sentence began, on the line before (see entity-line-prose-lead).
  return unlike.computed !== undefined && leadGives(lead, price.value, extension.value, unlike.computed) ? { amount: extension.value } : { amount: extension.value, ...unlike };
}

/**
 * "was"/"were" price an item ("Parts were €60.00"), but also tell what a bill or a sum came to ("Your last
 * invoice was €500.00", "The total was €300.00", "the deposit was €100.00"): those clauses are not items.
 */
const WAS_CUE = /(?<![\p{L}])(?:was|were)[\s:]*$/iu;
const BILL_SUBJECT = /(?<![\p{L}])(?:invoices?|bills?|statements?|totals?|sum|amount|balance|deposits?|quotes?|quotation|estimates?|payments?|paid|last|previous|earlier|outstanding)(?![\p{L}])/iu;
function tellsABill(before: string): boolean {
  return WAS_CUE.test(before) && BILL_SUBJECT.test(before);
}

/** A sentence about another bill, a sum or a payment ("Last month the bill was €420.00.", "The deposit of €100.00 is paid."): no charge of this one. */
export function speaksOfABill(sentence: string): boolean {
  return BILL_SUBJECT.test(sentence);
}

/** A price per piece: "each", "per session", "a day", "chacune", "cada uno", "je". */
const EACH_AFTER = /^[ \t]*(?:each|per\s+\p{L}+|an?\s+(?!total|sum)\p{L}+|chacune?|cada|je|ciascuno)(?![\p{L}])/iu;

/**
 * Items stated in the sentences of `line`; all of a sentence's amounts must be items, or none counts,
 * except clauses whose every amount is labelled: "... at EUR 120.00, which makes EUR 920.00 net." sums
 * the items before it. A sentence that speaks of payment states none.
 */
export function inlineItems(line: Line, onLine: LabelledAmount[], folded: string, lead = ''): FoundLineItem[] {
  if (/^\s*>/.test(line.text)) return [];
  const items: FoundLineItem[] = [];
  for (const sentence of line.text.matchAll(SENTENCE)) {
    const start = line.start + sentence.index;
    const end = start + sentence[0].length;
    const inSentence = onLine.filter((amount) => amount.start >= start && amount.end <= end);
    if (!inSentence.length || inSentence.every((amount) => amount.label) || mentionsPayment(folded.slice(sentence.index, sentence.index + sentence[0].length))) continue;
    const found: FoundLineItem[] = [];
    const listFrom = chargeListStart(sentence[0]);
    // A clause that only states the item's amount ("..., that's $1,420.00") joins the clause it prices.
    for (const clause of joinExtensions(clausesOf(sentence[0], start), inSentence, sentence[0], start)) {
      const clauseEnd = clause.start + clause.text.length;
      const inClause = inSentence.filter((amount) => amount.start >= clause.start && amount.end <= clauseEnd);
      if (!inClause.length || inClause.every((amount) => amount.label)) continue;
      // `lead`, the sentence's opening on the line before, belongs to the line's first clause only; the sentence's own opening to each clause.
      const opensLine = clause.start === line.start + (line.text.length - line.text.trimStart().length);
      const before = sentence[0].slice(0, clause.start - start);
      const item = clauseItem(clause, inClause, listFrom >= 0 && clause.start - start >= listFrom, `${opensLine ? lead : ''} ${before}`);
      if (item === null) return [];
      // "two sessions ..., at £650.00 each, a total of £1,350.00": a price each beside the sum is for `eachPriceItems`, which reads the quantity.
      if (inSentence.some((amount) => amount.label) && EACH_AFTER.test(clause.text.slice((inClause[0]?.end ?? clause.start) - clause.start))) return [];
      const text = clause.text.trim();
      const offset = clause.start + clause.text.indexOf(text);
      found.push({ start: offset, end: offset + text.length, text, ...item });
    }
    items.push(...found);
  }
  return items;
}
