/**
 * One pass over a business document that finds invoice numbers, dates, amounts, parties and line
 * items, keeping their offsets so the decision rules can cite the lines they come from.
 */
import { findAmounts, CURRENCY_CODES, type FoundAmount } from './entity-amounts';
import { findDates, type FoundDate } from './entity-dates';
import { AMOUNT_LABELS, DATE_LABELS, labelDateRanges, labelItems } from './entity-labels';
import { findInvoiceNumbers } from './entity-invoice-numbers';
import { foldText } from './entity-ocr';
import { findParties, type FoundParty } from './entity-parties';
import { keywords, lineIndexAt, splitLines, WORD_END, type Line, type Span } from './entity-text';

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

const STANDALONE_CODE = new RegExp(`(?<![\\p{L}])(?:${CURRENCY_CODES.join('|')})(?![\\p{L}])`, 'gu');

/** Lines that carry money but are not goods or services sold. */
const NOT_AN_ITEM = keywords(
  ['due', 'pay(?:ment|able|s)?', 'balance', 'iban', 'bic', 'swift', 'account', 'konto', 'compte', 'zahlung', 'paiement', 'credit', 'guthaben'].map(
    (word) => `${word}${WORD_END}`,
  ),
);
/** An item line ends with its amount, perhaps followed by a one-letter tax code or table border. */
const ITEM_LINE_TAIL = /^[\s|*]*(?:\p{Lu}[\s|*]*)?$/u;

function isItemLine(line: Line, onLine: LabelledAmount[]): boolean {
  const first = onLine[0];
  const last = onLine[onLine.length - 1];
  if (!first || !last || onLine.some((amount) => amount.label)) return false;
  const description = line.text.slice(0, first.start - line.start);
  // `search` ignores the global flag's lastIndex, unlike `test`.
  if (!/\p{L}{2}/u.test(description) || foldText(line.text).search(NOT_AN_ITEM) >= 0) return false;
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
  labelDateRanges(text, rawDates, dateLabels);
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
