/**
 * A stage or share of a fee billed on the line under it: "Stage 3 - Detailed design   18,500.00"
 * then "              40%     7,400.00". The item's figure above is the whole fee; what is charged
 * is the share, when the percentage of that fee gives it (to the cent).
 */
import type { FoundLineItem, LabelledAmount } from './entity-scan';
import { lineIndexAt, type Line } from './entity-text';

/** A line holding only a percentage and one figure: "   40%    7,400.00", "  25 %  EUR 1.250,00". */
const SHARE_LINE = /^[ \t]*(?<rate>\d{1,3}(?:[.,]\d{1,2})?)[ \t]*%[ \t]+(?:[A-Z]{3}[ \t]+|[€$£][ \t]*)?[\d.,' ]+[ \t]*$/u;

/** `items` with each fee replaced by the share of it charged on the next line, when one is. */
export function withBilledShares(items: FoundLineItem[], lines: Line[], amounts: LabelledAmount[]): FoundLineItem[] {
  return items.map((item) => {
    const next = lines[lineIndexAt(lines, item.start) + 1];
    const rate = next && SHARE_LINE.exec(next.text)?.groups?.rate;
    if (!next || !rate) return item;
    const share = amounts.find((amount) => amount.start >= next.start && amount.end <= next.start + next.text.length && !amount.label);
    if (!share) return item;
    const expected = (item.amount * Number(rate.replace(',', '.'))) / 100;
    return Math.abs(expected - share.value) <= 0.01 ? { ...item, amount: share.value } : item;
  });
}
