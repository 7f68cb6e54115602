/**
 * A due date asked for in a letter's sentence, the amount named right before the word "before" and
 * the date: "Graag ontvang ik het bedrag vóór 30 november 2026", "Bitte überweisen Sie den Betrag bis
 * zum 15.12.2026", "Merci de régler le montant avant le 5 mars", "abonar el importe antes del 30 de
 * junio", "saldare l'importo entro il 31 maggio", "Graag voldaan vóór 9 februari", "we look forward to receiving the amount before 1 May".
 * The words must end right at the date: "het bedrag voor de werkzaamheden van 3 november" (voor is
 * also "for") and "the amount for 1 May" name no due date.
 */
import type { Span } from './entity-text';

const AMOUNT_BEFORE = new RegExp(
  [
    '(?:bedrag|betaling|totaalbedrag)\\s+(?:graag\\s+)?(?:vóór|voor|uiterlijk(?:\\s+op)?)',
    // "Graag voldaan vóór 09-02-2026", "te voldoen uiterlijk op ...": asked to be paid by then ("voldaan op" is a paid day).
    '(?:voldaan|voldoen)\\s+(?:vóór|voor|uiterlijk(?:\\s+op)?)',
    '(?:betrag|rechnungsbetrag)\\s+(?:bitte\\s+)?(?:bis(?:\\s+(?:zum|spätestens))?|spätestens(?:\\s+(?:am|bis))?)',
    'montant\\s+(?:avant\\s+le|au\\s+plus\\s+tard\\s+le)',
    // The French payment terms then their last day: "Règlement à 30 jours, au plus tard le 19 décembre 2026",
    // "Paiement à réception, au plus tard le 16/12/2026", "Règlement à réception et au plus tard le ..."; a delivery's "au plus tard" names no payment word.
    '(?:règlement|paiement)(?:\\s+à\\s+(?:réception|\\d{1,3}\\s+jours(?:\\s+(?:fin\\s+de\\s+mois|nets?))?))?(?:\\s*,|\\s+et)?\\s+au\\s+plus\\s+tard\\s+le',
    'importe\\s+antes\\s+del?',
    'importo\\s+entro\\s+il',
    'amount\\s+(?:by|before)',
  ]
    .map((words) => `(?<![\\p{L}])${words}[ \\t]*$`)
    .join('|'),
  'iu',
);
/** How far back the words may start before the date. */
const REACH = 56;

/**
 * Due labels for such dates nothing else labels, or that a bare "bis zum" took for a period's end
 * (the amount right before it says it is a payment's day); `labels` is changed in place.
 */
export function labelAmountBeforeDates(text: string, dates: Span[], labels: (string | undefined)[]): void {
  dates.forEach((date, i) => {
    if (labels[i] !== undefined && labels[i] !== 'end') return;
    const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
    const before = text.slice(Math.max(lineStart, date.start - REACH), date.start);
    if (AMOUNT_BEFORE.test(before)) labels[i] = 'due';
  });
}
