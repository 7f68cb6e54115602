/**
 * An invoice over several pages carries the sum of one page's rows to the next ("Total page 1 : 3 661,00"
 * / "--- page 2/2 ---" / "Report : 3 661,00"; "Zwischensumme Seite 1" / "Seite 2" / "Übertrag"). The
 * carried figure repeats the rows above it: read as one more row it counts them twice, and the page's
 * total read as the subtotal stops short of the second page's rows. Both are set apart: the carried line
 * is no item and the page's total no figure of the invoice. The carried figure must still be what the
 * rows above it make, or the page total it carries; a figure carried wrong stays a contradiction.
 */
import type { FoundLineItem, ScannedDocument } from '../providers/local/entity-scan';
import { splitLines, type Line } from '../providers/local/entity-text';
import { money, type DecisionBuilder } from './decision-builder';
import { agrees, sum, type Figure } from './invoice-sums';

/** The words that carry a sum over a page: German, French, Italian, Spanish, Portuguese, Dutch, Nordic and English. */
const CARRY_WORD =
  '(?:übertrag|uebertrag|report|à[ \\t]+reporter|reporté|riporto|a[ \\t]+riportare|suma[ \\t]+anterior|suma[ \\t]+y[ \\t]+sigue|transporte|transport|overførsel|overført|carried[ \\t]+forward|brought[ \\t]+forward|carry[ \\t]+forward|[bc]/f(?:wd)?)';
/** A page's name with its number: "page 1", "Seite 2 von 2", "pagina 2", "side 1". */
const PAGE = /(?<![\p{L}])(?:page|seite|pagina|página|side|sida|strona|blad|blatt|sheet)[ \t]*\d/iu;
/** A carried line: the carry word (perhaps "von Seite 1", "de la page 1"), a colon, and then only its figure and its currency. */
const CARRY_LINE = new RegExp(
  `^[ \\t|]*${CARRY_WORD}(?:[ \\t]+(?:von|from|de[ \\t]+la|de|da|van|fra)?[ \\t]*(?:seite|page|pagina|página|side|blad)[ \\t]*\\d+)?[ \\t]*[:.]?[ \\t|]*` +
    `(?:\\p{Sc}|[A-Z]{3}|kr\\.?)?[ \\t]*-?\\d[\\d.,'’ ]*(?:[ \\t]*(?:\\p{Sc}|[A-Z]{3}))?[ \\t|]*$`,
  'iu',
);

export interface PageCarry {
  item: FoundLineItem;
  /** The rows above it (earlier carries left out) and what they make. */
  above: number;
  count: number;
  /** The page total(s) between the last row above and the carried line. */
  pageTotals: Figure[];
  /** The lines between the last row above and the carried line, which name the page. */
  between: Line[];
}

/**
 * The carried lines among the items: a carry word and one figure alone on its line, with a page named
 * (a page's total or a page's heading) between it and the last row above it.
 */
export function readPageCarries(text: string, items: FoundLineItem[], figures: Figure[]): PageCarry[] {
  const lines = splitLines(text);
  const carries: PageCarry[] = [];
  for (const item of items) {
    const line = lines.find((candidate) => candidate.start <= item.start && item.start <= candidate.end);
    if (!line || !CARRY_LINE.test(line.text)) continue;
    const rows = items.filter((row) => row.start < line.start && !carries.some((carry) => carry.item === row));
    const lastRow = rows[rows.length - 1];
    if (!lastRow) continue;
    const between = lines.filter((candidate) => candidate.start > lastRow.start && candidate.end < line.start);
    if (!between.some((candidate) => PAGE.test(candidate.text))) continue;
    const pageTotals = figures.filter((figure) => figure.start > lastRow.start && figure.start < line.start && between.some((candidate) => candidate.start <= figure.start && figure.start <= candidate.end && PAGE.test(candidate.text)));
    carries.push({ item, above: Math.round(sum(rows.map((row) => row.amount)) * 100) / 100, count: rows.length, pageTotals, between });
  }
  return carries;
}

/** The document without its carried lines among the items. */
export function withoutCarriedLines(doc: ScannedDocument, carries: PageCarry[]): ScannedDocument {
  if (!carries.length) return doc;
  return { ...doc, lineItems: doc.lineItems.filter((item) => !carries.some((carry) => carry.item === item)) };
}

/** The figures without the page totals and the carried lines' own figures. */
export function withoutPageFigures(figures: Figure[], carries: PageCarry[]): Figure[] {
  if (!carries.length) return figures;
  const dropped = new Set(carries.flatMap((carry) => carry.pageTotals));
  return figures.filter((figure) => !dropped.has(figure) && !carries.some((carry) => carry.item.start <= figure.start && figure.start <= carry.item.end));
}

/** A carried figure is what the rows above it make, or the page total it carries. */
export function checkPageCarries(carries: PageCarry[], verdict: DecisionBuilder): void {
  for (const carry of carries) {
    const carried = carry.item.amount;
    if (agrees(carried, carry.above, carry.count) || carry.pageTotals.some((total) => agrees(total.value, carried, 1))) continue;
    const pageTotal = carry.pageTotals[carry.pageTotals.length - 1];
    const what = pageTotal ? `the page total ${money(pageTotal.value)}` : `the ${money(carry.above)} the rows above it make`;
    verdict.fail(`the figure carried forward, ${money(carried)}, is not ${what}`, ...(pageTotal ? [pageTotal.evidence] : []), carry.item.text);
  }
}
