/**
 * A party's column in a header flattened into lines with single blanks, so that no gap parts the
 * columns: each line holds one cell of every column, one after the other.
 *
 *   Harbour Freight Ltd INVOICE INVOICE TO                      <- the party's heading closes the line
 *   Unit 9, Dock Road Invoice No Invoice Date Orrin & Blake Ltd <- its cell closes the line below
 *
 *   Harbour Freight Ltd BILL TO INVOICE                         <- the heading before a title's column
 *   1 Quay Plaza, Suite 4 Orrin & Blake Co. Invoice # Date      <- its cell is a company's, inside the line
 *
 * The line below is cut into cells where another column's text starts: a figure (a street's number,
 * an invoice's number or date), the headings of the invoice's fields ("Invoice No", "Factuurdatum",
 * "Kunden-Nr."), or a separator. A heading closing its line heads the last column, so its name is the
 * cell closing the line below; a heading followed only by the document's title heads a middle column,
 * so its name is the first company's cell (with a legal form) after the line's first cell (the sender's);
 * a heading followed by another column's heading ("Bill To Lot / Season") names the first company
 * after another column's figure, up to its legal form (no street's word glued before it).
 * Why: a reader sees the columns by what the words are; the positions, flattened, say nothing.
 */
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { POSTCODE_OR_STREET } from './entity-window-address';
import { lineAt, splitLines } from './entity-text';
import type { FoundParty } from './entity-parties';
import { CUSTOMER_LABELS, labelGroup } from './entity-party-labels';
import { GENERIC_WORDS } from './entity-party-guards';
import { matchesOf } from './entity-matches';

/** The last word of a field's heading in the invoice's column (folded, without its closing dot or colon). */
const HEADING_WORD =
  /^(?:no|nr|n[°º]|#|date|datum|dato|data|fecha|number|nummer|numero|número|account|konto|terms|due|ref|reference|referenz|period|periode|page|seite|order|invoice|rechnung|factuur|faktura|facture|factura|fattura|fatura)$/u;
/** Compound headings ending in a field's word: "Rechnungsnummer", "Factuurdatum", "Fakturadato", "Kunden-Nr.", "Leistungszeitraum". */
const HEADING_COMPOUND = /\p{L}{3,}-?(?:nummer|datum|dato|nr|zeitraum|periode)$/u;
/** The document's title, alone after the heading: "INVOICE", "TAX INVOICE", "FACTUUR / INVOICE". */
const TITLE_ONLY = /^(?:[ \t]*(?:tax|vat|sales|invoice|rechnung|factuur|faktura|facture|factura|fattura|fatura|\/))+[ \t]*$/iu;
/** The heading's gloss after a slash. */
const GLOSS = /^[ \t]*\/[ \t]*\p{L}+/u;
/** Another column's heading after the party's: one to three words, no figure or colon. */
const NEXT_HEADING = /^[ \t]+\p{Lu}[\p{L}.]*(?:[ \t]+(?:\/[ \t]+)?\p{L}[\p{L}.]*){0,2}[ \t]*$/u;
/** A street's word: the address tail of the column before the name. */
const STREET_WORD = /(?<![\p{L}])(?:St|Rd|Ave|Blvd|Street|Road|Avenue|Lane|Way|Drive|Dr|Pkwy|Parkway|Close|Court|Quay|Strasse|Straße|straat|weg)\.?(?![\p{L}])/u;
/** A mark parting cells. */
const SEPARATOR = /^[/|·•–—-]$/u;

type NameSpan = { start: number; end: number };
type Cell = { start: number; end: number; cutBefore: boolean };

function isHeadingWord(token: string): boolean {
  const word = token.toLowerCase().replace(/[.:]+$/u, '');
  return HEADING_WORD.test(word) || HEADING_COMPOUND.test(word);
}

/** The runs of words of `line` between figures, field headings and separators; each knows whether another column's text comes before it. */
function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let open: Cell | null = null;
  let cut = false;
  for (const match of line.matchAll(/\S+/gu)) {
    const token = match[0];
    if (/\d/u.test(token) || SEPARATOR.test(token) || isHeadingWord(token)) {
      if (open) cells.push(open);
      open = null;
      cut = true;
      continue;
    }
    if (open) open.end = match.index + token.length;
    else open = { start: match.index, end: match.index + token.length, cutBefore: cut };
  }
  if (open) cells.push(open);
  return cells;
}

