/**
 * A prose item's own amount, stated in the next clause after a comma: "4 days at $380 a day, that's
 * $1,520.00", "5 hours at $92.00, which is $460.00", "10 heures à 35,00 € l'heure, soit 350,00 €",
 * "three times at £18.00 a time, £54.00". The comma would cut the sentence into an item and a bare
 * figure (which is no item, so the sentence would count none); joined, the figure is the item's
 * extension, and its product must agree (see `entity-line-prose`).
 */
import type { LabelledAmount } from './entity-scan';

export interface ProseClause {
  start: number;
  text: string;
}

/** What may open the clause before its figure: "that's", "so", "which is", "soit", "i.e.", or nothing. */
const EXTENSION_LEAD = /^[ \t]*(?:so|that['’]s|that[ \t]+is|which[ \t]+is|which[ \t]+makes|making|soit|i\.e\.,?)?[ \t]*$/iu;
/** What may follow the figure: the end of the sentence. */
const EXTENSION_END = /^[ \t]*[.!;:]*[ \t]*$/u;
/** The comma and lead between a price and its extension, for `PRICE_TAIL`. */
export const EXTENSION_AFTER_COMMA = String.raw`,\s*(?:so|that['’]s|that\s+is|which\s+is|which\s+makes|making|soit|i\.e\.,?)?\s*`;
/** The unit price's cue right before the figure: "at", "à", "@", "zu je", "(my day) rate of". */
const AT_BEFORE = /(?:(?<![\p{L}])(?:at|à|zu[ \t]+je|je|rate[ \t]+of)|@)[ \t]*(?:[A-Z]{3}|\p{Sc})?[ \t]*$/iu;
/** A price per unit after the figure: "a day", "each", "per hour", "/hr", "l'heure". */
const PER_UNIT = /^[ \t]*(?:\p{Sc}[ \t]*)?(?:each|per[ \t]+\p{L}+|an?[ \t]+(?!total|sum)\p{L}+|\/[ \t]*\p{L}+|l['’]\p{L}+|la[ \t]+pièce|par[ \t]+\p{L}+|pro[ \t]+\p{L}+|je)(?![\p{L}])/iu;
/** A counted quantity: a figure followed by a word ("4 days", "10 heures"), not a date's day ("18 November"). */
const COUNTED = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)?[ \t]+(?!(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|fevr|avr|juil|déc)\p{L}*)\p{L}/iu;

function within(amounts: LabelledAmount[], clause: ProseClause): LabelledAmount[] {
  const end = clause.start + clause.text.length;
  return amounts.filter((amount) => amount.start >= clause.start && amount.end <= end);
}

/**
 * `clauses` with each clause that is only a figure ("that's $1,420.00") joined to the clause before
 * it, when that one prices a unit ("at $380 a day", or "5 hours at $92.00"). `sentence` starts at `start`.
 */
export function joinExtensions(clauses: ProseClause[], amounts: LabelledAmount[], sentence: string, start: number): ProseClause[] {
  const joined: ProseClause[] = [];
  for (const clause of clauses) {
    const previous = joined[joined.length - 1];
    const [figure, ...others] = within(amounts, clause);
    if (previous && figure && !others.length && !figure.label && joinable(previous, clause, figure, amounts)) {
      joined[joined.length - 1] = { start: previous.start, text: sentence.slice(previous.start - start, clause.start - start + clause.text.length) };
      continue;
    }
    joined.push(clause);
  }
  return joined;
}

function joinable(previous: ProseClause, clause: ProseClause, figure: LabelledAmount, amounts: LabelledAmount[]): boolean {
  if (!EXTENSION_LEAD.test(clause.text.slice(0, figure.start - clause.start))) return false;
  if (!EXTENSION_END.test(clause.text.slice(figure.end - clause.start))) return false;
  const [price, ...more] = within(amounts, previous);
  if (!price || more.length || price.label) return false;
  const before = previous.text.slice(0, price.start - previous.start);
  // A bracket closed with no opening in the clause: the clause was cut inside it ("(4 and 18 November) at £85.00").
  if (before.includes(')') && !before.includes('(')) return false;
  if (!AT_BEFORE.test(before)) return false;
  const after = previous.text.slice(price.end - previous.start);
  if (!/^[\s\p{L}'’/\p{Sc}]*$/u.test(after)) return false;
  return PER_UNIT.test(after) || COUNTED.test(before);
}
