/** Finds a filled-in signature; a blank "Signature: ________" line means the document is not signed yet. */
import type { Span } from '../providers/local/entity-text';

/**
 * Not "shall be signed by" or "not signed", which announce or deny a signature rather than record
 * one. The look-behind is bounded so long runs of blanks cannot make it quadratic.
 */
const SIGNATURE_MARKER =
  /(?<![\p{L}])(?<!(?:shall|must|will|should|to|may|be|not)\s{1,3}(?:be\s{1,3})?)(?:(?:signed\s+by|signé\s+par|unterschrieben\s+von|signed|signatures?|unterschrift|signé)(?![\p{L}])|\/s\/)\s*[:：]?/giu;
/** What follows the marker up to the next column ("Signature: Jane Doe      Date: ..."). */
const COLUMN_END = /\s{2,}|\t|$/mu;
const BLANK_FILL = /[_.\-–—\s]/gu;

export interface SignatureScan {
  signed: Span | null;
  /** A signature line was found but left empty. */
  blank: Span | null;
}

export function findSignature(text: string): SignatureScan {
  let blank: Span | null = null;
  for (const match of text.matchAll(SIGNATURE_MARKER)) {
    const afterMarker = match.index + match[0].length;
    const lineEnd = text.indexOf('\n', afterMarker);
    const rest = text.slice(afterMarker, lineEnd < 0 ? text.length : lineEnd);
    const stop = COLUMN_END.exec(rest.trimStart());
    const leading = rest.length - rest.trimStart().length;
    const signer = rest.trimStart().slice(0, stop ? stop.index : undefined);
    const end = afterMarker + leading + signer.length;
    const span = { start: match.index, end, text: text.slice(match.index, end).trim() };
    if (/\p{L}{2}/u.test(signer.replace(BLANK_FILL, ''))) return { signed: span, blank: null };
    blank ??= { ...span, text: match[0].trim() };
  }
  return { signed: null, blank };
}
