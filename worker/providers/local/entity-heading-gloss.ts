/**
 * A bilingual heading row names each column twice, the two names parted by a slash: "BTW 21% / VAT 21%
 * Totaal / Total" over "1.009,05 5.914,05" has two columns, not four. Flattened to single blanks, the
 * row shows no gaps to tell, so a heading of the same kind as the one before it, with a slash between
 * them and no other heading, is that column's gloss and opens no column of its own ("Net / VAT / Total",
 * three kinds, stays three).
 */

/** Only the rest of the first heading (a rate, a qualifier) and the slash between the two names. */
const GLOSS_BETWEEN = /^[^/]{0,16}\/[ \t]*$/u;

/** Whether the heading `hit` (its label and start in `foldedHeader`) glosses the column before it, which ended at `previousEnd`. */
export function glossesPrevious(foldedHeader: string, previous: { label: string; end: number } | undefined, hit: { label: string; start: number }): boolean {
  if (!previous || previous.label !== hit.label || hit.start < previous.end) return false;
  return GLOSS_BETWEEN.test(foldedHeader.slice(previous.end, hit.start));
}
