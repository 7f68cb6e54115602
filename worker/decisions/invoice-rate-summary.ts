/**
 * A VAT summary table under the items, one row per rate, each giving the rate's base, its tax and
 * perhaps its gross, and perhaps a row of totals:
 *
 *   Sats   Grunnlag   MVA                       Stawka / Rate | Netto / Net | VAT | Brutto / Gross
 *   15 %   42 344,00   6 351,60                 5 % | 2 198,00 | 109,90 | 2 307,90
 *   25 %   2 090,00   522,50                    np. (kaucja / deposit) | 240,00 | 0,00 | 240,00
 *                                               Razem / Total | 4 082,00 | 488,02 | 4 570,02
 *
 * Read figure by figure, a row's base looks like a subtotal or a tax, its gross like the invoice's total,
 * and one rate's tax like the whole tax at that rate on every item. The table is read as a whole
 * instead: each rate's tax must be its base times its rate (and base plus tax its gross, and the rows
 * must make the totals row), and the invoice's tax is the rows' taxes together, which the totals check.
 * A row charging the wrong tax at its rate stays a contradiction.
 */
import type { FoundLineItem, LabelledAmount } from '../providers/local/entity-scan';
import { splitLines, type Line } from '../providers/local/entity-text';
import { money, type DecisionBuilder } from './decision-builder';
import { agrees, sum, type Figure } from './invoice-sums';

/** A tax's name in the table's heading row (matched case-blind): "Sats Grunnlag MVA", "taxa | incidência | imposto". */
const TAX_HEADING = /(?<![\p{L}])(?:vat|mva|moms|iva|mwst|ust|tva|btw|gst|hst|tax|imposta|imposto|impuesto|podatek|alv|dph|pdv|áfa|kdv)(?![\p{L}])/iu;
/** A row opening with its rate: "15 %", "5,5% |", "23%". */
const RATE_OPENING = /^[ \t|]*(\d{1,2}(?:[.,]\d{1,2})?)[ \t]*%/u;
/** A row opening with words and no figure (an exemption, "np. (kaucja / deposit)", "exempt", or the totals' "Razem / Total"). */
const WORDS_OPENING = /^[ \t|]*\p{L}[^\d\n]{0,40}$/u;
/** The totals row's word. */
const TOTAL_WORD = /(?<![\p{L}])(?:total[e]?|totaal|totalt|razem|summe|summa|sum|suma|i[ \t]+alt|yhteensä|samtals|ogółem|insgesamt)(?![\p{L}])/iu;
/** Between the figures of a row: only column gaps, bars and currency signs or codes. */
const BETWEEN_FIGURES = /^[ \t|]*(?:\p{Sc}|[A-Z]{3}|kr\.?|zł)?[ \t|]*$/u;

export interface RateRow {
  rate: number | null;
  base: number;
  tax: number;
  gross?: number;
  line: Line;
}

export interface RateSummary {
  rows: RateRow[];
  totals?: RateRow;
  /** Where the heading row starts and the last row ends. */
  start: number;
  end: number;
}

/** The row's figures as base, tax and gross, when it holds two or three and nothing else but its opening cell. */
function rowFigures(line: Line, amounts: LabelledAmount[]): { opening: string; values: number[] } | null {
  const own = amounts.filter((amount) => amount.start >= line.start && amount.end <= line.end);
  const first = own[0];
  if (!first || own.length < 2 || own.length > 3) return null;
  for (let i = 1; i < own.length; i += 1) {
    if (!BETWEEN_FIGURES.test(line.text.slice((own[i - 1]?.end ?? 0) - line.start, (own[i]?.start ?? 0) - line.start))) return null;
  }
  if (!BETWEEN_FIGURES.test(line.text.slice((own[own.length - 1]?.end ?? 0) - line.start))) return null;
  return { opening: line.text.slice(0, first.start - line.start), values: own.map((amount) => amount.value) };
}

function readRow(line: Line, amounts: LabelledAmount[]): RateRow | null {
  const figures = rowFigures(line, amounts);
  if (!figures) return null;
  const [base = 0, tax = 0, gross] = figures.values;
  const rate = RATE_OPENING.exec(figures.opening);
  if (rate) return BETWEEN_FIGURES.test(figures.opening.slice(rate[0].length)) ? { rate: Number((rate[1] ?? '').replace(',', '.')), base, tax, gross, line } : null;
  return WORDS_OPENING.test(figures.opening) ? { rate: null, base, tax, gross, line } : null;
}

