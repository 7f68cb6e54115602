/**
 * The evidence a rule cites: the smallest span that supports a reason and still reads on its own,
 * which is the line it stands on, or, when that line is long (prose) or is the whole input, the
 * sentence or clause. Always a slice of the input, never the whole of it, at most 200 characters.
 */

export const MAX_EVIDENCE = 200;

/** Sentence ends: a stop before a blank ("650.00 and" is no end), and semicolons. */
const SENTENCE_END = /[.!?;](?=\s)/g;
/** Clause ends inside a sentence. */
const CLAUSE_END = /[,:;](?=\s)|\s[-–—]\s/g;

interface Range {
  start: number;
  end: number;
}

function trimmed(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return { start, end };
}

/** The piece of `within` that holds [start, end), cut at `breaks` (each break's match ends a piece). */
function pieceAround(text: string, within: Range, start: number, end: number, breaks: RegExp): Range {
  let from = within.start;
  let to = within.end;
  const slice = text.slice(within.start, within.end);
  for (const cut of slice.matchAll(breaks)) {
    const at = within.start + cut.index + cut[0].length;
    if (at <= start) from = at;
    else if (at - cut[0].length >= end) {
      to = at;
      break;
    }
  }
  return trimmed(text, { start: from, end: to });
}

/** At most MAX_EVIDENCE characters around [start, end), cut at blanks. */
function windowAround(text: string, within: Range, start: number, end: number): Range {
  const spare = Math.max(0, MAX_EVIDENCE - (end - start));
  let from = Math.max(within.start, start - Math.floor(spare / 2));
  let to = Math.min(within.end, from + MAX_EVIDENCE);
  from = Math.max(within.start, Math.min(from, to - MAX_EVIDENCE));
  if (from > within.start) {
    const blank = text.indexOf(' ', from);
    if (blank >= 0 && blank < start) from = blank + 1;
  }
  if (to < within.end) {
    const blank = text.lastIndexOf(' ', to);
    if (blank > end) to = blank;
  }
  return trimmed(text, { start: from, end: to });
}

/**
 * The evidence for [start, end) of `text`: its line, else its sentence, else its clause, else a
 * window around it, whichever is first to be short enough and not the whole input.
 */
export function evidenceAt(text: string, start: number, end = start): string {
  const whole = trimmed(text, { start: 0, end: text.length });
  const fits = (range: Range): boolean => range.end - range.start <= MAX_EVIDENCE && range.end > range.start && !(range.start === whole.start && range.end === whole.end);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', Math.max(start, end - 1));
  const line = trimmed(text, { start: lineStart, end: newline < 0 ? text.length : newline });
  const stop = Math.max(start + 1, end);
  for (const range of [line, pieceAround(text, line, start, stop, SENTENCE_END), pieceAround(text, line, start, stop, CLAUSE_END), windowAround(text, line, start, stop)]) {
    if (fits(range)) return text.slice(range.start, range.end);
  }
  // Only the span itself is left; the input is nothing but it.
  const own = trimmed(text, { start, end: stop });
  return fits(own) ? text.slice(own.start, own.end) : '';
}

/** `span` (a slice of `text`) as evidence: itself when it fits, else the evidence around its end, where lines state their figures. */
export function boundedEvidence(text: string, span: string): string {
  const at = text.indexOf(span);
  if (at < 0 || !span.trim()) return '';
  if (span.length <= MAX_EVIDENCE && span.trim() !== text.trim()) return span;
  const end = at + span.length;
  return evidenceAt(text, Math.max(at, end - 1), end);
}
