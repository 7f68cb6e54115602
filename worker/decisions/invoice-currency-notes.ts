/**
 * Amounts a seller's legal notes print in its home currency, whatever currency it invoices in: the
 * company's share capital in a registration footer ("Capitale sociale € 120.000 i.v.", "SAS au capital de
 * 10 000 €", "Stammkapital 25.000 EUR") and the fixed recovery fee every French business invoice must
 * state ("indemnité forfaitaire pour frais de recouvrement : 40 €"). They are not charged on the
 * invoice, so they make no second currency: an Italian maker invoicing in GBP does not mix currencies.
 */

/** The note's words, then at most a short gap (a colon, "de", "of") before the amount. */
const LEGAL_NOTE_BEFORE =
  /(?<![\p{L}])(?:capitale\s+sociale|capital\s+social|au\s+capital(?:\s+social)?\s+de|share\s+capital|stammkapital|grundkapital|maatschappelijk\s+kapitaal|geplaatst\s+kapitaal|capital\s+souscrit|frais\s+de\s+recouvrement|indemnit[ée]\s+forfaitaire(?:\s+pour\s+frais\s+de\s+recouvrement)?)(?:\s+(?:de|of|von|i\.?\s*v\.?|versato|interamente\s+versato|eingezahlt))*[\s:.,–-]*(?:[A-Z]{3}|[€£$])?\s*$/iu;

/** How far before an amount its note's words may start (on the same line). */
const REACH = 80;

/** Whether the amount at `start` in `text` is such a legal note's. */
export function isLegalNoteAmount(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return LEGAL_NOTE_BEFORE.test(text.slice(Math.max(lineStart, start - REACH), start));
}