/** The cell's text when it is a name alone: capitalised words that read as a name, no address. */
function cellName(line: string, cell: Cell): string | null {
  const value = line.slice(cell.start, cell.end).replace(/[,;:]+$/u, '');
  if (!/^\p{Lu}/u.test(value) || leadingName(value) !== value || !looksLikeName(value) || POSTCODE_OR_STREET.test(value)) return null;
  return value;
}

/**
 * The party's name in a flattened header for a heading without a colon at `labelStart`..`labelEnd`
 * that follows another column's text on its line and is followed by nothing or the title only;
 * read in the next non-blank line. Null when the layout is not such or no cell reads as a name.
 */
export function flatColumnName(text: string, labelStart: number, labelEnd: number): NameSpan | null {
  const line = lineAt(text, labelStart);
  const before = text.slice(line.start, labelStart);
  // "Klant / Customer": the heading glossed in another language.
  const after = text.slice(labelEnd, line.end).replace(GLOSS, '');
  if (!/\p{L}/u.test(before) || /[:：]/u.test(before.slice(-3) + after)) return null;
  const last = !after.trim();
  const title = !last && TITLE_ONLY.test(after);
  // Another column's heading after the party's ("Bill To Lot / Season"): words only, no figure, no colon.
  if (!last && !title && !NEXT_HEADING.test(after)) return null;
  let next = line.end + 1;
  while (next < text.length && text[next] === '\n') next += 1;
  if (next >= text.length) return null;
  const below = lineAt(text, next);
  const belowText = text.slice(below.start, below.end);
  if (/[:：]/u.test(belowText)) return null;
  const cells = cellsOf(belowText);
  if (last) {
    const cell = cells[cells.length - 1];
    if (!cell || !cell.cutBefore || belowText.slice(cell.end).trim()) return null;
    const name = cellName(belowText, cell);
    // Without a legal form, a name of two words or more in a line with no column gap (where a town may close an address line of its own).
    if (!name || (!HAS_LEGAL_FORM.test(name) && (!/\s/u.test(name) || /\S[ \t]{2,}\S|\t/u.test(belowText)))) return null;
    return { start: below.start + cell.start, end: below.start + cell.start + name.length };
  }
  if (title) {
    for (const cell of cells.slice(1)) {
      const name = cellName(belowText, cell);
      if (name && HAS_LEGAL_FORM.test(name)) return { start: below.start + cell.start, end: below.start + cell.start + name.length };
    }
    return null;
  }
  // The party's column before another's: the first company after another column's figure, up to its
  // legal form (the next column's value may follow it, even the same name again), with no street in it.
  const cell = cells.find((entry) => entry.cutBefore && HAS_LEGAL_FORM.test(belowText.slice(entry.start, entry.end)));
  if (!cell) return null;
  const value = belowText.slice(cell.start, cell.end);
  const form = HAS_LEGAL_FORM.exec(value);
  const name = form ? cellName(value, { start: 0, end: form.index + form[0].length, cutBefore: true }) : null;
  return name && !STREET_WORD.test(name) ? { start: below.start + cell.start, end: below.start + cell.start + name.length } : null;
}

/** How far down the header may run. */
const HEAD_LINES = 10;
/** Customer headings that head a column (the ledgers' "Debiteur" among them), not everyday words ("to", "for") nor where goods go or who to attend. */
const COLUMN_HEADING = new RegExp(
  `(?<=\\S[ \\t]+)(?:${labelGroup(CUSTOMER_LABELS.filter((label) => !GENERIC_WORDS.has(label) && !/^(?:ship|attn|attention|account|z\\|for|an$|aan$|para$|à|a$)/u.test(label)))})`,
  'gu',
);

/**
 * The customer whose heading (no colon) stands in mid-line of a flattened header, after the sender's
 * column, closing its line or before the title's column only: the cell under it as `flatColumnName` reads it.
 */
export function flatColumnCustomer(text: string, folded: string): FoundParty[] {
  for (const line of splitLines(text).slice(0, HEAD_LINES)) {
    for (const match of matchesOf(COLUMN_HEADING, folded.slice(line.start, line.end))) {
      const found = flatColumnName(text, line.start + match.index, line.start + match.index + match[0].length);
      if (!found) continue;
      const name = text.slice(found.start, found.end);
      return [{ role: 'customer', name, start: found.start, end: found.end, text: name, generic: true }];
    }
  }
  return [];
}

/** The first line of a flattened header: the sender's name, the document's title, and the next column's first cell. */
const TITLE_BETWEEN =
  /^(?<sender>\S.*?)[ \t]+(?:(?:tax|vat|sales)[ \t]+)?(?:invoice|rechnung|factuur|faktura|facture|factura|fattura|fatura)(?:[ \t]*\/[ \t]*\p{L}+)?[ \t]+(?<name>\p{Lu}.*?)[ \t]*$/iu;
