/** Marks a decision's evidence in the text it was drawn from. */
import { h, type Child } from './dom.js';

interface Range {
  start: number;
  end: number;
}

/** Where each quote occurs in `text` (case-insensitive, whitespace-tolerant); overlapping matches are merged. */
export function evidenceRanges(text: string, quotes: string[]): { ranges: Range[]; missing: string[] } {
  const ranges: Range[] = [];
  const missing: string[] = [];
  for (const quote of quotes) {
    const trimmed = quote.trim();
    if (!trimmed) continue;
    const pattern = new RegExp(trimmed.split(/\s+/).map(escapeRegExp).join('\\s+'), 'gi');
    let found = false;
    for (const match of text.matchAll(pattern)) {
      if (match.index === undefined || match[0].length === 0) continue;
      ranges.push({ start: match.index, end: match.index + match[0].length });
      found = true;
    }
    if (!found) missing.push(trimmed);
  }
  ranges.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return { ranges: merged, missing };
}

export function highlighted(text: string, quotes: string[]): { node: HTMLElement; missing: string[]; marks: number } {
  const { ranges, missing } = evidenceRanges(text, quotes);
  const parts: Child[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(h('mark', {}, text.slice(r.start, r.end)));
    at = r.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return { node: h('pre', { class: 'source-text', tabindex: 0, 'aria-label': 'Your text with the evidence highlighted' }, ...parts), missing, marks: ranges.length };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
