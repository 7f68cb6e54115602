/**
 * A sentence of prose wrapped over lines: "I replaced 2 broken bass strings on the" over "Yamaha in
 * practice room 3 at £28.50 each, £57.00". The line with the price reads "room 3" as the count, but
 * the count stands on the line before, where the sentence began. A reader sees 2 x 28.50 = 57.00 and
 * no contradiction: a figure of the sentence's opening that gives the stated amount clears the doubt.
 * So does a figure earlier in the same sentence on the line: "We sent 2 vans, 3 days at £50.00 a day, £300.00".
 */
import type { Line } from './entity-text';

/** The line ends inside a sentence: no stop, colon or semicolon at its end. */
const OPEN_END = /[^.!?:;\s]\s*$/u;
/** The last sentence's start on a line: after a stop and a blank. */
const LAST_SENTENCE = /(?:^|[.!?;]\s+)([^.!?;]*)$/u;
/** A number standing alone (not "B2", "45x24"). */
const NUMBER = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)?(?![\p{L}\d]|[.,]\d)/gu;

/** The unfinished sentence that the line before `index` hands on to it, or '' when it ends one or is blank. */
export function sentenceLead(lines: Line[], index: number): string {
  const previous = lines[index - 1]?.text ?? '';
  if (!previous.trim() || !OPEN_END.test(previous)) return '';
  return LAST_SENTENCE.exec(previous)?.[1] ?? '';
}

/**
 * Whether a figure of `lead` times `price`, or times the clause's own product `computed`, gives `stated`
 * (within a cent): "We sent 2 vans, 3 days at £50.00 a day, £300.00" is 2 x 3 x 50.00.
 */
export function leadGives(lead: string, price: number, stated: number, computed = price): boolean {
  return [...lead.matchAll(NUMBER)].some((match) => {
    const factor = Number(match[0].replace(',', '.'));
    return Math.abs(factor * price - stated) <= 0.01 + 1e-9 || Math.abs(factor * computed - stated) <= 0.01 + 1e-9;
  });
}
