/**
 * A tax the vendor paid for the customer and charges on, marked as a disbursement on its row:
 * "Import GST (disbursement)  1,611.28", "Einfuhrumsatzsteuer (Auslage)  412,00", "TVA import (débours)".
 * A customs broker's row like that is an item of the invoice, not the invoice's own tax.
 */
import { foldPattern } from './entity-ocr';

/** The mark, in brackets or after a dash, in the languages of the labels (matched folded). */
const DISBURSEMENT_MARK = new RegExp(
  `(?:\\(|[–-][ \\t])[ \\t]*${foldPattern('(?:disbursements?|outlay|auslagen?|durchlaufende[ \\t]+posten|d[ée]bours|anticipazion[ei]|spese[ \\t]+anticipate|suplidos?|voorschot(?:ten)?|adiantamentos?)')}[ \\t]*\\)?`,
  'u',
);

/** Whether a row's words mark its figure as a disbursement; `folded` is the row before the figure, folded. */
export function marksDisbursement(folded: string): boolean {
  return DISBURSEMENT_MARK.test(folded);
}
