/**
 * Where a party label may open and how its patterns match there (entity-parties' `labelled` reads
 * the name after it): sticky patterns tried only at the word starts `labelStarts` picks, in columns,
 * mid-line after a colon's label, between bars, and as a plain word opening a stack of fields.
 */
import { GENERIC_WORDS, NUMBER_WORD_AFTER, WORD_THEN_COLON } from './entity-party-guards';
import { labelGroup } from './entity-party-labels';
import { restOfLine } from './entity-party-lines';
import { leadingName, looksLikeName } from './entity-party-names';
import { labelBeforeLineName, organisationName, plainGenericLabel, plainGenericPattern, plainLine } from './entity-party-plain-label';

/**
 * A label opens a line or a column (after two blanks, a tab or a bar) and ends at a colon or stands
 * alone before a column gap or the end of its line ("BILL TO" over an address block). After a
 * single blank in mid-line only a label of several words, or a long one, followed by a colon counts
 * ("Sunbridge Solar Pty Ltd Bill to: Coastal Cafe"), so "Deliver to:" is not a customer label.
 */
export interface LabelPattern {
  /** Tried where a label may open a line or a column. */
  column: RegExp;
  /** `column` without its glossed forms, tried instead where no gloss can open (see `mayOpenGlossed`). */
  columnUnglossed: RegExp;
  /** Tried after a single blank in mid-line. */
  midLine: RegExp;
  /**
   * Tried after a bar or a tab, or in a line of columns, when `column` fails: a label and its value
   * parted by one blank ("| Customer Harbour Cafe Ltd |", "Bill To Tillbrook Scout Council   Ship To ...").
   */
  barred: RegExp;
  /** `barred` without its gloss, tried instead where no gloss can open (see `mayOpenGlossed`). */
  barredUnglossed: RegExp;
  /** Tried opening a line of a stack of fields when the others fail: an everyday word and its value parted by one blank ("From Larkwood Legal Services"). */
  plainGeneric: RegExp;
  /** Tried opening a line or after a bar: a label's cell, a bar, and the value's cell ("Customer name | Stratholm Paper Mills Ltd |"). */
  barCell: RegExp;
}

/**
 * Both patterns are sticky: they are tried only at the word starts `labelStarts` picks, which is
 * several times faster than letting the regex engine try every position of the text.
 */

export function labelPattern(labels: string[]): LabelPattern {
  const midLine = labelGroup(labels.filter((label) => label.includes('\\s') || label.length >= 6));
  const barredLabels = labels.filter((label) => label.length >= 4 && !GENERIC_WORDS.has(label));
  const columnEnd = `(?:[*_]*\\.?[ \\t]*[:：;][*_]*[ \\t]*(?:\\|[ \\t]*|[*_]{1,2}(?=\\p{L}))?|[*_]*[ \\t]*$|[ \\t]+[-–][ \\t]+(?=\\p{L})|(?:[ \\t]{2,}|\\t)(?:\\|[ \\t]*(?=\\p{L}))?|[ \\t]*\\.{3,}[ \\t]*(?=\\p{L}))`;
  return {
    // "Student / payer:", "Afnemer - Buyer:": a word of the document's own before a known label, opening the line
    // (perhaps abbreviated with a dot inside, "Spett.le / To:").
    // A scan's stray dot before the colon ("Bill To.:") and a dash for the colon ("Client - Boulangerie Petit Four") part them too.
    // A gloss of a few words before a slash, as Vietnamese invoices print theirs ("Tên đơn vị mua / Buyer:"), only
    // before a label of its own ("Enviar a / Ship to" glosses a delivery heading, see entity-party-delivery-gloss).
    // A value in bold after the colon ("Invoice to: **Elm Row Cafe**") starts after its marks.
    column: new RegExp(`(?<label>(?:\\p{L}+(?:\\.\\p{L}+)?(?:[ \\t]*/[ \\t]*|[ \\t]+[-–][ \\t]+))?${labelGroup(labels)}|\\p{L}+(?:[ \\t]\\p{L}+){1,3}[ \\t]*/[ \\t]*${labelGroup(labels.filter((label) => !GENERIC_WORDS.has(label)))})${columnEnd}`, 'ymu'),
    columnUnglossed: new RegExp(`(?<label>${labelGroup(labels)})${columnEnd}`, 'ymu'),
    midLine: new RegExp(`(?<label>${midLine})[ \\t]*[:：][ \\t]*`, 'yu'),
    // "Πελάτης / Customer Hestholmen Bulk Carriers AS": a word of the document's own may gloss the label here too.
    barred: new RegExp(`(?<label>(?:\\p{L}+[ \\t]*/[ \\t]*)?${labelGroup(barredLabels)})[ \\t]`, 'yu'),
    barredUnglossed: new RegExp(`(?<label>${labelGroup(barredLabels)})[ \\t]`, 'yu'),
    plainGeneric: plainGenericPattern(labels),
    barCell: new RegExp(`(?<label>${labelGroup(labels.filter((label) => !GENERIC_WORDS.has(label)))})[ \\t]*\\|[ \\t]*(?=\\p{L})`, 'yu'),
  };
}

