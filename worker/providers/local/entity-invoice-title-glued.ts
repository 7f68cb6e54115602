/**
 * A scan that loses the blank inside a document's title glues its kind to the invoice word:
 * "TAXINV0ICE   No. MVR-26-118", "VATINVOICE No 2026/14". The invoice word then opens no word of its own,
 * and its number went unread. A kind of invoice glued before the word is part of the label. A plain source
 * pattern (unfolded): the caller folds it with the other invoice words. Near miss: a word merely ending in
 * those letters ("Syntaxinvoice") is no title, as the kind must open its word.
 */
export const GLUED_INVOICE_KIND = '(?:tax|vat|sales)(?=invoice)';
