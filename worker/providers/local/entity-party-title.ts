/**
 * A document's title read as a party's name: scans space letters apart and swap look-alikes
 * ("TAX INVO ICE", "lNVOICE", "TAX lNV0ICE"), so a title slips past the word lists that stop
 * "Tax Invoice" itself. Compared with spaces removed and look-alikes folded, on the whole name only,
 * so "Invoice Express Ltd" or "Taxinvoice Software GmbH" stay names.
 */

/** Folds OCR's look-alikes into one letter each: 0 → o, 1 / l / | → i, 5 → s. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s.\-_]+/gu, '')
    .replace(/0/gu, 'o')
    .replace(/[1l|]/gu, 'i')
    .replace(/5/gu, 's');
}

const TITLES = new Set(
  [
    'invoice', 'tax invoice', 'vat invoice', 'gst invoice', 'commercial invoice', 'proforma invoice', 'pro forma invoice',
    'credit note', 'statement', 'receipt', 'tax receipt', 'bill', 'rechnung', 'facture', 'factura', 'fattura', 'factuur', 'fatura', 'faktura',
    // A professional's bill: "FEE N0TE", "Honorarnote", "Note d'honoraires", "Nota de honorarios", "Debit note".
    'fee note', 'fee account', 'honorarnote', 'honorarrechnung', "note d'honoraires", 'nota de honorarios', 'debit note',
  ].map(fold),
);

/** Whether a would-be name is, letters folded and spaces dropped, only a document title. */
export function isDocumentTitle(name: string): boolean {
  return TITLES.has(fold(name));
}
