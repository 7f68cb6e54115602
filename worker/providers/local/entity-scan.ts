/**
 * One pass over a business document that finds invoice numbers, dates, amounts, parties and line
 * items, keeping their offsets so the decision rules can cite the lines they come from.
 */
import { findAmounts, CURRENCY_CODES, type FoundAmount } from './entity-amounts';
import { findDates, type FoundDate } from './entity-dates';
import { AMOUNT_LABELS, DATE_LABELS, labelItems } from './entity-labels';
import { findParties, type FoundParty } from './entity-parties';
import { keywords, lineIndexAt, overlapsAny, removeOverlaps, splitLines, WORD_END, type Line, type Span } from './entity-text';

export interface LabelledDate extends FoundDate {
  label?: string;
}

export interface LabelledAmount extends FoundAmount {
  label?: string;
}

export interface FoundLineItem extends Span {
  amount: number;
}

export interface ScannedDocument {
  invoiceNumbers: Span[];
  dates: LabelledDate[];
  amounts: LabelledAmount[];
  currencies: string[];
  parties: FoundParty[];
  lineItems: FoundLineItem[];
}

const INVOICE_WORD = '(?:invoice|rechnungs?|facture|factura|fattura)';
const NUMBER_WORD = `(?:no\\.?|number|nr\\.?|nummer|num(?:éro|ero)?\\.?|n[°º]\\.?|n\\.|#|id${WORD_END})`;
/**
 * A reference with at least one digit, not ending in punctuation: INV-2024-001, 2024-17, F-889.
 * Never the start of an amount: in "Total factura: 641,30 €" the 641 is money, not a number.
 */
const REFERENCE = '(?<value>(?=[\\p{L}\\d_/.-]*\\d)[\\p{L}\\d](?:[\\p{L}\\d_/.-]*[\\p{L}\\d])?)(?![\\p{L}\\d]|[.,]\\d)';
/**
 * "Invoice No: INV-2024-001", "Invoice #12345", "Rechnung Nr. 2024-17", "Facture n° F-889", "N° de facture : FA-1".
 * No two blank-matching quantifiers touch, so a long run of blanks is matched one way only.
 */
const INVOICE_NUMBER = new RegExp(
  `(?<![\\p{L}])(?:${INVOICE_WORD}(?:[\\s-]*${NUMBER_WORD})?|(?:n[°º]|num(?:éro|ero)|no\\.?)\\s*(?:de\\s+)?facture)[\\s:;#]*${REFERENCE}`,
  'giu',
);
/** "Invoice Number" heading a column of a table; its value stands under it on the next line. */
const INVOICE_NUMBER_HEADING = new RegExp(`(?<![\\p{L}])${INVOICE_WORD}[ \\t-]*${NUMBER_WORD}(?=[ \\t]{2,}|[ \\t]*$)`, 'gimu');
const COLUMN_REFERENCE = new RegExp(`^${REFERENCE}`, 'u');
/** OCR and hand-made tables drift by a character or two. */
const COLUMN_SLACK = 2;
/** A bare "INV-2024-001" with no label in front of it. */
const INVOICE_CODE = /(?<![\w-])INV[-/]?\d[\w/-]*\w|(?<![\w-])INV[-/]?\d/g;

const STANDALONE_CODE = new RegExp(`(?<![\\p{L}])(?:${CURRENCY_CODES.join('|')})(?![\\p{L}])`, 'gu');

/** Lines that carry money but are not goods or services sold. */
const NOT_AN_ITEM = keywords(
  ['due', 'pay(?:ment|able|s)?', 'balance', 'iban', 'bic', 'swift', 'account', 'konto', 'compte', 'zahlung', 'paiement', 'credit', 'guthaben'].map(
    (word) => `${word}${WORD_END}`,
  ),
);
/** An item line ends with its amount, perhaps followed by a one-letter tax code or table border. */
const ITEM_LINE_TAIL = /^[\s|*]*(?:\p{Lu}[\s|*]*)?$/u;

