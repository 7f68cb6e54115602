/**
 * Invoice number labels of Greek, Slovak (and Czech) and Bulgarian invoices that put the number word first
 * and the invoice word after it in the genitive: Greek "Αριθμός τιμολογίου: ΕΚΑ-0093", "Αρ. παραστατικού:",
 * Slovak "Číslo faktúry: 2026-0412" (Czech "Číslo faktury"), Bulgarian "Номер на фактура: 0000031177" (or the
 * number word written out after the invoice word, "Фактура номер 0000031177"), and
 * the Greek serial number "Α/Α: 417" (only with its colon: "Α/Α" alone heads the row numbers of an item table).
 * The Bulgarian "Фактура № 0000031177" (invoice word, then number sign) is read with the other invoice words
 * (see `BULGARIAN_INVOICE_WORDS`). Matched in the folded text (see `foldText`): accents dropped, lower case.
 */
import { foldPattern } from './entity-ocr';
import type { Span } from './entity-text';

/** The Bulgarian invoice word, "Фактура" (and "фактурата", the invoice), for the invoice words of entity-invoice-numbers. */
export const BULGARIAN_INVOICE_WORDS = 'фактура(?:та)?';

const NUMBER_FIRST_LABEL = new RegExp(
  `(?<![\\p{L}])(?:${foldPattern('(?:číslo|čís\\.|č\\.)\\s*faktúry')}|${foldPattern('(?:αριθμός|αριθ\\.|αρ\\.)\\s*(?:τιμολογίου|παραστατικού)')}|${foldPattern('(?:номер\\s+на\\s+фактура(?:та)?|фактура\\s+номер)')}|${foldPattern('α/α')}(?=[ \\t]*[:：]))(?![\\p{L}])[ \\t]*(?:[:：#][ \\t]*)?`,
  'giu',
);

/** The numbers after those labels; `referenceAt` reads the reference at an offset (a series apart allowed: "ΤΠΥ 2026/417"). */
export function numberFirstLabelNumbers(folded: string, referenceAt: (offset: number) => Span | null): Span[] {
  const found: Span[] = [];
  for (const match of folded.matchAll(NUMBER_FIRST_LABEL)) {
    const reference = referenceAt(match.index + match[0].length);
    if (reference) found.push(reference);
  }
  return found;
}
