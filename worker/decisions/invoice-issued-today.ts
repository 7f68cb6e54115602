/**
 * A mail that says the invoice it carries was issued the day it was written: "Please see below our invoice,
 * issued today, for ...", "Attached is today's invoice", "Anbei unsere heutige Rechnung", "facture émise ce
 * jour", "factura emitida hoy". Its issue date is then the Date: header of that very message: the last mail
 * header date above the sentence (in a forward, the original message's, not the forwarder's).
 */
import type { LabelledDate } from '../providers/local/entity-scan';
import { onMailHeader } from './invoice-mail';

const INVOICE = '(?:invoice|bill|rechnung|facture|factura|fattura|factuur|fatura)';
const ISSUED = '(?:issued|dated|raised|made\\s+out|drawn\\s+up|ausgestellt|erstellt|émise|établie|emitida|expedida|emessa|uitgereikt)';
const TODAY = '(?:today|heute|aujourd[\'’]hui|ce\\s+jour|hoy|oggi|vandaag|hoje)';
/** The invoice word, at most a few words (no sentence end), the issuing word and "today"; or "today's invoice", "heutige Rechnung". */
const ISSUED_TODAY = new RegExp(
  `(?<![\\p{L}])(?:${INVOICE}(?:[ \\t,]+[^\\s.!?;:,]+){0,6}?[ \\t,]+${ISSUED}[ \\t]+(?:(?:on|am|le|el|il|op|em)[ \\t]+)?${TODAY}|today['’]s[ \\t]+${INVOICE}|heutige[ \\t]+${INVOICE})(?![\\p{L}])`,
  'iu',
);

/** The Date: header of the message that says its invoice was issued today; undefined when no such sentence or header. */
export function issuedTodayHeaderDate(text: string, dates: LabelledDate[]): LabelledDate | undefined {
  const said = ISSUED_TODAY.exec(text);
  if (!said) return undefined;
  return dates.filter((date) => date.iso !== null && date.start < said.index && onMailHeader(text, date.start)).pop();
}
