/**
 * Finds a filled-in signature in English, German, French, Italian, Spanish, Dutch or Portuguese;
 * a blank "Signature: ________" line means the document is not signed yet.
 */
import { leadingName, looksLikeName } from '../providers/local/entity-party-names';
import type { Span } from '../providers/local/entity-text';

const MARKER_WORDS = [
  'signed\\s+by', 'signé\\s+par', 'unterschrieben\\s+von', 'unterzeichnet\\s+von', 'firmado\\s+por', 'firmato\\s+da', 'ondertekend\\s+door', 'getekend\\s+door', 'assinado\\s+por',
  'signed', 'signatures?', 'signé', 'signée', 'unterschrift(?:en)?', 'unterzeichnet', 'gez\\.', 'firma(?:s)?', 'firmado', 'firmato', 'f\\.to', 'fdo\\.?',
  'handtekening(?:en)?', 'getekend', 'ondertekend', 'w\\.g\\.', 'assinatura(?:s)?', 'assinado', 'ass\\.',
];
/**
 * Not "shall be signed by", "must be signed", "doit être signé", "deberá ser firmado" or "not
 * signed", which announce or deny a signature rather than record one. The look-behind is bounded so
 * long runs of blanks cannot make it quadratic.
 */
const SIGNATURE_MARKER = new RegExp(
  `(?<![\\p{L}])(?<!(?:shall|must|will|should|to|may|be|not|être|ser|essere|worden|werden|nicht|pas|no|non|niet|não)\\s{1,3}(?:be\\s{1,3})?)(?:(?:${MARKER_WORDS.join('|')})(?![\\p{L}])|\\/s\\/)`,
  'giu',
);
/** The colon after the marker, perhaps after who signs: "Signature (Client):", "Signed for and on behalf of X:", "Firma del Cliente:". */
const ROLE_BEFORE_COLON =
  /^[ \t]*(?:\([^)\n]{0,60}\)|(?:for|of|on\s+behalf|pour|für|per|por|voor|del|de\s+la|de|des|der|van|do|da|dos)(?![\p{L}])[^:：\n]{0,80})?[ \t]*[:：]/iu;
/** What follows the marker up to the next column ("Signature: Jane Doe      Date: ..."). */
const COLUMN_END = /\s{2,}|\t|\||$/mu;
/** The next field on the line: "____ Date: ____", "Jane Doe Name: ...", a second "Firma: ____". */
const NEXT_FIELD =
  /\s(?:date|datum|fecha|data|nom|name|naam|nome|nombre|lieu|ort|place|luogo|lugar|plaats|signature|signed|sign[ée]e?|unterschrift|firma|firmado|assinatura|handtekening)\s?[:：]/iu;
const BLANK_FILL = /[_.\-–—\s]/gu;
const SIGNATURE_WORD = new RegExp(`(?<![\\p{L}])(?:${MARKER_WORDS.join('|')})(?![\\p{L}])`, 'iu');
/** A German "Firma" is also a company: "Firma: Acme GmbH" names one, it signs nothing. */
const COMPANY = /(?<![\p{L}])(?:GmbH|AG|KG|UG|e\.\s?K|Ltd|Inc|LLC|SA|SAS|SARL|S\.L|S\.A|S\.p\.A|S\.r\.l|B\.?V|N\.?V|Lda)\.?(?![\p{L}])/u;

export interface SignatureScan {
  signed: Span | null;
  /** A signature line was found but left empty. */
  blank: Span | null;
}

/** The signer written after the marker on its line, with its offset; empty when the line is blank there. */
function signerAfter(text: string, afterMarker: number): { start: number; signer: string } {
  const lineEnd = text.indexOf('\n', afterMarker);
  let from = afterMarker;
  let rest = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
  // "Signature (Disclosing Party): ____" and "Signed for and on behalf of X: ____": the signature is after the colon.
  const role = ROLE_BEFORE_COLON.exec(rest);
  if (role) {
    from += role[0].length;
    rest = rest.slice(role[0].length);
  }
  const leading = rest.length - rest.trimStart().length;
  const body = rest.slice(leading);
  const stops = [COLUMN_END.exec(body)?.index, NEXT_FIELD.exec(body)?.index].filter((index): index is number => index !== undefined);
  return { start: from + leading, signer: body.slice(0, stops.length ? Math.min(...stops) : undefined) };
}

/** "Chloe Brennan (signed)", "Marc Dubois (signé)": a name confirmed as signed after it. */
function confirmedAfterName(text: string, markerStart: number, markerEnd: number): Span | null {
  if (text[markerStart - 1] !== '(' || text[markerEnd] !== ')') return null;
  const lineStart = text.lastIndexOf('\n', markerStart - 1) + 1;
  const before = text.slice(lineStart, markerStart - 1);
  if (!/\p{L}{2}/u.test(before)) return null;
  const start = lineStart + (before.length - before.trimStart().length);
  return { start, end: markerEnd + 1, text: text.slice(start, markerEnd + 1) };
}

/** "Signé par :" with the signer's name alone on the next line (not a blank to fill, not another field). */
function signerBelow(text: string, markerStart: number, afterMarker: number): Span | null {
  const lineEnd = text.indexOf('\n', afterMarker);
  if (lineEnd < 0 || !/^[ \t]*[:：][ \t]*$/u.test(text.slice(afterMarker, lineEnd))) return null;
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const next = text.slice(lineEnd + 1, nextEnd < 0 ? text.length : nextEnd);
  // Its first column: "Oliver Grant, Director      Date: 20 January 2025".
  const column = next.trim().split(/\s{2,}|\t|\|/u)[0] ?? '';
  const name = leadingName(column);
  if (!name || !looksLikeName(name) || /[_:：]/u.test(column) || SIGNATURE_WORD.test(column)) return null;
  const end = lineEnd + 1 + next.indexOf(column) + column.length;
  return { start: markerStart, end, text: text.slice(markerStart, end) };
}

export function findSignature(text: string): SignatureScan {
  let blank: Span | null = null;
  for (const match of text.matchAll(SIGNATURE_MARKER)) {
    const markerEnd = match.index + match[0].length;
    const confirmed = confirmedAfterName(text, match.index, markerEnd);
    if (confirmed) return { signed: confirmed, blank: null };
    const below = signerBelow(text, match.index, markerEnd);
    if (below) return { signed: below, blank: null };
    const { start, signer } = signerAfter(text, markerEnd);
    const end = start + signer.length;
    // "[signature] Name", as a PDF extraction renders a signature image: quote the bracket too.
    const from = text[match.index - 1] === '[' ? match.index - 1 : match.index;
    const span = { start: from, end, text: text.slice(from, end).trim() };
    const isCompany = /^firma$/iu.test(match[0]) && COMPANY.test(signer);
    if (/\p{L}{2}/u.test(signer.replace(BLANK_FILL, '')) && !isCompany) return { signed: span, blank: null };
    if (!isCompany) blank ??= { ...span, text: text.slice(match.index, Math.max(end, markerEnd)).trim() };
  }
  return { signed: null, blank };
}
