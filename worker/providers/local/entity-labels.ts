/**
 * What a date or an amount is (issue/due date, total/tax...), read from the words just before it on
 * its line, or from a header line right above a line that holds only values (table layouts).
 * Keywords cover English, German, French, Italian, Spanish, Dutch and Portuguese business documents,
 * and tolerate OCR damage (see `keywords`).
 */
import { CURRENCY_CODES } from './entity-amounts';
import { foldPattern, foldText } from './entity-ocr';
import { DATE_LABEL_RULES, GENERIC_DATE_RULES } from './entity-date-labels';
import { AMOUNT_LABEL_RULES } from './entity-amount-labels';
import { headingOver } from './entity-header-columns';
import { depositChargedPerUnit } from './entity-unit-deposit';
import { sumWordInItemRow } from './entity-item-row-sum';
import { sumWordBeforeCount } from './entity-item-row-count-before';
import { glossedAmountLabel } from './entity-amount-label-gloss';
import { marksDisbursement } from './entity-disbursement';
import { qualifiesHeading } from './entity-tax-qualifier';
import { glossesPrevious } from './entity-heading-gloss';
import { lastHeadingLabel } from './entity-date-last-heading';
import { summaryRowTotal } from './entity-summary-row-total';
import { datedColumnLabel } from './entity-date-dated-columns';
import { netAfterDiscount } from './entity-amount-after-discount';
import { labelHandedDown, wordsHandedDown } from './entity-label-handed-down';
import { execAll, hasLetters, keywordHits, type KeywordHit, lineIndexAt, type LabelRule, type Line, type Span } from './entity-text';

/**
 * "Köln, den 15.04.2025", "Winterthur, 09.04.2025", "Padova, lì 12 luglio 2025": a place and a
 * date, where letters are dated (the issue date of an invoice, the signing date of a contract).
 */
