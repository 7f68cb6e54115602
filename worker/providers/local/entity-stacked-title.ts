/**
 * A document's title alone on its line right over a flattened label block ("TAX INVOICE" over "Invoice
 * number", "Date of invoice", "Account", ...) reads as one more label, and the block then has a label more
 * than its values ("UCH 26/0412", "2026/05/19", ...). The title names no value: the block starts below it.
 */
const DOCUMENT_TITLE = /^[ \t]*(?:(?:tax|vat|sales|commercial|proforma|pro[ \t-]forma|final)[ \t]+)?(?:invoice|bill|receipt|credit[ \t]+note|statement)[ \t]*$/iu;

export function isDocumentTitle(text: string): boolean {
  return DOCUMENT_TITLE.test(text);
}
