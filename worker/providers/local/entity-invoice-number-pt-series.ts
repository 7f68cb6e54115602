/**
 * Portuguese-style document numbers (Portugal's SAF-T, also Cabo Verde's and Angola's invoices): the document's
 * type code, a blank, its series, a slash and the number: "FT 2026/88" (fatura), "FR A/17" (fatura-recibo),
 * "FS 2026/3" (fatura simplificada), "NC 2026/4" (nota de crédito). A number word before it lets the reader take
 * the series apart already ("Fatura n.º FT 2026/88"); in a subject or a sentence the invoice word stands alone
 * before it ("Assunto: Fatura FT 2026/88", "a fatura FT 2026/88, emitida a ..."), and the bare "FT" would be
 * read as no number at all. The slash is required: "Fatura FT de maio" is no number.
 */

/** The type code, a blank, the series (letters or digits), a slash and the number, at the sticky position. */
const TYPE_SERIES_NUMBER = /(?:F[TRS]|N[CD]) [\p{L}\d-]*[\p{L}\d]\/\d+(?![\p{L}\d/])/uy;

/** Whether a Portuguese-style number with its type code opens `text` at `offset`. */
export function typeCodeSeriesAt(text: string, offset: number): boolean {
  TYPE_SERIES_NUMBER.lastIndex = offset;
  return TYPE_SERIES_NUMBER.test(text);
}