function headingInvoiceNumbers(text: string, lines: Line[]): Span[] {
  const found: Span[] = [];
  for (const match of text.matchAll(INVOICE_NUMBER_HEADING)) {
    let lineNo = lineIndexAt(lines, match.index);
    const column = match.index - (lines[lineNo]?.start ?? 0);
    do lineNo += 1;
    while (lineNo < lines.length && !lines[lineNo]?.text.trim());
    const below = lines[lineNo];
    if (!below) continue;
    // The token that starts within the slack of the heading's column.
    const from = Math.max(0, column - COLUMN_SLACK);
    const offset = below.text.slice(from, column + COLUMN_SLACK + 1).search(/(?<=^|\s)\S/u);
    if (offset < 0 || (from + offset > 0 && !/\s/.test(below.text[from + offset - 1] ?? ''))) continue;
    const value = COLUMN_REFERENCE.exec(below.text.slice(from + offset))?.groups?.value;
    if (value) found.push({ start: below.start + from + offset, end: below.start + from + offset + value.length, text: value });
  }
  return found;
}

function findInvoiceNumbers(text: string, lines: Line[], dates: Span[]): Span[] {
  const found: Span[] = headingInvoiceNumbers(text, lines);
  for (const match of text.matchAll(INVOICE_NUMBER)) {
    const value = match.groups?.value ?? '';
    const start = match.index + match[0].length - value.length;
    found.push({ start, end: start + value.length, text: value });
  }
  for (const match of text.matchAll(INVOICE_CODE)) found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  return removeOverlaps(found.filter((span) => !overlapsAny(span, dates)));
}

function isItemLine(line: Line, onLine: LabelledAmount[]): boolean {
  const first = onLine[0];
  const last = onLine[onLine.length - 1];
  if (!first || !last || onLine.some((amount) => amount.label)) return false;
  const description = line.text.slice(0, first.start - line.start);
  // `search` ignores the global flag's lastIndex, unlike `test`.
  if (!/\p{L}{2}/u.test(description) || line.text.search(NOT_AN_ITEM) >= 0) return false;
  return ITEM_LINE_TAIL.test(line.text.slice(last.end - line.start));
}

function findLineItems(lines: Line[], amounts: LabelledAmount[]): FoundLineItem[] {
  const byLine = new Map<number, LabelledAmount[]>();
  for (const amount of amounts) {
    const index = lineIndexAt(lines, amount.start);
    const group = byLine.get(index);
    if (group) group.push(amount);
    else byLine.set(index, [amount]);
  }
  const items: FoundLineItem[] = [];
  for (const [index, onLine] of byLine) {
    const line = lines[index];
    const last = onLine[onLine.length - 1];
    if (!line || !last || !isItemLine(line, onLine)) continue;
    const leading = line.text.length - line.text.trimStart().length;
    const start = line.start + leading;
    const end = line.start + line.text.trimEnd().length;
    items.push({ start, end, text: line.text.trim(), amount: last.value });
    for (const amount of onLine) amount.label = 'line';
  }
  return items.sort((a, b) => a.start - b.start);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export function scanDocument(text: string): ScannedDocument {
  const lines = splitLines(text);
  const rawDates = findDates(text);
  const dateLabels = labelItems(lines, rawDates, DATE_LABELS);
  const dates: LabelledDate[] = rawDates.map((date, i) => ({ ...date, label: dateLabels[i] }));
  const invoiceNumbers = findInvoiceNumbers(text, lines, rawDates);
  const rawAmounts = findAmounts(text, [...rawDates, ...invoiceNumbers]);
  const amountLabels = labelItems(lines, rawAmounts, AMOUNT_LABELS);
  const amounts: LabelledAmount[] = rawAmounts.map((amount, i) => ({ ...amount, label: amountLabels[i] }));
  const lineItems = findLineItems(lines, amounts);
  const explicitCodes = [...text.matchAll(STANDALONE_CODE)].map((match) => match[0]);
  const currencies = unique([...amounts.flatMap((amount) => (amount.currency ? [amount.currency] : [])), ...explicitCodes]);
  return { invoiceNumbers, dates, amounts, currencies, parties: findParties(text), lineItems };
}
