/**
 * A label column and its value column flattened into two blocks, one after the other:
 *
 *   Invoice No.        TWA-00981
 *   Issue Date    →    07/15/2025      read as   "Invoice No.\nIssue Date\nDue Date\nCustomer\n\n
 *   Due Date           08/14/2025                 TWA-00981\n07/15/2025\n08/14/2025\nHarrowgate ..."
 *   Customer           Harrowgate ...
 *
 * Each line of the label block names the line of the same rank in the value block. Each pair is
 * read as "label: value" on its own, and what is found there is placed back at the value's offsets
 * in the original text, so evidence still cites the input.
 */
import { csvPairs } from './entity-csv';
import { gridPairs } from './entity-grid';
import { DATE_LABELS } from './entity-labels';
import { findInvoiceNumbers } from './entity-invoice-numbers';
import { interleavedBlocks } from './entity-stacked-interleaved';
import { isDocumentTitle } from './entity-stacked-title';
import { findParties, type FoundParty } from './entity-parties';
import { splitLines, type Line, type Span } from './entity-text';

export interface StackedPair {
  label: Line;
  value: Line;
}

/** A line that is a label alone: a few words, no figures, no value after a colon. */
const LABEL_ONLY = /^\s*\p{Lu}[\p{L}.'’ /-]{1,28}[:.]?\s*$/u;
const MAX_LABEL_WORDS = 4;
const MIN_PAIRS = 3;
const MIN_READ = 2;

/** A scan's mark before a label: "| Invoice Number". */
const LEADING_MARK = /^\s*[|>*•·]\s*/u;
/** One language's half of a glossed label: "Rechnungsnummer", "Invoice Number", "Date d'échéance". */
const LABEL_PART = /^\p{L}[\p{L}.'’ -]{1,28}[:.]?$/u;
/** "Número de factura (Invoice Number)": a label and its gloss in brackets. */
const BRACKET_GLOSS = /^(?<label>[^()]+?)\s*\((?<gloss>[^()]+)\)[:.]?$/u;

function fewWords(text: string): boolean {
  return text.trim().split(/\s+/).length <= MAX_LABEL_WORDS;
}

/** Digits a scan puts for letters (as `foldText` reads them). */
const DIGIT_AS_LETTER: Record<string, string> = { '0': 'o', '1': 'l', '5': 's', '7': 't', '8': 'b' };
/** A digit that is no letter of a word: followed by no letter ("Widget 2", "10.00"). */
const FIGURE_DIGIT = /\d(?!\p{L})/u;
/** What only a glossed or scanned label holds beyond a plain one: a slash, a bracket, a leading mark, a digit, an l for an I. */
const MAYBE_GLOSSED_OR_SCANNED = /[/(|>*•·\d]|^\s*l/u;
/** The longest line a glossed label fills. */
const MAX_GLOSSED_LENGTH = 72;

/** A digit a scan put for a letter inside a word ("Inv0ice", "Bi1l"), read as that letter. */
function ocrLettersOf(text: string): string {
  return text.replace(/\d/gu, (digit) => DIGIT_AS_LETTER[digit] ?? digit);
}

/**
 * A line that is a label alone, as a careful reader sees one through a scan's stray bar or a digit
 * for a letter ("| Invoice Number", "Bi1l To"), and in two languages ("Rechnungsnummer / Invoice
 * Number", "Número de factura (Invoice Number)", "Bill To / Client"): each half a label.
 */
export function isLabelOnly(line: Line): boolean {
  if (LABEL_ONLY.test(line.text) && fewWords(line.text)) return true;
  // Most lines are told apart cheaply: no gloss, mark or scan's digit or l to read past, too long, or holding a figure.
  if (!MAYBE_GLOSSED_OR_SCANNED.test(line.text) || line.text.length > MAX_GLOSSED_LENGTH || FIGURE_DIGIT.test(line.text)) return false;
  const raw = line.text.replace(LEADING_MARK, '').trim();
  // Capitalised, or opening with what a scan makes of a capital I: a digit or an l ("1ssue Date", "lnvoice No.").
  if (!/^(?:\p{Lu}|[\dl]\p{L})/u.test(raw)) return false;
  const body = ocrLettersOf(raw);
  const bracket = BRACKET_GLOSS.exec(body);
  const parts = bracket ? [bracket.groups?.label ?? '', bracket.groups?.gloss ?? ''] : body.split(/\s+\/\s+/u);
  return parts.length <= 2 && parts.every((part) => LABEL_PART.test(part.trim()) && fewWords(part));
}

/** "Invoice No." and "07/15/2025" as one line, "Invoice No: 07/15/2025", for the ordinary readers. */
function pairText(pair: StackedPair): { text: string; valueOffset: number; valueStart: number } {
  const label = pair.label.text.replace(LEADING_MARK, '').trim().replace(/[:.]$/u, '');
  const value = pair.value.text.trim();
  const text = `${label}: ${value}`;
  return { text, valueOffset: label.length + 2, valueStart: pair.value.start + pair.value.text.indexOf(value) };
}

/**
 * The pairs of a label block of three lines or more followed (after blank lines at most) by as
 * many value lines, at least half of which hold a figure (numbers, dates, amounts).
 */
export function stackedPairs(lines: Line[]): StackedPair[] {
  const pairs: StackedPair[] = [];
  let i = 0;
  while (i < lines.length) {
    let end = i;
    while (end < lines.length && isLabelOnly(lines[end] as Line)) end += 1;
    const count = end - i;
    if (count < MIN_PAIRS) {
      i = Math.max(end, i + 1);
      continue;
    }
    let next = end;
    while (next < lines.length && !(lines[next] as Line).text.trim()) next += 1;
    const values = lines.slice(next, next + count);
    const withFigures = values.filter((line) => /\d/u.test(line.text)).length;
    const fits = values.length === count && values.every((line) => line.text.trim()) && withFigures * 2 >= count;
    if (fits) values.forEach((value, k) => pairs.push({ label: lines[i + k] as Line, value }));
    // A title over the block, a label more than its values, is none of its labels: try the block below it (see entity-stacked-title).
    i = fits ? next + count : isDocumentTitle((lines[i] as Line).text) ? i + 1 : end;
  }
  return pairs;
}

export interface StackedFields {
  /** Date label for dates starting inside a value line, by that line's start (or, in a CSV row, by the cell's start). */
  dateLabels: Map<number, string>;
  invoiceNumbers: Span[];
  parties: FoundParty[];
  /** The label block's lines, whose labels name nothing on their own line. */
  labelLines: Line[];
}

export function stackedFields(text: string): StackedFields | null {
  const lines = splitLines(text);
  // A label column interleaved with an address, its values after it; the plain reader's pairs inside it are misreadings.
  const blocks = interleavedBlocks(lines, isLabelOnly);
  const inBlock = (line: Line): boolean => blocks.some((block) => line.start >= (lines[block.first] as Line).start && line.start <= (lines[block.last] as Line).start);
  const plain = stackedPairs(lines).filter((pair) => !inBlock(pair.label) && !inBlock(pair.value));
  const pairs = [...plain, ...blocks.flatMap((block) => block.pairs), ...csvPairs(lines), ...gridPairs(lines)];
  if (!pairs.length) return null;
  const fields: StackedFields = { dateLabels: new Map(), invoiceNumbers: [], parties: [], labelLines: pairs.map((pair) => pair.label) };
  let read = 0;
  for (const pair of pairs) {
    const before = fields.dateLabels.size + fields.invoiceNumbers.length + fields.parties.length;
    const { text: joined, valueOffset, valueStart } = pairText(pair);
    const shift = (offset: number): number => valueStart + offset - valueOffset;
    const dateLabel = DATE_LABELS.choose(joined.slice(0, valueOffset));
    if (dateLabel) fields.dateLabels.set(pair.value.start, dateLabel);
    for (const number of findInvoiceNumbers(joined, splitLines(joined), [])) {
      if (number.start >= valueOffset) fields.invoiceNumbers.push({ start: shift(number.start), end: shift(number.end), text: number.text });
    }
    for (const party of findParties(joined)) {
      const at = joined.indexOf(party.name, valueOffset);
      if (at < 0 || !party.role || party.role === 'party') continue;
      fields.parties.push({ role: party.role, name: party.name, start: shift(at), end: shift(at) + party.name.length, text: party.name });
    }
    if (fields.dateLabels.size + fields.invoiceNumbers.length + fields.parties.length > before) read += 1;
  }
  // Two pairs or more must read as fields, or the blocks were something else (an address over a list).
  return read >= MIN_READ ? fields : null;
}
