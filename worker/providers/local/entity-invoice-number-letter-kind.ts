/**
 * Argentina (and Uruguay after it) prints the invoice's class, a single letter, after the word:
 * "FACTURA A", "Factura B", "FACTURA C", "FACTURA E" (export), "FACTURA M"; the number comes next,
 * often on the line below, after "N°": "FACTURA A" over "N° 0004-00018825" (point of sale, then the
 * number). The letter stands between the word and its number word, so it is read as the invoice's
 * kind, and only with a number word after it: "Factura a nombre de ..." (made out to ...) and
 * "factura a no residentes" name no number ("no" alone is Spanish for "not", so it is not a number word here).
 */

/** The invoice word, its class letter, then (looked ahead, not taken) the number word. Blanks are written as `[ \t]`, not `\s+`, which folding would make optional. */
export const FACTURA_CLASS_LETTER = 'factura[ \\t]+[abcem](?![\\p{L}\\d])(?=[ \\t]*\\n?[ \\t]*(?:n[°º]|n\\.|nro\\.|#|número|num\\.))';
