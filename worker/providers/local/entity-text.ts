/** Offsets, lines and keyword helpers shared by the entity finders; every span is a slice of the input. */
import { foldPattern, foldText } from './entity-ocr';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

const LINE_BREAK = /\r\n|\r|\n/g;

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    lines.push({ start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Where the line holding `offset` starts and ends (the end at its newline, or the text's end). */
export function lineAt(text: string, offset: number): { start: number; end: number } {
  const end = text.indexOf('\n', offset);
  return { start: text.lastIndexOf('\n', offset - 1) + 1, end: end < 0 ? text.length : end };
}

/** The line right above the line holding `offset`: where it starts, and its text without the newline; null on the first line. */
export function lineAbove(text: string, offset: number): { start: number; text: string } | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (lineStart === 0) return null;
  const start = text.lastIndexOf('\n', lineStart - 2) + 1;
  return { start, text: text.slice(start, lineStart - 1) };
}

/** The nearest non-blank line before line `lineNo` of `lines`, by index; -1 when none. */
export function nonBlankLineAbove(lines: Line[], lineNo: number): number {
  let above = lineNo - 1;
  while (above >= 0 && !lines[above]?.text.trim()) above -= 1;
  return above;
}

/** The nearest non-blank line after line `lineNo` of `lines`, by index; -1 when none. */
export function nonBlankLineBelow(lines: Line[], lineNo: number): number {
  let below = lineNo + 1;
  while (below < lines.length && !lines[below]?.text.trim()) below += 1;
  return below < lines.length ? below : -1;
}

/** The index of the line holding `offset` (lines sorted by start). */
export function lineIndexAt(lines: Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if ((lines[mid]?.start ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The matches of a global `pattern` in `text`, like `text.matchAll(pattern)` but without copying
 * the pattern: matchAll builds a new RegExp each call, and V8 recompiles a large pattern (the number
 * words of seven languages) whenever its compilation cache has been cleared, which costs more than the search.
 */
export function* execAll(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    yield match;
    // After an empty match, step over one character, a whole surrogate pair for a unicode pattern, as matchAll does.
    if (!match[0]) pattern.lastIndex += pattern.unicode && (text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1;
  }
}

/** The first match of a global `pattern` in `text`, found with the pattern itself (see `execAll`). */
export function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  pattern.lastIndex = 0;
  return match;
}

/** Keeps the earliest of overlapping spans, and the longest of those starting together. */
export function removeOverlaps<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

export function overlapsAny(span: { start: number; end: number }, others: { start: number; end: number }[]): boolean {
  return others.some((other) => span.start < other.end && other.start < span.end);
}

/**
 * Keyword boundaries that also work for accented words: `\b` is ASCII-only in JavaScript, so
 * `\béchéance` would never match after a space.
 */
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/**
 * A global Unicode pattern for keywords that start at a word boundary, tolerant of OCR damage,
 * case, accents and missing blanks. It must run on `foldText(text)` (as `keywordHits` does); its
 * offsets are the original text's.
 */
export function keywords(alternatives: string[]): RegExp {
  return new RegExp(`${NOT_AFTER_WORD}(?:${alternatives.map(foldPattern).join('|')})`, 'giu');
}

export interface LabelRule {
  label: string;
  pattern: RegExp;
}

export interface KeywordHit {
  label: string;
  start: number;
  end: number;
  rank: number;
}

/** Each rule's pattern anchored where it is tried (a word's start), made once per pattern. */
const anchored = new WeakMap<RegExp, RegExp>();
function stickyFor(pattern: RegExp): RegExp {
  let sticky = anchored.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source.startsWith(NOT_AFTER_WORD) ? pattern.source.slice(NOT_AFTER_WORD.length) : pattern.source, 'yiu');
    anchored.set(pattern, sticky);
  }
  return sticky;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(String.fromCharCode(code));
}

/**
 * Every keyword of `rules` in `context`, tried only where a word starts (keywords all do), which
 * is several times faster than scanning every position; pass `isFolded` when `context` already is
 * `foldText` output.
 */
export function keywordHits(context: string, rules: LabelRule[], isFolded = false): KeywordHit[] {
  const hits: KeywordHit[] = [];
  const folded = isFolded ? context : foldText(context);
  const patterns = rules.map((rule) => stickyFor(rule.pattern));
  for (let start = 0; start < folded.length; start += 1) {
    if (!isWordChar(folded.charCodeAt(start)) || (start > 0 && isWordChar(folded.charCodeAt(start - 1)))) continue;
    patterns.forEach((pattern, rank) => {
      pattern.lastIndex = start;
      const match = pattern.exec(folded);
      if (match) hits.push({ label: rules[rank]?.label ?? '', start, end: start + match[0].length, rank });
    });
  }
  return hits;
}

export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text);
}

/** The runs of filled lines, parted by blank lines. */
export function blocksOf(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.text.trim()) current.push(line);
    else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/** Two blanks or more, or a tab, between two non-blanks: where a flattened line's columns meet. */
const COLUMN_GAP_BETWEEN = /\S([ ]{2,}|\t)(?=\S)/u;

/**
 * A line's text before its first column gap, and where the text after the gap starts; null without
 * a gap. Two lines joined onto one ("Thanks so much!  Mel") read as the first and then the second.
 */
export function splitAtColumnGap(text: string): { before: string; afterStart: number } | null {
  const gap = COLUMN_GAP_BETWEEN.exec(text);
  return gap ? { before: text.slice(0, gap.index + 1), afterStart: gap.index + 1 + (gap[1]?.length ?? 0) } : null;
}
