/**
 * Labels that name an invoice's number without an invoice word, read only when no invoice label names one:
 * - Mexico's CFDI prints the invoice's own number as "Serie y folio: A-2231" (or "Folio: 2231", "Serie/Folio:"),
 *   beside the "Folio fiscal (UUID)", the tax authority's stamp, which is not the number the invoice goes by;
 *   read only in a document that calls itself a factura or a CFDI. Chile's electronic invoice (DTE) calls it
 *   "Folio N° 58812".
 * - A British letter or mail gives its own reference as "Our ref.: THM-0426" ("Our reference:"); sending an
 *   invoice, that reference is the invoice's number. Only a code with letters, a digit and a dash or slash:
 *   "Our ref.: 4471" may be a file or client number, unless the clause that bills gives it ("we invoice you (our ref. 2026-0641)").
 */
import { foldPattern } from './entity-ocr';
import type { Span } from './entity-text';

// Chile's DTE writes it with a number sign instead of the colon: "FACTURA ELECTRÓNICA — Folio N° 58812".
const FOLIO_LABEL = /(?<![\p{L}])(?:serie\s+y\s+folio|serie[ \t]*\/[ \t]*folio|folio)(?![ \t]+fiscal)[ \t]*(?:[:：]|(?:n[°º]|nro\.|no\.|#)[ \t]*[:：]?)[ \t]*/giu;
const CFDI_TITLE = /(?<![\p{L}])(?:factura|cfdi)(?![\p{L}])/iu;
/**
 * Matched in the folded text (see `foldText`), so that a scan's "0ur Ref:" under "SALES INV0ICE" reads as "Our ref.:" under
 * "SALES INVOICE" does; a zero opening a word is left a digit by the fold, so it is named here.
 */
const OUR_REFERENCE = new RegExp(`(?<![\\p{L}\\d])[0o]${foldPattern('ur[ \\t]+ref(?:erence|\\.)?')}[ \\t]*[:：]?[ \\t]*`, 'gu');
const INVOICE_WORD = new RegExp(`(?<![\\p{L}])${foldPattern('invoice')}(?![\\p{L}])`, 'u');
/**
 * The reference given in the very clause that bills: "With this letter we invoice you (our ref. 2026-0641) for the
 * crates", "we hereby bill you, our reference 2026/118,". There it is the invoice's, though it is figures only;
 * on a line of its own ("Our ref.: 4471") such a reference may be a file or client number, so it is not read.
 */
const INVOICING_BEFORE = /(?<![\p{L}])(?:we|I)[ \t]+(?:hereby[ \t]+|herewith[ \t]+)?(?:invoice|bill)[ \t]+you[ \t]*[(,]?[ \t]*$/iu;
/** How far before "our ref." the billing words may start. */
const INVOICING_REACH = 40;

/** `folded` is `foldText(text)` (same offsets). */
export function otherLabelNumbers(text: string, folded: string, referenceAt: (offset: number) => Span | null): Span[] {
  const found: Span[] = [];
  if (CFDI_TITLE.test(text)) {
    for (const match of text.matchAll(FOLIO_LABEL)) {
      const reference = referenceAt(match.index + match[0].length);
      if (reference) found.push(reference);
    }
  }
  if (found.length || !INVOICE_WORD.test(folded)) return found;
  for (const match of folded.matchAll(OUR_REFERENCE)) {
    const reference = referenceAt(match.index + match[0].length);
    if (!reference || !/\d/u.test(reference.text) || !/[-/]/u.test(reference.text)) continue;
    if (/\p{L}/u.test(reference.text) || INVOICING_BEFORE.test(text.slice(Math.max(0, match.index - INVOICING_REACH), match.index))) found.push(reference);
  }
  return found;
}