/** Markdown and list marks that may open a line before a label: "**From:** Acme", "- Customer: Globex", a scan's stray bar "| Buyer: Tern BV". */
const OPENING_MARKS = new Set([' ', '\t', '*', '_', '#', '>', '•', '·', '-', '|']);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** `WORD_CHAR` and `LETTER` for one UTF-16 unit, with the regexes only beyond ASCII: this runs on every character. */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(String.fromCharCode(code));
}
function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(String.fromCharCode(code));
}

export interface LabelStart {
  at: number;
  midLine: boolean;
  /** Right after a bar or a tab (and a blank): a field of a header written on one line. */
  barred?: boolean;
  /** The line's first word. */
  opening?: boolean;
}

let startsOf = '';
let cachedStarts: LabelStart[] = [];

/**
 * Where a label may start, and which of the two patterns applies there: at a line's first word
 * (after markup), after a column gap, a tab or a bar, or after a single blank in mid-line. One
 * linear pass, kept for the next call on the same text (vendors and customers use the same starts).
 */
export function labelStarts(folded: string): LabelStart[] {
  if (folded === startsOf) return cachedStarts;
  const starts: LabelStart[] = [];
  let opening = true;
  for (let at = 0; at < folded.length; at += 1) {
    const char = folded[at] ?? '';
    if (char === '\n' || char === '\r') {
      opening = true;
      continue;
    }
    const previous = folded[at - 1] ?? '\n';
    const code = folded.charCodeAt(at);
    const isWordStart = isWordCode(code) && !(at > 0 && isWordCode(folded.charCodeAt(at - 1))) && isLetterCode(code);
    if (isWordStart) {
      // A bar then a blank opens a column as a gap does: "Cliente | Customer ...... Kallisto Bathrooms Ltd".
      const gap = previous === '\t' || previous === '|' || (previous === ' ' && /[\s|]/u.test(folded[at - 2] ?? ''));
      const barred = previous === '\t' || previous === '|' || (previous === ' ' && /[|\t]/u.test(folded[at - 2] ?? ''));
      if (opening || gap) starts.push({ at, midLine: false, ...(barred ? { barred } : {}), ...(opening ? { opening } : {}) });
      // After a colon too: "Bank details: Account name: Strandvik Marine AS" (mid-line labels need a colon of their own).
      else if (previous === ' ' && !/\s/u.test(folded[at - 2] ?? ' ')) starts.push({ at, midLine: true, ...(barred ? { barred } : {}) });
    }
    if (!OPENING_MARKS.has(char)) opening = false;
  }
  startsOf = folded;
  cachedStarts = starts;
  return starts;
}

