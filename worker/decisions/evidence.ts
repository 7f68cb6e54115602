/**
 * Evidence must be text the caller can find in their own document. Models often change spacing or
 * case when they quote; such quotes are mapped back to the exact span of the document.
 */

const WHITESPACE_RUN = /\s+/;
const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;

function escapeRegex(literal: string): string {
  return literal.replace(REGEX_SPECIALS, '\\$&');
}

/** The exact span of `text` that `needle` quotes, tolerating different whitespace and case; null when absent. */
export function findSpan(text: string, needle: string): string | null {
  const trimmed = needle.trim();
  if (!trimmed) return null;
  if (text.includes(trimmed)) return trimmed;
  const words = trimmed.split(WHITESPACE_RUN).map(escapeRegex);
  const match = new RegExp(words.join('\\s+'), 'iu').exec(text);
  return match ? match[0] : null;
}

/** Splits quoted evidence into what the text supports (as exact spans, without repeats) and what it does not. */
export function groundEvidence(text: string, evidence: string[]): { kept: string[]; dropped: string[] } {
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const item of evidence) {
    const span = findSpan(text, item);
    if (span === null) dropped.push(item);
    else if (!kept.includes(span)) kept.push(span);
  }
  return { kept, dropped };
}
