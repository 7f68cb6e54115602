/**
 * Dates near an invoice's that a reader knows are not when it was issued:
 * - India's e-invoice acknowledgement ("Ack Date: 15-Apr-2026" beside "IRN" and "Ack No."): the day the
 *   tax portal registered the invoice, which may be a day after the invoice's own "Dated:"; and the day
 *   Argentina's electronic authorisation code lapses ("Fecha de Vto. de CAE");
 * - a dispatch guide's date ("Guía de despacho N° 88213 del 13-11-2026"), Latin America's delivery note;
 * - the days of service visits ("Service visits: 2026/04/03, 2026/04/10"), when the work was done.
 * Plain source patterns: `keywords` folds them.
 */
export const ACKNOWLEDGEMENT_LABELS = [
  'ack(?:nowledg(?:e)?ment)?\\.?\\s+(?:date|dt\\.?)(?![\\p{L}])',
  // Argentina's electronic authorisation code lapses: "Fecha de Vto. de CAE: 29/05/2026" is no payment's due date.
  'vto\\.?\\s+(?:del?\\s+)?cae(?![\\p{L}])',
];
export const OTHER_DELIVERY_LABELS = ['gu[ií]a\\s+de\\s+(?:despacho|remisi[oó]n)', '(?:service|site|maintenance)\\s+visits?(?![\\p{L}])'];

/** What joins the dates of a list on one line: "2026/04/03, 2026/04/10 and 2026/04/17". */
const LIST_JOIN = /^[ \t]*(?:[,;&]|and|und|et|y|e|en)[ \t]*$/iu;

/**
 * The dates listed after a day of delivery or service, on its line, are days of it too: "Service visits:
 * 2026/04/03, 2026/04/10, 2026/04/17". Only dates nothing labels; `labels` is changed in place, `dates` sorted by start.
 */
export function labelDeliveryLists(text: string, dates: { start: number; end: number }[], labels: (string | undefined)[]): void {
  for (let i = 1; i < dates.length; i += 1) {
    const first = dates[i - 1];
    const second = dates[i];
    if (!first || !second || labels[i - 1] !== 'delivery' || labels[i] !== undefined) continue;
    if (LIST_JOIN.test(text.slice(first.end, second.start))) labels[i] = 'delivery';
  }
}
