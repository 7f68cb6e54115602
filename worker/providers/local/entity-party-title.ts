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
    // The word for an invoice in Central and Eastern European and Nordic languages: Slovak, Slovenian and Croatian,
    // Latvian, Lithuanian, Hungarian, Finnish, Estonian, Icelandic.
    'faktúra', 'račun', 'rēķins', 'sąskaita faktūra', 'pvm sąskaita faktūra', 'számla', 'lasku', 'arve', 'reikningur',
  ].map(fold),
);

/** "Facture / Invoice", "RAČUN / INVOICE": a title glossed in another language after a slash, its last half a title. */
const GLOSS = /\s\/\s*([^/]+)$/u;

/** Whether a would-be name is, letters folded and spaces dropped, only a document title. */
export function isDocumentTitle(name: string): boolean {
  if (TITLES.has(fold(name))) return true;
  // Only a name with a slash between blanks can be a glossed title (a cheap test before the pattern).
  const gloss = name.includes('/') ? GLOSS.exec(name) : null;
  return gloss !== null && TITLES.has(fold(gloss[1] ?? ''));
}
