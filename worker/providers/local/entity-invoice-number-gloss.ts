/**
 * An invoice-number label in two languages stacked over its value, as bilingual invoices print it:
 *
 *   Facture            Numero
 *   Invoice            Number
 *   FA-2026-00387      FV 2026/0412
 *
 * Each of the two label lines holds a label alone (an invoice word, a number word, or both); the
 * line right under them holds the reference alone. A title over an address ("Meadowlark Clinic
 * Invoice" over "12 Elm Street") is no such pair: one line only, and the line under it is more
 * than a reference.
 */
import type { Line, Span } from './entity-text';

export interface GlossReaders {
  /** Whether a folded line is an invoice-number label and nothing else ("Facture", "Invoice number", "Numero"). */
  isNumberLabel(foldedLine: string): boolean;
  /** Whether a folded line names a number without an invoice word ("Numero", "No."): then an invoice title must stand above. */
  isBareNumberWord(foldedLine: string): boolean;
  /** The reference (perhaps with a series, "FV 2026/0412") starting at an offset of the text. */
  referenceAt(offset: number): Span | null;
}

/**
 * The references under stacked glossed labels; `titled` tells whether the document calls itself an invoice,
 * asked only where two label lines stand stacked (its pattern is a costly one to run on every document).
 */
export function glossedStackNumbers(folded: string, lines: Line[], titled: () => boolean, readers: GlossReaders): Span[] {
  const found: Span[] = [];
  for (let i = 0; i + 2 < lines.length; i += 1) {
    const [first, second, value] = [lines[i], lines[i + 1], lines[i + 2]] as [Line, Line, Line];
    const labels = [folded.slice(first.start, first.end).trim(), folded.slice(second.start, second.end).trim()];
    if (!labels.every((label) => label && readers.isNumberLabel(label))) continue;
    // "Numero" over "Number" names an invoice's number only under an invoice title.
    if (labels.every((label) => readers.isBareNumberWord(label)) && !titled()) continue;
    const own = value.text.trim();
    if (!own) continue;
    const reference = readers.referenceAt(value.start + value.text.indexOf(own));
    // The reference must fill its line: a value alone, not an address or a sentence.
    if (reference && reference.text === own) found.push(reference);
  }
  return found;
}
