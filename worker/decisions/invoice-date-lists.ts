/**
 * Two whole dates joined by "and" (or "&", "und", "et", "y", "e", "en") name the days something happened:
 * "for transporting fourteen ponies on 13 July 2026 and 14 July 2026", "Lieferungen am 02.03.2026 und
 * 09.03.2026". An invoice is issued on one day, so neither is a stand-in for an unlabelled issue date
 * (run-together days, "on 2 and 3 March", are read in invoice-rules' DAY_RANGE_BEFORE).
 */
import type { LabelledDate } from '../providers/local/entity-scan';

const JOIN = /^[ \t]*(?:and|&|und|et|y|e|en)[ \t]+$/iu;

/** Whether `date` is joined to the date before or after it in `dates` (sorted by start) by "and". */
export function isListedDay(text: string, date: LabelledDate, dates: LabelledDate[]): boolean {
  const at = dates.indexOf(date);
  const before = dates[at - 1];
  const after = dates[at + 1];
  return (after !== undefined && JOIN.test(text.slice(date.end, after.start))) || (before !== undefined && JOIN.test(text.slice(before.end, date.start)));
}