const PLACE_AND_DATE = /(?:^|\s{2,})\p{Lu}[\p{L}' .-]{1,30},[ \t]*(?:(?:den|le|lì|li|il|el|a|am|on|em|op)[ \t]+)?$/u;

const MAX_WORDS_TO_DATE = 8;
const WORD = /\p{L}{2,}/gu;

function wordsBetween(context: string, from: number): number {
  return context.slice(from).match(WORD)?.length ?? 0;
}

/** Column gaps before a non-blank: two blanks or more, or a tab. */
const COLUMN_GAP = /(?: {2,}|\t)(?=\S)/gu;

/** Where the gap before a line's last column starts, when that column holds words of its own; -1 when there is none. */
function lastColumnGap(folded: string): number {
  let last = -1;
  for (const match of execAll(COLUMN_GAP, folded)) last = match.index;
  return last >= 0 && /\p{L}/u.test(folded.slice(last)) ? last : -1;
}

/** A field's value ending a column: a figure, or a word after a colon. */
const FIELD_END = /(?:\d|[:：][ \t]*\S+)[^ \t]*$/u;

/** For dates the closest keyword wins ("Issued 1 May, due 30 May"); "Date" alone is the weakest hint. */
function chooseDateLabel(context: string, folded = foldText(context)): string | undefined {
  // "Repair order: RO-5   Job card: 118/4   Date: 20 March 2026": the date's own column labels it, not one before it.
  // Only after a whole field ("Job card: 118/4"): OCR may split a label itself ("Due  date:").
  const gap = lastColumnGap(folded);
  if (gap > 0 && FIELD_END.test(folded.slice(0, gap))) {
    const own = chooseDateLabel(context.slice(gap), folded.slice(gap));
    if (own) return own;
  }
  const specific = keywordHits(folded, DATE_LABEL_RULES, true);
  if (specific.length) {
    let closest = specific.reduce((best, hit) => (hit.end > best.end ? hit : best));
    // "Invoice date / Date of supply: 10 March": one date under two names, of which the issue date is the invoice's.
    const issue = specific.find((hit) => hit.label === 'issue');
    if (issue && closest.label !== 'issue' && /^[ \t]*\/[ \t]*$/u.test(folded.slice(issue.end, closest.start))) closest = issue;
    // A keyword a whole clause before the date is about something else: "issued by X to Y and
    // cancels part of invoice 61 of February 28" says nothing of when February 28 was.
    if (wordsBetween(folded, closest.end) <= MAX_WORDS_TO_DATE) return closest.label;
  }
  if (PLACE_AND_DATE.test(context)) return 'place';
  return keywordHits(folded, GENERIC_DATE_RULES, true)[0]?.label;
}

/** "Total hours: 12.50", "Total qty 40.00": counts right after the label are not money ("Total for 3 days: 900.00" is). */
const COUNTED_UNITS =
  /^[\s(:]*(?:of\s+)?(?:hours?|hrs?|qty|quantity|items?|units?|pcs|pieces|days|words|pages|kg|km|miles|stunden|std|menge|stück|heures|jours|quantité|horas|días|cantidad|ore|giorni|quantità|uren|dagen|aantal|dias|quantidade)(?![\p{L}])/iu;

/** "Amount: £450.00", "Betrag: 500,00 €" opening a line: an amount that may be the total when nothing else is. */
const PLAIN_AMOUNT = /^[\s*_-]*(?:amount|betrag|montant|importe|importo|bedrag|valor|total\s+amount)[\s*_]*[:：][\s*_]*\S{0,4}\s*$/iu;

/** Words that deny the tax named after them: "(no VAT)", "without VAT", "ohne MwSt.", "sans TVA", "senza IVA", "zonder BTW". */
const NO_TAX_BEFORE = /(?<![\p{L}])(?:no|not|without|ohne|keine|sans|senza|sin|zonder|geen|sem)[ \t]+$/u;

/** A trader saying they charge no tax at all: "As I am not registered for VAT, the amount ... is". Folded, as the text is. */
const NOT_REGISTERED_BEFORE = new RegExp(`(?<![\\p{L}])${foldPattern('(?:not|no[ \\t]+longer|nicht)[ \\t]+(?:registered|liable)[ \\t]+(?:for|to)')}[ \\t]+$`, 'u');

/** What a tax adviser does, after the tax's name: "tax returns", "VAT advice", "tax planning", "corporation tax computation". Folded, as the text is. */
const TAX_SERVICE_AFTER = new RegExp(
  `^[ \\t-]*${foldPattern('(?:returns?|advice|planning|filing|registration|preparation|compliance|investigation|enquiry|consult|computations?|calculations?|reconciliations?|reviews?|reporting)')}(?![\\p{L}])`,
  'u',
);

/** An outlay the vendor made for the customer (matched folded): "paid on your behalf", "advanced on the client's behalf". */
const ON_YOUR_BEHALF = new RegExp(`(?<![\\p{L}])${foldPattern("(?:paid|advanced|settled|disbursed)[ \\t]+on[ \\t]+(?:your|(?:the|our)[ \\t]+client['’]?s?)[ \\t]+behalf")}(?![\\p{L}])`, 'u');

/** For amounts the first keyword wins, so "Total incl. VAT" is a total and "VAT on net" a tax. */
function chooseAmountLabel(context: string, folded = foldText(context)): string | undefined {
  // "Disbursements (no VAT): Land Registry fee": a tax said to be absent labels nothing.
  // "Personal tax returns x2", "VAT return, quarter to Feb": a service about tax, an item.
  const hits = keywordHits(folded, AMOUNT_LABEL_RULES, true).filter(
    (hit) => hit.label !== 'tax' || !(NO_TAX_BEFORE.test(folded.slice(Math.max(0, hit.start - 12), hit.start)) || NOT_REGISTERED_BEFORE.test(folded.slice(Math.max(0, hit.start - 30), hit.start)) || TAX_SERVICE_AFTER.test(folded.slice(hit.end, hit.end + 16))),
  );
  if (!hits.length) return PLAIN_AMOUNT.test(context) ? 'amount' : undefined;
  // "Import GST paid on your behalf 2,897.35": a disbursement, charged on as an item, not the invoice's tax nor a payment.
  if (ON_YOUR_BEHALF.test(folded) || marksDisbursement(folded)) return undefined;
  // Share capital outranks a tax number before it on the legal line ("P.IVA 0981 - Cap. Soc. EUR 50.000").
  if (hits.some((hit) => hit.label === 'capital')) return 'capital';
  // The first keyword wins; of two starting together the longer, more specific one ("Net à payer" over "Net"), then the higher rule.
  const length = (hit: KeywordHit): number => hit.end - hit.start;
  const first = hits.reduce((best, hit) =>
    hit.start < best.start || (hit.start === best.start && (length(hit) > length(best) || (length(hit) === length(best) && hit.rank < best.rank))) ? hit : best,
  );
  // "Jumla kabla ya VAT / Net:": an unknown label's gloss names the figure (see `entity-amount-label-gloss`).
  const glossed = glossedAmountLabel(folded, hits, first);
  if (glossed) return glossed;
  if (depositChargedPerUnit(first.label, context)) return undefined;
  // "Less the 10% discount, that's €2,547.00": what the discount leaves, the net (see `entity-amount-after-discount`).
  if (first.label === 'discount' && netAfterDiscount(folded.slice(first.end))) return 'subtotal';
  return COUNTED_UNITS.test(context.slice(first.end)) ? 'quantity' : first.label;
}

interface HeaderColumn {
  label: string;
  /** Where the column's heading starts on its line. */
  start: number;
}

/** Column headers in reading order, one label per column ("Invoice date   Due date"). */
/** Column gaps in a header row: two blanks or more, a tab, a bar. */
const HEADER_GAP = /[ ]{2,}|\t|\|/u;

/**
 * A charge's heading in a summary row ("Goods   Carriage   Net   VAT @ 20%   Invoice Total" over a row of
 * values): what is charged beside the goods, which the total adds (see `checkSums`). Only as a
 * heading over values alone, where a word of its own is all a column has; matched folded.
 */
const CHARGE_HEADING = new RegExp(`^[ \\t]*${foldPattern('(?:carriage|delivery|shipping|freight|postage|p\\s*&\\s*p|handling)(?:[ \\t]+(?:charges?|costs?))?')}[ \\t]*$`, 'u');

function chargeHeading(foldedText: string, kind: LabelKind): string | undefined {
  return kind === AMOUNT_LABELS && CHARGE_HEADING.test(foldedText) ? 'charge' : undefined;
}

function headerLabels(foldedHeader: string, kind: LabelKind): HeaderColumn[] {
  // Where the header has gaps, each of its columns is labelled on its own, as a label before a value is.
  if (HEADER_GAP.test(foldedHeader.trim())) {
    const columns: HeaderColumn[] = [];
    for (const segment of foldedHeader.matchAll(/[^\t|]+?(?=[ ]{2,}|\t|\||$)/gu)) {
      const text = segment[0];
      const label = text.trim() ? (kind.choose(text, text) ?? chargeHeading(text, kind)) : undefined;
      if (label) columns.push({ label, start: segment.index + (text.length - text.trimStart().length) });
    }
    return columns;
  }
  return hitColumns(foldedHeader, kind.rules);
}

/** A rate's word after or before a tax's name in a heading (matched folded: "rate", "satz", "%"; "taux", "aliquota", "tipo"). */
const RATE_AFTER = /^[ \t.-]*(?:rate|satz|%)(?![\p{L}])/u;
const RATE_BEFORE = /(?<![\p{L}])(?:taux|aliquota|tipo|tasa|tarief)[ \t]+(?:(?:de|d['’]|di|del)[ \t]*)?$/u;

function hitColumns(foldedHeader: string, rules: LabelRule[]): HeaderColumn[] {
  const hits = keywordHits(foldedHeader, rules, true).sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const columns: HeaderColumn[] = [];
  let lastEnd = -2;
  let previous: { label: string; end: number } | undefined;
  for (const hit of hits) {
    // Overlapping hits name one column, and so do adjacent ones when the second is the generic
    // last rule ("Due" + "date"), but not "Invoice date Due date" written with single blanks.
    if (hit.start < lastEnd || (hit.start <= lastEnd + 1 && hit.rank === rules.length - 1)) {
      lastEnd = Math.max(lastEnd, hit.end);
      continue;
    }
    // "Total incl. VAT": the tax's name belongs to the sum's heading (see `entity-tax-qualifier`).
    if (hit.label === 'tax' && qualifiesHeading(foldedHeader, hit.start)) continue;
    // "Totaal / Total": a gloss of the heading before it, no column of its own (see `entity-heading-gloss`).
    const gloss = glossesPrevious(foldedHeader, previous, hit);
    lastEnd = hit.end;
    previous = { label: hit.label, end: hit.end };
    if (gloss) continue;
    // "VAT Rate", "MwSt-Satz", "Taux TVA" head a column of percentages, which are no amounts: "Goods Value Net VAT Rate VAT
    // Invoice Total" over "1,610.50 20% 322.10 £1,932.60" pairs its three figures with net, VAT and total.
    if (RATE_AFTER.test(foldedHeader.slice(hit.end, hit.end + 8)) || RATE_BEFORE.test(foldedHeader.slice(Math.max(0, hit.start - 16), hit.start))) continue;
    columns.push({ label: hit.label, start: hit.start });
  }
  return columns;
}

/** OCR and hand-made tables drift by a character or two. */
const COLUMN_SLACK = 2;

/** The header column a value stands under: the last heading starting at or before it, if it starts close. */
function columnAt(columns: HeaderColumn[], offset: number): string | undefined {
  const candidates = columns.filter((column) => column.start <= offset + COLUMN_SLACK);
  const column = candidates[candidates.length - 1];
  return column && offset - column.start <= COLUMN_SLACK ? column.label : undefined;
}

interface LabelKind {
  /** `folded` is `foldText(context)`, when the caller has it already. */
  choose(context: string, folded?: string): string | undefined;
  rules: LabelRule[];
  /**
   * Whether a header may label the values of a line that also holds words, by column position
   * ("AOS-55102   05/14/2025   06/13/2025" under "Invoice Number   Invoice Date   Due Date").
   * Not for amounts: a line item under "Item  Qty  Tax  Total" would turn into a tax and a total.
   */
  byPosition: boolean;
}

export const DATE_LABELS: LabelKind = { choose: chooseDateLabel, rules: [...DATE_LABEL_RULES, ...GENERIC_DATE_RULES], byPosition: true };
export const AMOUNT_LABELS: LabelKind = { choose: chooseAmountLabel, rules: AMOUNT_LABEL_RULES, byPosition: false };

/** One label (or undefined) per item; `items` must be sorted by start; `folded` is `foldText` of the whole text. */
export function labelItems(lines: Line[], items: Span[], kind: LabelKind, folded: string): (string | undefined)[] {
  const byLine = new Map<number, Span[]>();
  const placed = items.map((item) => {
    const lineNo = lineIndexAt(lines, item.start);
    const group = byLine.get(lineNo) ?? [];
    byLine.set(lineNo, group);
    group.push(item);
    return { item, lineNo, position: group.length - 1 };
  });
  const headers = new Map<number, HeaderLayout | null>();
  return placed.map(({ item, lineNo, position }) => {
    const line = lines[lineNo];
    const onLine = byLine.get(lineNo) ?? [];
    if (!line) return undefined;
    const previous = onLine[position - 1];
    const from = previous?.end ?? line.start;
    const before = line.text.slice(from - line.start, item.start - line.start);
    // "@ £19.99 incl. VAT   £59.97": the words say the price before them includes tax; the figure after is the line's.
    if (previous && TAX_INCLUDED.test(before)) return undefined;
    // "EUR 920.00 net. VAT at 23% is EUR 211.60": a word closing the figure's sentence before is that figure's.
    const closing = previous ? (CLOSING_WORD.exec(before)?.[0].length ?? 0) : 0;
    const own = kind.choose(before.slice(closing), folded.slice(from + closing, item.start));
    // "2  Shrimp trawl net, 45 ft  2,450.00  4,900.00": the sum's word describes the item; its columns label the row.
    // "Shade net 55%, roll   8   9,750.00   78,000.00": so with the count after the description (see `entity-item-row-count-before`),
    // and "Net post footings replaced 2 $415.00 $830.00" set with single blanks, the count read as the row's first figure (see `entity-item-row-sum`).
    if (own && !(kind === AMOUNT_LABELS && (sumWordInItemRow(own, before, !previous, onLine) || sumWordBeforeCount(own, before, onLine, position)))) return own;
    // A value printed before its label, alone on its line: "03 Apr 2026 Due Date:", "S$2,144.03 Total:",
    // or in a right-hand column, its label after a column gap: "Otterbury Estates LLP   16/03/2026   Invoice date".
    // Unless they label a lone value on the next line, joined to this one (see `entity-label-handed-down`).
    if (!previous && (!before.trim() || /\S[ \t]{2,}$/u.test(before)) && onLine.length === 1 && !labelHandedDown(lines, lineNo, byLine)) {
      const after = line.text.slice(item.end - line.start);
      if (LABEL_AFTER_VALUE.test(after)) {
        const label = kind.choose(after.replace(/[:：]\s*$/u, ''), folded.slice(item.end, line.end).replace(/[:：]\s*$/u, ''));
        if (label) return label;
      }
    }
    // "Fecha de vencimiento:" with its value on the next line: the label line names it; so do the words
    // closing the line above after its own value ("R 5 259,15  Amount payable (ZAR)" over "R 40 320,15").
    if (!previous && !before.trim()) {
      const above = labelLineAbove(lines, lineNo, byLine) ?? wordsHandedDown(lines, lineNo, byLine, LABEL_AFTER_VALUE);
      const label = above && kind.choose(above.text, folded.slice(above.start, above.end));
      if (label) return label;
    }
    let columns = headers.get(lineNo);
    if (columns === undefined) {
      columns = headerColumns(lines, lineNo, byLine, kind, folded);
      headers.set(lineNo, columns);
    }
    // A summary row with words in a cell, under "Subtotal ... Invoice Total" (see `entity-summary-row-total`).
    if (!columns) return kind.byPosition ? undefined : summaryRowTotal(lines, lineNo, folded, item, position === onLine.length - 1, (words) => kind.choose(words, words), (no) => byLine.has(no));
    // Headings and values in the same order, one for one, when the blanks no longer line them up
    // ("Invoice number Invoice date Due date" over "PA-0318 01/04/2025 01/05/2025 30 days").
    const byOrder = columns.columns.length === onLine.length
      ? columns.columns[position]?.label
      : (periodColumn(columns.columns, line, onLine, position) ?? (kind.byPosition && !columns.gapped ? datedColumnLabel(columns.header, columns.columns, onLine.length, position) : undefined));
    // The heading of the value's cell, when the header and the row pair off cell for cell (see `entity-header-columns`).
    const cellHeading = (): string | undefined => {
      const heading = columns?.gapped ? headingOver(lines, lineNo, item.start) : undefined;
      // The folded text is sliced, not folded anew: `foldText` keeps the whole text's fold for the next reader.
      return heading ? kind.choose(heading.text, folded.slice(heading.start, heading.start + heading.text.length)) : undefined;
    };
    // A date heading closing the header labels the row's only date closing it (see `entity-date-last-heading`).
    const lastHeading = (): string | undefined => (kind.byPosition ? lastHeadingLabel(lines, lineNo, folded, columns.columns, item, onLine.length) : undefined);
    if (columns.ownWords) return (columns.gapped ? columnAt(columns.columns, item.start - line.start) : undefined) ?? byOrder ?? cellHeading() ?? lastHeading();
    if (byOrder) return byOrder;
    // Fewer values than headings: each under its own ("Valuta   Totale documento" over "EUR   1.323,70").
    const under = columns.gapped ? (columnAt(columns.columns, item.start - line.start) ?? cellHeading()) : undefined;
    if (under) return under;
    // A bilingual heading names one field twice ("Fällig am / Due date:" over "13.04.2025").
    const labels = new Set(columns.columns.map((column) => column.label));
    if (onLine.length === 1 && labels.size === 1) return columns.columns[0]?.label;
    return columns.columns.length === 1 && onLine.length === 1 ? columns.columns[0]?.label : lastHeading();
  });
}

/** Between the two dates of a period in a row of values: "01.02.2026 - 28.02.2026", "1 March to 31 March". */
const PERIOD_JOIN = /^[ \t]*(?:[-–—]|to|bis|au|al|a)[ \t]*$/iu;

/**
 * A period fills one column of a header row ("Rechnungsdatum Fällig am Leistungszeitraum" over "14.03.2026
 * 28.03.2026 01.02.2026 - 28.02.2026"): values and headings pair off in order once its two dates count as one.
 */
function periodColumn(columns: HeaderColumn[], line: Line, onLine: Span[], position: number): string | undefined {
  if (onLine.length <= columns.length) return undefined;
  let rank = -1;
  let own = -1;
  onLine.forEach((span, k) => {
    const previous = onLine[k - 1];
    if (!previous || !PERIOD_JOIN.test(line.text.slice(previous.end - line.start, span.start - line.start))) rank += 1;
    if (k === position) own = rank;
  });
  return rank + 1 === columns.length ? columns[own]?.label : undefined;
}

/** A tax said to be included, right after a figure, and nothing else before the next one. */
const TAX_INCLUDED = /^[ \t]*(?:incl\.?|inc\.?|including|inkl\.?|incluido|incluso|compris|inclusief)[ \t]+(?:VAT|tax|GST|MwSt\.?|USt\.?|IVA|TVA|BTW)[ \t]*$/iu;

/**
 * A word right after a figure that ends its clause ("920.00 net.", "100.00 gross,"), with the blank after it.
 * Not after a column gap, where a word opens the next cell: "Fecha 02/02/2026   Vto. 04/03/2026".
 */
const CLOSING_WORD = /^(?![ \t]{2})[ \t]*\p{L}+[.,;][ \t]+/u;

/**
 * The words after a value that label it, ending the line with their colon (" Due Date:"), or after a
 * column gap, long enough for a label glossed in another language ("Fecha de vencimiento (Payment due)").
 */
const LABEL_AFTER_VALUE = /^(?:[ \t]+\p{L}[\p{L} .'’/()-]{1,30}[:：]|[ \t]{2,}\p{L}[\p{L}\d .'’/()%@-]{1,44})[ \t]*$/u;

/**
 * The line above `lineNo` when it is a label waiting for its value: it holds no values and ends
 * with a colon, or is a short line of words alone ("Issue date" over "21/08/2025"), not a header
 * of several columns.
 */
const SHORT_LABEL_LINE = /^[\s*_#>-]*\p{L}[\p{L} .'’/()-]{1,30}$/u;

function labelLineAbove(lines: Line[], lineNo: number, byLine: Map<number, Span[]>): Line | undefined {
  let aboveNo = lineNo - 1;
  while (aboveNo >= 0 && !lines[aboveNo]?.text.trim()) aboveNo -= 1;
  const above = lines[aboveNo];
  return above && !byLine.has(aboveNo) && (/[:：]\s*$/u.test(above.text) || (SHORT_LABEL_LINE.test(above.text.trimEnd()) && !HEADER_GAP.test(above.text.trim()))) ? above : undefined;
}

interface HeaderLayout {
  columns: HeaderColumn[];
  /** The values line holds words of its own, so values are matched to headings by position. */
  ownWords: boolean;
  /** The header has column gaps; without them positions say nothing and only the order counts. */
  gapped: boolean;
  /** The header line, folded. */
  header: string;
}

const CURRENCY_WORD = new RegExp(`(?<![\\p{L}])(?:${CURRENCY_CODES.join('|')})(?![\\p{L}])`, 'gu');
/** A reference in a cell of its own, letters joined to digits ("SW-118204", "TR0442", "PO-5581"): a value, not words. */
const CODE_CELL = /(?<=^|[ \t]{2,}|\t|\|)[ \t]*(?=[^\s]*\d)(?=[^\s]*\p{L})[\p{L}\d/._-]+(?=[ \t]{2,}|\t|\||[ \t]*$)/gu;

/** The column labels of the header above a values line; null when there is none, or the line has words and `kind` does not allow that. */
function headerColumns(lines: Line[], lineNo: number, byLine: Map<number, Span[]>, kind: LabelKind, folded: string): HeaderLayout | null {
  const line = lines[lineNo];
  if (!line) return null;
  let rest = '';
  let cursor = line.start;
  for (const span of byLine.get(lineNo) ?? []) {
    rest += line.text.slice(cursor - line.start, span.start - line.start);
    cursor = span.end;
  }
  rest += line.text.slice(cursor - line.start);
  // A currency beside a figure ("EUR 5,780.00" under "Total:") is no words of the line's own.
  // Nor are references in their own cells, as a header row of values has them ("SW-118204   17/03/2026   TR0442").
  const ownWords = hasLetters(rest.replace(CURRENCY_WORD, '').replace(CODE_CELL, ''));
  if (ownWords && !kind.byPosition) return null;
  let headerNo = lineNo - 1;
  while (headerNo >= 0 && !lines[headerNo]?.text.trim()) headerNo -= 1;
  const header = lines[headerNo];
  // A line holding values of its own is a row, not a header.
  if (!header || byLine.has(headerNo)) return null;
  const headerText = folded.slice(header.start, header.end);
  return { columns: headerLabels(headerText, kind), ownWords, gapped: HEADER_GAP.test(headerText.trim()), header: headerText };
}
