/**
 * Reading a party's name off the text around a label: the name on the label's line or the line
 * below it, in the label's column, in a name field of the block below, or the organisation over an
 * attention line (used by `entity-parties`).
 */
import { HAS_LEGAL_FORM, leadingName, looksLikeName, NAME_END, RUN_ON_FIELD, STRAY_MARK_END } from './entity-party-names';
import { lineAbove, splitAtColumnGap } from './entity-text';
import { endOfFormRun } from './entity-party-form-run';

export function restOfLine(text: string, from: number): string {
  const lineEnd = text.indexOf('\n', from);
  return text.slice(from, lineEnd < 0 ? text.length : lineEnd);
}

/** Words that open a table's header row, and those that follow them in it. */
const FIRST_HEADINGS = 'description|item|items|services?|beschreibung|bezeichnung|leistung|artikel|désignation|designation|descripción|concepto|descrizione|omschrijving|descrição|pos\\.?';
const NEXT_HEADINGS = 'qty|quantity|hours|units?|price|amount|rate|menge|anzahl|einzelpreis|preis|betrag|quantité|qté|prix|montant|cantidad|precio|importe|quantità|prezzo|importo|aantal|prijs|bedrag|quantidade|preço|valor';
/** A table's header row run into the text before it: two heading words in a row, "Description Qty". */
const TABLE_HEADING = new RegExp(`\\s(?:${FIRST_HEADINGS})\\s+(?:${NEXT_HEADINGS})(?![\\p{L}]).*$`, 'iu');

/** Who within the customer a document is for: "Attn:", "Attention:", "z. Hd.", "t.a.v.", "c/o", "À l'attention de", "Alla c.a.", "A la atención de". */
export const ATTENTION = "(?:attn\\.?|attention|f\\.a\\.o\\.?|fao|for\\s+the\\s+attention\\s+of|z\\.\\s?hd\\.?|zu\\s+händen(?:\\s+von)?|t\\.\\s?a\\.\\s?v\\.?|ter\\s+attentie\\s+van|c/o|à\\s+l['’]attention\\s+de|a\\s+l['’]attention\\s+de|alla\\s+(?:cortese\\s+)?(?:c\\.a\\.?|attenzione\\s+di)|a\\s+la\\s+atenci[oó]n\\s+de|a/a|[àa]\\s+aten[çc][ãa]o\\s+de|a/c)";
export const ATTENTION_LINE = new RegExp(`^[ \\t]*${ATTENTION}(?![\\p{L}])`, 'iu');
const ATTENTION_RUN_ON = new RegExp(`[ \\t,]+${ATTENTION}(?![\\p{L}]).*$`, 'iu');

/** The name at `from` on its line: start and end offsets, trimmed; null when it is no name (an e-mail address, a number). */
export function nameAt(text: string, from: number): { start: number; end: number } | null {
  const line = restOfLine(text, from);
  const leading = line.length - line.trimStart().length;
  const body = line.slice(leading);
  const stop = NAME_END.exec(body);
  // A bold value's closing marks ("**Elm Row Cafe**,") are no part of it.
  let name = body.slice(0, stop ? stop.index : body.length).trimEnd().replace(STRAY_MARK_END, '').replace(/[,:;]+$/u, '').replace(/(?<=[\p{L}.)])(?:\*\*|__)$/u, '');
  // A trailing mid-line label belongs to the next column ("Acme Ltd Bill to: ...").
  const nextLabel = /\s(?:bill(?:ed)?\s+to|invoice\s+to|customer|client|\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?)\s*:.*$/u.exec(name) ?? /\s(?:bill(?:ed)?\s+to|invoice\s+to|customer|client)\s*:.*$/iu.exec(name);
  if (nextLabel) name = name.slice(0, nextLabel.index);
  const runOn = RUN_ON_FIELD.exec(name);
  if (runOn) name = name.slice(0, runOn.index);
  // "Hotel Vredenburg t.a.v. de heer Jansen": the contact after the company is no part of it.
  const attention = ATTENTION_RUN_ON.exec(name);
  if (attention) name = name.slice(0, attention.index);
  // A flattened table's header row after the name ("Ostrava Biotech s.r.o. Description Qty Unit price").
  const heading = TABLE_HEADING.exec(name);
  if (heading) name = name.slice(0, heading.index);
  if (!/\p{L}/u.test(name) || name.includes('@')) return null;
  return { start: from + leading, end: from + leading + name.length };
}

/** The next non-blank line's start, within two lines ("Bill To:" with the name below it). */
export function nextLineStart(text: string, from: number): number | null {
  let cursor = text.indexOf('\n', from);
  for (let hops = 0; cursor >= 0 && hops < 2; hops += 1) {
    const next = text.indexOf('\n', cursor + 1);
    const line = text.slice(cursor + 1, next < 0 ? text.length : next);
    if (line.trim()) return cursor + 1;
    cursor = next;
  }
  return null;
}

/** The columns of a line: runs of text between gaps of two blanks or more. */
export function columnsOf(line: string): { start: number; text: string }[] {
  return [...line.matchAll(/\S+(?: \S+)*/gu)].map((match) => ({ start: match.index, text: match[0] }));
}

/**
 * Where the value of a label that heads a column starts on the line below: at the label's
 * position, or, when the layout was flattened and positions drifted, in the column with the same
 * index ("Greenfield Catering  INVOICE  Bill To" over "12 Orchard Way  Date: ...  Lindqvist AB").
 */