/**
 * The summary table below the last item: a heading row without figures naming the tax, then rows that
 * open with a rate (one at least) or with words, and perhaps a totals row; null when there is none.
 */
export function readRateSummary(text: string, amounts: LabelledAmount[], items: FoundLineItem[]): RateSummary | null {
  const lines = splitLines(text);
  const lastItem = items.reduce((last, item) => Math.max(last, item.start), -1);
  for (let no = 1; no < lines.length; no += 1) {
    const heading = lines[no - 1];
    const first = lines[no];
    if (!heading || !first || heading.start < lastItem || !TAX_HEADING.test(heading.text) || amounts.some((amount) => amount.start >= heading.start && amount.end <= heading.end)) continue;
    const rows: RateRow[] = [];
    let totals: RateRow | undefined;
    for (let at = no; at < lines.length; at += 1) {
      const line = lines[at];
      const row = line && readRow(line, amounts);
      if (!row) break;
      if (row.rate === null && TOTAL_WORD.test(line.text)) {
        totals = row;
        break;
      }
      rows.push(row);
    }
    if (!rows.some((row) => row.rate !== null)) continue;
    return { rows, totals, start: heading.start, end: (totals ?? rows[rows.length - 1])?.line.end ?? heading.end };
  }
  return null;
}

/**
 * The figures with the table read as a whole: its rows' figures dropped, and in their place the taxes
 * of its rows together, unless a tax figure outside the table states it (then the table breaks it
 * down), and its totals row's gross as the total when no total is stated elsewhere.
 */
export function withRateSummary(figures: Figure[], summary: RateSummary | null): Figure[] {
  if (!summary) return figures;
  const kept = figures.filter((figure) => figure.start < summary.start || figure.start > summary.end);
  const added: Figure[] = [];
  const firstRow = summary.rows[0];
  if (firstRow && !kept.some((figure) => figure.label === 'tax')) {
    const taxes = summary.totals?.tax ?? sum(summary.rows.map((row) => row.tax));
    // Its rate is checked here row by row, on each row's own base (see `checkRateSummary`).
    added.push({ label: 'tax', value: Math.round(taxes * 100) / 100, currency: null, start: firstRow.line.start, evidence: (summary.totals ?? firstRow).line.text.trim(), rateChecked: true });
  }
  const totals = summary.totals;
  if (totals?.gross !== undefined && !kept.some((figure) => figure.label === 'total')) {
    added.push({ label: 'total', value: totals.gross, currency: null, start: totals.line.start, evidence: totals.line.text.trim() });
  }
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

/** Each row's tax is its base at its rate (a cent of rounding), its gross base plus tax, and the rows make the totals row. */
export function checkRateSummary(summary: RateSummary | null, verdict: DecisionBuilder): void {
  if (!summary) return;
  for (const row of summary.rows) {
    const evidence = row.line.text.trim();
    if (row.rate !== null && !agrees((row.base * row.rate) / 100, row.tax, 1)) {
      verdict.fail(`tax at the stated ${row.rate}% of ${money(row.base)} is ${money((row.base * row.rate) / 100)}, not ${money(row.tax)}`, evidence);
    }
    if (row.gross !== undefined && !agrees(row.base + row.tax, row.gross, 1)) {
      verdict.fail(`base ${money(row.base)} plus tax ${money(row.tax)} is ${money(row.base + row.tax)}, not ${money(row.gross)}`, evidence);
    }
  }
  const totals = summary.totals;
  if (!totals) return;
  const count = summary.rows.length;
  const parts: [string, number, number | undefined][] = [
    ['bases', sum(summary.rows.map((row) => row.base)), totals.base],
    ['taxes', sum(summary.rows.map((row) => row.tax)), totals.tax],
    // Gross amounts only where every row states its own.
    ['gross amounts', sum(summary.rows.map((row) => row.gross ?? 0)), summary.rows.every((row) => row.gross !== undefined) ? totals.gross : undefined],
  ];
  for (const [name, value, stated] of parts) {
    if (stated === undefined || agrees(value, stated, count)) continue;
    verdict.fail(`the tax summary's ${name} add up to ${money(value)}, not ${money(stated)}`, ...summary.rows.map((row) => row.line.text.trim()), totals.line.text.trim());
  }
}