/** How many lines under the name its column's address may end in. */
const ADDRESS_LINES = 4;

function firstWord(name: string): string {
  return (name.match(/\p{L}+/u)?.[0] ?? '').toLowerCase();
}

/**
 * No heading over the customer's column: the header's first line holds the sender's company, the
 * title, then another company (a legal form), and the lines below close in that column's address
 * (a postcode or a street with its number at a line's end).
 *
 *   Brenner Transporte GmbH RECHNUNG Steinwald Möbelbau GmbH
 *   Am Kanal 8 Rechnungsnummer Datum Einkauf
 *   90402 Nürnberg BT-2211 04.05.2026 Lagerstraße 2
 */
export function titleColumnCustomer(text: string): FoundParty[] {
  const lines = splitLines(text).filter((line) => line.text.trim());
  const top = lines[0];
  const match = top ? TITLE_BETWEEN.exec(top.text) : null;
  const sender = match?.groups?.sender ?? '';
  const name = match?.groups?.name ?? '';
  if (!top || !match || /[:：]/u.test(top.text) || !looksLikeName(leadingName(sender)) || !HAS_LEGAL_FORM.test(sender)) return [];
  if (leadingName(name) !== name || !looksLikeName(name) || !HAS_LEGAL_FORM.test(name) || /\d/u.test(name) || firstWord(name) === firstWord(sender)) return [];
  if (!lines.slice(1, 1 + ADDRESS_LINES).some((line) => POSTCODE_OR_STREET.test(line.text.trimEnd().slice(-24)))) return [];
  const start = top.start + top.text.lastIndexOf(name);
  return [{ role: 'customer', name, start, end: start + name.length, text: name, generic: true }];
}

/** A window envelope's sender line: a name and its address parted by two dots or bars at least. */
const SENDER_PARTS = /[ \t][·•|][ \t].*[ \t][·•|][ \t]/u;
/** A street with its number or a postcode opening a line ("Lagerstraße 2", "91054 Erlangen", "12 Fore Street"): the address under the window's name. */
const ADDRESS_FIRST = /^(?:\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]-?\d{4,5}|\d{2}-\d{3}|\d{4}\s?[A-Z]{2}|\p{L}[\p{L}.-]{2,}(?:[ \t]\p{L}[\p{L}.-]*)?[ \t]+\d{1,4}[a-z]?)(?![\p{L}\d.,:])|^\d{1,4}[a-z]?,?[ \t]+\p{Lu}\p{L}+[ \t]+(?:St|Rd|Ave|Street|Road|Avenue|Lane|Way|Drive|Close|Court|Quay)\b/u;

/**
 * The window's address under a sender line in a flattened header: the name opens the next line,
 * the invoice's field headings after it, and a line below opens with a street or postcode.
 *
 *   Brenner Transporte GmbH · Am Kanal 8 · 90402 Nürnberg Rechnung
 *   Steinwald Möbelbau GmbH Rechnung Nr. Datum Kunden-Nr.
 *   Einkauf BT-2211 04.05.2026 K-118
 *   Lagerstraße 2 Leistungszeitraum Seite
 */
export function senderLineFirstCellCustomer(text: string): FoundParty[] {
  const lines = splitLines(text).filter((line) => line.text.trim()).slice(0, HEAD_LINES);
  for (let i = 0; i + 2 < lines.length; i += 1) {
    const sender = lines[i];
    const below = lines[i + 1];
    if (!sender || !below || !SENDER_PARTS.test(sender.text) || !POSTCODE_OR_STREET.test(sender.text) || /[:：]/u.test(below.text)) continue;
    const [cell] = cellsOf(below.text);
    // The name alone opens the line, and a field's heading (no name's word) cuts it from what follows.
    if (!cell || cell.cutBefore || cell.start !== below.text.search(/\S/u)) continue;
    const name = cellName(below.text, cell);
    if (!name || !HAS_LEGAL_FORM.test(name) || firstWord(name) === firstWord(sender.text) || !isHeadingWord(below.text.slice(cell.end).trim().split(/\s+/u)[0] ?? '')) continue;
    if (!lines.slice(i + 2, i + 2 + ADDRESS_LINES).some((line) => ADDRESS_FIRST.test(line.text.trim()))) continue;
    const start = below.start + cell.start;
    return [{ role: 'customer', name, start, end: start + name.length, text: name, generic: true }];
  }
  return [];
}