export function columnValueStart(text: string, labelStart: number, lineStart: number): number | null {
  const labelLineStart = text.lastIndexOf('\n', labelStart - 1) + 1;
  const column = labelStart - labelLineStart;
  const below = restOfLine(text, lineStart);
  const belowColumns = columnsOf(below);
  const aligned = belowColumns.find((entry) => Math.abs(entry.start - column) <= 2);
  if (aligned) return lineStart + aligned.start;
  // "REMIT TO   BILL TO   SHIP TO" over "Tan Boon Huat Pte. Ltd. Makan Square Holdings Pte. Ltd.   Makan Square Food Court":
  // a name as wide as its column leaves one blank before the next, which the gaps miss; a word set right under a
  // label standing two blanks from the one before it is that label's value.
  const word = wordUnderLabel(restOfLine(text, labelLineStart), column, below);
  if (word !== null) return lineStart + word;
  const index = columnsOf(restOfLine(text, labelLineStart)).findIndex((entry) => entry.start <= column && column < entry.start + entry.text.length);
  const same = index >= 0 ? belowColumns[index] : undefined;
  return same ? lineStart + same.start : null;
}

/** `column` when a word opens there on `below`, one blank after the word before, under a label two blanks or more from the one before it. */
function wordUnderLabel(labelLine: string, column: number, below: string): number | null {
  if (column < 2 || !/\S {2,}$/u.test(labelLine.slice(0, column))) return null;
  return below[column - 1] === ' ' && /\S/u.test(below[column] ?? '') && /\S/u.test(below[column - 2] ?? '') ? column : null;
}

/** Where the first legal form on the line ends, when more text follows it; a form in two words ends after both ("Pte. Ltd.", "Pty Ltd"). */
export function firstLegalFormEnd(line: string): number | undefined {
  const match = new RegExp(HAS_LEGAL_FORM.source, 'gu').exec(line);
  if (!match) return undefined;
  const end = endOfFormRun(line, match.index + match[0].length);
  return line.slice(end).trim() ? end : undefined;
}

/** The line at `lineStart` when it is a name alone, as an address block's organisation is (not a sentence, a label or a figure). */
export function organisationLine(text: string, lineStart: number): { start: number; end: number } | null {
  const line = restOfLine(text, lineStart);
  if (/[:：\d@]/u.test(line)) return null;
  const name = nameAt(text, lineStart);
  const value = name ? text.slice(name.start, name.end) : '';
  return name && looksLikeName(value) && leadingName(value) === value && value === line.trim() ? name : null;
}

/** A field that holds a party's name, as electronic-invoice prints list them: "Denominazione:", "Ragione sociale:", "Company name:". */
const NAME_FIELD =
  /^[ \t]*(?:denominazione|ragione[ \t]+sociale|raz[oó]n[ \t]+social|denominaci[oó]n|raison[ \t]+sociale|d[ée]nomination|company[ \t]+name|firmenname|nome[ \t]+(?:da[ \t]+)?empresa|denomina[çc][ãa]o|bedrijfsnaam|name)[ \t]*[:：][ \t]*/iu;
/** How many lines of a party's block may stand before its name field. */
const NAME_FIELD_LINES = 4;

/** Where the value of a name field starts, in the block of lines from `from` up to its first blank line. */
export function nameField(text: string, from: number): number | null {
  let lineStart: number | null = from;
  for (let i = 0; i < NAME_FIELD_LINES && lineStart !== null; i += 1) {
    const line = restOfLine(text, lineStart);
    if (!line.trim()) return null;
    const field = NAME_FIELD.exec(line);
    if (field) return lineStart + field[0].length;
    const next = text.indexOf('\n', lineStart);
    lineStart = next < 0 ? null : next + 1;
  }
  return null;
}

/** The name that fills the line right above the line at `offset`, with no label or figure: an address block's organisation. */
export function organisationAbove(text: string, offset: number): { start: number; end: number } | null {
  const above = lineAbove(text, offset);
  if (!above) return null;
  const { start: aboveStart, text: line } = above;
  // The name alone, or followed by its address after a comma ("St Wystan's Primary School, Church Road, Repton DE65 6FH").
  const comma = line.indexOf(',');
  const head = comma > 0 && /\d/u.test(line.slice(comma)) && !/[:：@]/u.test(line) ? line.slice(0, comma) : line;
  if (!head.trim() || /[:：\d@]/u.test(head)) return null;
  const name = nameAt(text, aboveStart);
  if (!name) return null;
  const value = text.slice(name.start, name.end);
  return looksLikeName(value) && leadingName(value) === value && value === head.trim() ? name : null;
}

/**
 * The same organisation in the first column of a header flattened into lines of columns:
 * "Cinder Creek Robotics, Inc.      Invoice Number: 2026-10472" over
 * "Attn: Accounts Payable / Greg Ostrowski,      Invoice Date: ...". Both lines have a column gap,
 * and the cell before the gap above is a name alone, with no label or figure.
 */
export function organisationInFirstCellAbove(text: string, offset: number): { start: number; end: number } | null {
  const above = lineAbove(text, offset);
  if (!above || !splitAtColumnGap(restOfLine(text, text.lastIndexOf('\n', offset - 1) + 1))) return null;
  const { start: aboveStart, text: line } = above;
  const split = splitAtColumnGap(line);
  const head = split?.before.trim() ?? '';
  if (!split || !head || /[:：\d@]/u.test(head)) return null;
  const start = aboveStart + split.before.indexOf(head);
  return looksLikeName(head) && leadingName(head) === head ? { start, end: start + head.length } : null;
}
