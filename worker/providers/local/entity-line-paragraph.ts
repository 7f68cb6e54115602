/**
 * A paragraph of prose whose sentences price the items: one sentence may read as rows run together
 * ("We replaced 14 Welsh slates at £6.50 each (£91.00), and ... 5 hours ... at £42.00 an hour, so
 * £210.00 labour."), the next as items in a sentence ("... 3 metres of lead flashing at £28.60 a metre
 * (£85.80) and the scaffold tower for 2 days at £35.00 a day (£70.00)."). Items in sentences count
 * only where no table or list states them, so that nothing counts twice; items read from sentences
 * are no table, and the other sentences' items count beside them.
 */
import type { FoundLineItem } from './entity-scan';
import { lineIndexAt, type Line } from './entity-text';

/** A line that is a sentence: a capital, six words or more, a full stop at its end. */
export const SENTENCE_LINE = /^[ \t]*\p{Lu}\p{Ll}*(?:[ \t]+\S+){5,}[.!][ \t]*$/u;

/** Whether every item found stands on a line that is a sentence (so no table or list states the items). */
export function itemsOnlyInSentences(items: FoundLineItem[], lines: Line[]): boolean {
  return items.every((item) => SENTENCE_LINE.test(lines[lineIndexAt(lines, item.start)]?.text ?? ''));
}
