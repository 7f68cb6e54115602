/**
 * What a date is, from the text around it rather than the label before it: the words after it
 * ("tritt am 1. April 2025 in Kraft"), the date it is joined to as a period ("1 March - 28 February"),
 * and a line of meter readings. Each function labels in place the dates `entity-labels` left unlabelled.
 */
import { foldPattern } from './entity-ocr';
import type { Span } from './entity-text';

/**
 * Words after a date that say what it is, for sentences that name the date first: "tritt am
 * 1. April 2025 in Kraft", "1 March 2025 (the "Effective Date")", "läuft am 31.03.2026 ab".
 */
const EFFECTIVE_AFTER = /^[ \t,]*(?:\((?:the\s+)?["“]?(?:effective|commencement|start)\s+date|in\s*kraft|en\s+vigueur|in\s+vigore|en\s+vigor|em\s+vigor|van\s+kracht|wirksam)/iu;
const END_AFTER = /^[ \t,]*(?:\((?:the\s+)?["“]?(?:expiry|expiration|end|termination)\s+date|ab(?=[\s.,;]|$))/iu;

/** Labels for dates their own words do not label, from the words right after them; `labels` is changed in place. */
export function labelDatesByWhatFollows(text: string, dates: Span[], labels: (string | undefined)[]): void {
  dates.forEach((date, i) => {
    if (labels[i] !== undefined) return;
    const next = dates[i + 1];
    const newline = text.indexOf('\n', date.end);
    const after = text.slice(date.end, Math.min(next?.start ?? text.length, newline < 0 ? text.length : newline));
    if (EFFECTIVE_AFTER.test(after)) labels[i] = 'effective';
    else if (END_AFTER.test(after)) labels[i] = 'end';
  });
}

/** What joins the two ends of a period: "1 March 2025 - 28 February 2026", "dal 1° luglio al 30 giugno", OCR's "t0". */
const RANGE_JOIN = /^[ \t]*(?:[-–—]|t[o0]|till|until|through|bis(?:\s+zum)?|au|al|a|hasta(?:\s+el)?|até|tot(?:\s+en\s+met)?|t\/m)[ \t]*$/iu;

/**
 * Dates joined as a period on one line: the first starts it, the second ends it, unless their own
 * words say otherwise. `labels` is changed in place; `dates` must be sorted by start.
 */
export function labelDateRanges(text: string, dates: Span[], labels: (string | undefined)[]): void {
  for (let i = 1; i < dates.length; i += 1) {
    const first = dates[i - 1];
    const second = dates[i];
    if (!first || !second || !RANGE_JOIN.test(text.slice(first.end, second.start))) continue;
    // A period of supply ends within it: "Leistungszeitraum: 01.03.2026 – 31.03.2026".
    if (labels[i - 1] === 'delivery' && labels[i] === undefined) labels[i] = 'delivery';
    if (labels[i - 1] !== undefined && labels[i - 1] !== 'effective') continue;
    if (labels[i] !== undefined) continue;
    labels[i - 1] = 'effective';
    labels[i] = 'end';
  }
}

/**
 * A utility's meter readings: "Meter 14M 2038   read 31 Mar 2026   previous 02 Jan 2026", "Lectura
 * anterior: 1.204 m3 (31/12/2025)", "Zählerstand am 31.03.2026". Their dates say when a meter was read,
 * never when the bill was issued. Matched folded, as OCR damages these lines too.
 */
const METER_READING = new RegExp(
  foldPattern('(?<![\\p{L}])(?:meter[^\\n]*?(?<![\\p{L}])read(?:s|ings?)?|(?:meter\\s+)?readings?|lectura|lettura|leitura|zählerstand|ablesung|relevé\\s+(?:du\\s+)?compteur|meterstand)(?![\\p{L}])'),
  'u',
);

/** Dates nothing else labels, on a line of meter readings, are readings; `labels` is changed in place. */
export function labelReadingDates(folded: string, dates: Span[], labels: (string | undefined)[]): void {
  dates.forEach((date, i) => {
    if (labels[i] !== undefined) return;
    const lineEnd = folded.indexOf('\n', date.start);
    const line = folded.slice(folded.lastIndexOf('\n', date.start) + 1, lineEnd < 0 ? folded.length : lineEnd);
    if (METER_READING.test(line)) labels[i] = 'reading';
  });
}
