/**
 * Stacked labels and values joined two lines at a time ("VAT 15%\nR 5 259,15  Amount payable (ZAR)\nR 40 320,15"):
 * the words after a value, at the end of its line, may be no label of that value but the label of a lone
 * value on the next line, which has no other. Read so when the next line is that lone value (nothing before
 * it, nothing after it): the words label the value below, and the value before them keeps the label above it.
 */
import { nonBlankLineAbove, nonBlankLineBelow, type Line, type Span } from './entity-text';

/** Whether line `no` holds one item alone: only a currency sign or code may stand beside it. */
function loneValue(line: Line, onLine: Span[] | undefined): boolean {
  const [item, ...more] = onLine ?? [];
  if (!item || more.length) return false;
  const rest = `${line.text.slice(0, item.start - line.start)} ${line.text.slice(item.end - line.start)}`;
  return /^[\s\p{Sc}]*(?:[A-Z]{1,3}\.?)?[\s\p{Sc}]*$/u.test(rest);
}

/** Whether the words after the value on line `lineNo` hand down to a lone value on the next line. */
export function labelHandedDown(lines: Line[], lineNo: number, byLine: Map<number, Span[]>): boolean {
  const nextNo = nonBlankLineBelow(lines, lineNo);
  const next = lines[nextNo];
  return next !== undefined && loneValue(next, byLine.get(nextNo));
}

/**
 * The words after the last value of the line above `lineNo`, when they hand down to the lone value on
 * line `lineNo` (see `labelHandedDown`); else undefined.
 */
export function wordsHandedDown(lines: Line[], lineNo: number, byLine: Map<number, Span[]>, labelAfterValue: RegExp): Line | undefined {
  const line = lines[lineNo];
  if (!line || !loneValue(line, byLine.get(lineNo))) return undefined;
  const aboveNo = nonBlankLineAbove(lines, lineNo);
  const above = lines[aboveNo];
  const last = byLine.get(aboveNo)?.at(-1);
  if (!above || !last) return undefined;
  const after = above.text.slice(last.end - above.start);
  if (!labelAfterValue.test(after)) return undefined;
  const words = after.trim();
  const start = above.start + (last.end - above.start) + after.indexOf(words);
  return { start, end: start + words.length, text: words };
}