const COLUMNS_IN_LINE = /\S(?: {2,}|\t|[ \t]*\|[ \t]*)\S/u;
/** `flattenedLine`'s answers for the lines of the last text asked about, by where the line starts (each label start and both roles ask). */
let flattenedOf = '';
const flattenedLines = new Map<number, boolean>();

/** Whether the line at `at` holds columns parted by gaps of two blanks or more, a tab or a bar, after its first word. */
function flattenedLine(folded: string, at: number): boolean {
  if (folded !== flattenedOf) {
    flattenedOf = folded;
    flattenedLines.clear();
  }
  const lineStart = folded.lastIndexOf('\n', at - 1) + 1;
  let flattened = flattenedLines.get(lineStart);
  if (flattened === undefined) {
    const lineEnd = folded.indexOf('\n', at);
    flattened = COLUMNS_IN_LINE.test(folded.slice(lineStart, lineEnd < 0 ? folded.length : lineEnd));
    flattenedLines.set(lineStart, flattened);
  }
  return flattened;
}

/**
 * Whether a glossed label ("Student / payer:", "Afnemer - Buyer:", "Tên đơn vị mua / Buyer:") may open at `at`: its
 * gloss is letters, dots and blanks up to a slash or a dash, so the first other character from `at` must be one of
 * those. Most label starts fail this, and `column` costs much less without its glossed forms, which try every word
 * as a gloss. A UTF-16 surrogate (half of a letter beyond the BMP) reads as a possible letter.
 */
function mayOpenGlossed(folded: string, at: number): boolean {
  for (let i = at; i < folded.length; i += 1) {
    const code = folded.charCodeAt(i);
    if (code === 47 || code === 45 || code === 0x2013) return true;
    if (code === 32 || code === 9 || code === 46 || (code >= 0xd800 && code <= 0xdfff)) continue;
    if (!isLetterCode(code)) return false;
  }
  return false;
}

export function matchLabel(text: string, folded: string, pattern: LabelPattern, start: LabelStart): RegExpExecArray | null {
  const glossed = mayOpenGlossed(folded, start.at);
  const sticky = start.midLine ? pattern.midLine : glossed ? pattern.column : pattern.columnUnglossed;
  sticky.lastIndex = start.at;
  const match = sticky.exec(folded);
  // A header flattened onto one line reads like one with bars: "Bill To Tillbrook Scout Council   Ship To ...".
  const flattened = start.barred || (!start.midLine && flattenedLine(folded, start.at));
  if (match || !(flattened || (start.opening && plainLine(folded, start.at)))) return match;
  // A row of field pairs between bars: "Customer name | Stratholm Paper Mills Ltd | PO | 4500-18227". The cell after the
  // label's must hold an organisation's name (a legal form, or three capitalised words): a header row's next heading does not.
  if (start.opening || start.barred) {
    pattern.barCell.lastIndex = start.at;
    const cell = pattern.barCell.exec(folded);
    const value = cell ? (restOfLine(text, cell.index + cell[0].length).split('|')[0] ?? '').trim() : '';
    if (cell && looksLikeName(value) && organisationName(value) && leadingName(value) === value) return cell;
  }
  const barredPattern = glossed ? pattern.barred : pattern.barredUnglossed;
  barredPattern.lastIndex = start.at;
  const barred = barredPattern.exec(folded);
  // The value follows at once and is a name ("| Customer Harbour Cafe Ltd |"), not a sentence ("| customer service ...").
  // Nor is it the label's own number word: "Customer No.", "Kunden Nr", "Client ID" head a column of numbers.
  const after = barred ? text.slice(barred.index + barred[0].length) : '';
  if (!barred) return start.opening ? plainGenericLabel(text, folded, pattern.plainGeneric, start.at) : null;
  if (!/^\p{Lu}/u.test(after) || NUMBER_WORD_AFTER.test(after)) return null;
  // Nor a word and a colon: "Customer PO:   BH-PO-5512" is one label of several words, with another field's value.
  if (WORD_THEN_COLON.test(after)) return null;
  return flattened || labelBeforeLineName(text, folded, barred) ? barred : null;
}
