/**
 * A bare number heading ("No.", "N°", "Nummer / Number") straight before a date heading in a header row
 * flattened to single blanks, under an invoice title:
 *
 *   FACTUUR / INVOICE
 *   Noorderlaan 12 Nummer / Number Datum / Date
 *   2030 Antwerpen AB/26/118 05/05/2026
 *
 * As with "Invoice No. Invoice Date" (entity-invoice-number-before-date), the number is the token straight
 * before the first date of the row below; the heading's column holds a postcode. Read only when the
 * document is titled an invoice (a title in capitals before the first date will do) and no label names
 * its number (see `untitledNumbers`).
 */
import { foldPattern } from './entity-ocr';
import { tokenBeforeFirstDate } from './entity-invoice-number-before-date';
import { lineIndexAt, type Line, type Span } from './entity-text';

const NUMBER_WORD = `(?:${foldPattern('(?:number|nummer|num(?:éro|ero)|número)')}|n[o0]\\.?|nr\\.?|n\\.?[°º]\\.?)`;
/** The number word, perhaps glossed ("Nummer / Number"), one blank before the date heading (which `tokenBeforeFirstDate` checks). */
const FLAT_BARE_HEADING = new RegExp(`(?<![\\p{L}\\d])${NUMBER_WORD}(?:[ \\t]*/[ \\t]*${NUMBER_WORD})?(?= \\S)`, 'gimu');

/** A capitalised word straight before the number word ("Job No.", "Customer No."): another heading's number. */
const OTHER_NUMBER_BEFORE = /(?<![\p{L}\d'’-])\p{Lu}\p{L}*\.?[ \t]+$/u;

/**
 * An invoice title in capitals, which a flattened header joins to the sender's name and the customer's heading
 * with single blanks ("Scheldeport NV FACTUUR / INVOICE Klant / Customer"), where the title reader wants it alone in its cell.
 */
const CAPITAL_TITLE = /(?<![\p{L}])(?:INVOICE|FACTUUR|FACTURE|FAKTURA|RECHNUNG|FATTURA|FACTURA|FATURA)(?![\p{L}])/u;

/**
 * The tokens before the first date under each flattened bare number heading; `titled`: the title reader found
 * an invoice title; `referenceAt` reads a reference at a text offset.
 */
export function flatBareHeadingNumbers(text: string, folded: string, lines: Line[], dates: Span[], titled: boolean, referenceAt: (offset: number) => Span | null): Span[] {
  if (!dates.length) return [];
  const firstDate = Math.min(...dates.map((date) => date.start));
  if (!titled && !CAPITAL_TITLE.test(text.slice(0, firstDate))) return [];
  const found: Span[] = [];
  for (const match of folded.matchAll(FLAT_BARE_HEADING)) {
    // "Job No. Due Date": a capitalised word before the number word makes it that word's number, not the invoice's.
    if (OTHER_NUMBER_BEFORE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    const offset = tokenBeforeFirstDate(folded, lines, lineIndexAt(lines, match.index), match.index + match[0].length, dates);
    const reference = offset === null ? null : referenceAt(offset);
    if (reference) found.push(reference);
  }
  return found;
}
