/**
 * The titles lawyers, tax advisers, surveyors and translators give their invoices: a "fee note".
 * They head the document as "Invoice" does and carry its number: "HONORARNOTE Nr. 26/0931" (Austrian),
 * "NOTE D'HONORAIRES n° NH-26-0419" (French), "Ereloonnota nr. VB/26/0588" (Flemish), "Fee Note No. MK-26-2207",
 * the Swiss lawyer's "Honorarrechnung Nr. 2026-0517" (its "rechnung" inside the word, which no word boundary opens).
 * OCR may split a word with a blank ("FEE N OTE"): one blank after the n of "note" is allowed, only there.
 * The Dutch lawyer's "Declaratie" names a claim of any kind too (expenses, customs), so only with its
 * number word after it: "Declaratienummer 2026.1184", "Declaratie nr. 26-118".
 * A plain source pattern (unfolded): the caller folds it with the other invoice words.
 */
export const FEE_NOTE_WORDS = "(?:fee\\s+n ?ote|honorar(?:note|rechnung)|ereloonnota|note\\s+d['’]\\s*honoraires|declaratie(?=nummer|nr\\b|[ \\t]+(?:nummer|nr|no)\\b))";
