/**
 * A reference that carries a date as its tail: "OCL/2026/04/07", "INV-2026-05-12". Its series letters
 * and separator glue the date into the number; a reader sees one reference, not a date. Such a labelled
 * reference is kept although a date lies in it, and that date is no date of the document's.
 */
import type { Span } from './entity-text';

/** Letters, then a separator, then the date: the date is the reference's tail. */
const SERIES_BEFORE = /^\p{L}[\p{L}\d]*[-/._]$/u;

/** Whether every date overlapping `span` lies inside it after series letters ("OCL/" before "2026/04/07"). */
export function holdsDateAsTail(span: Span, dates: Span[]): boolean {
  const inside = dates.filter((date) => span.start < date.end && date.start < span.end);
  return inside.length > 0 && inside.every((date) => date.start > span.start && date.end <= span.end && SERIES_BEFORE.test(span.text.slice(0, date.start - span.start)));
}

/** Whether `date` is the tail of one of `numbers`. */
export function insideReference(date: Span, numbers: Span[]): boolean {
  return numbers.some((number) => date.start > number.start && date.end <= number.end);
}
