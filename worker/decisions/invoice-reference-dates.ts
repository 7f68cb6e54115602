/**
 * A date after another document's reference and "of" dates that document, not the invoice: "under
 * conservation area consent 26/00141/TCA of 9 February 2026", "your order PO-4471 of 3 March 2026",
 * "Bestellung 2026/118 vom 02.03.2026". Such a date is no stand-in for an unlabelled issue date. The
 * invoice's own reference so dated ("my invoice 2026-58 of 4 November 2026", "factuur 12 van 3 mei") still counts.
 */

/** A word, a reference with a digit in it, and "of"/"dated"/"vom"/"du"/"van" right before the date (a line break may part them). */
const REFERENCE_OF =
  /(?<![\p{L}])(?<word>\p{L}{2,})[ \t]+(?:(?:no|nr|n[°º])\.?[ \t]*)?(?=[\p{L}\d/.-]*\d)[\p{L}\d][\p{L}\d/.-]*[ \t]+(?:of|dated|vom|du|del|van)\s+$/iu;
/** The invoice's own title words: its reference dates the invoice. */
const INVOICE_WORD = /^(?:invoice|bill|rechnung|facture|factura|fattura|factuur|fatura|faktura|inv)$/iu;

/** Whether the words right before `start` in `text` date another document by its reference. */
export function isReferenceDate(text: string, start: number): boolean {
  const word = REFERENCE_OF.exec(text.slice(Math.max(0, start - 80), start))?.groups?.word;
  return word !== undefined && !INVOICE_WORD.test(word);
}
