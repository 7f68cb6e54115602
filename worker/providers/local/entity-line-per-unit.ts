/**
 * "5 x de-matting, per 15 min @ $15.00 = $75.00": the number after "per" before the price is the price's
 * unit (15 minutes), not how many; the count is the one the line opens with ("5 x"). Without such a count
 * the line states no product to check.
 */

/** "per 15 min", "pro 100 g", "par 10 m", right before the quantity cue's number. */
const PER_BEFORE = /(?<![\p{L}])(?:per|pro|par|je|por)[ \t]+$/iu;
/** The count opening the line: "5 x", "- 5 ×", "3 *". */
const LEADING_COUNT = /^[ \t]*(?:[-*•][ \t]*)?(?<qty>\d+(?:[.,]\d+)?)[ \t]*[x×*][ \t]/u;

/**
 * The quantity of a line whose cue `qty` (found at `at` in `before`) follows "per": the line's leading count,
 * or null when it opens with none; undefined when the cue is no price unit at all (keep it).
 */
export function quantityPastUnit(before: string, at: number): string | null | undefined {
  if (!PER_BEFORE.test(before.slice(Math.max(0, at - 8), at))) return undefined;
  return LEADING_COUNT.exec(before)?.groups?.qty ?? null;
}
