/**
 * A number printed in two cells of a header row, its series and then its number: Uruguay's e-Factura box
 * "RUT EMISOR   TIPO CFE   SERIE   NÚMERO   FECHA" over "2161...   e-Factura   A   0004512   20/07/2026", and
 * Spanish and Latin American headers alike ("Serie  Número  Fecha" over "FV  2026-0188  14/03/2026"). The
 * invoice goes by both together, written with one blank: "A 0004512". Read only when the row below pairs off
 * with the header cell for cell, the series is a short code of capitals and the number holds digits only.
 */
import { cellsOf } from './entity-header-columns';
import { nonBlankLineBelow, type Line, type Span } from './entity-text';

/** A cheap test before any line is split into cells. */
const SERIES_WORD = /seri[eij]/iu;
const SERIES_HEADING = /^(?:serie|series|série|seria|serija)$/iu;
const NUMBER_HEADING = /^(?:n[úu]mero|number|nro\.?|no\.?|n[°º]\.?|nr\.?|folio)$/iu;
/** One to four capitals, perhaps with digits after them ("A", "FV", "B001"). */
const SERIES_VALUE = /^\p{Lu}{1,4}\d{0,3}$/u;
const NUMBER_VALUE = /^\d[\d-]{0,14}$/u;

export function seriesColumnNumbers(text: string, lines: Line[]): Span[] {
  if (!SERIES_WORD.test(text)) return [];
  const found: Span[] = [];
  lines.forEach((header, lineNo) => {
    if (!SERIES_WORD.test(header.text)) return;
    const headings = cellsOf(header.text);
    const at = headings.findIndex((cell, k) => SERIES_HEADING.test(cell.text) && NUMBER_HEADING.test(headings[k + 1]?.text ?? ''));
    if (at < 0) return;
    const row = lines[nonBlankLineBelow(lines, lineNo)];
    const cells = row ? cellsOf(row.text) : [];
    const series = cells[at];
    const number = cells[at + 1];
    if (!row || cells.length !== headings.length || !series || !number || !SERIES_VALUE.test(series.text) || !NUMBER_VALUE.test(number.text)) return;
    found.push({ start: row.start + series.start, end: row.start + number.start + number.text.length, text: `${series.text} ${number.text}` });
  });
  return found;
}
