/**
 * The customer from a letter's window address when no salutation or label names it: an address
 * block after the letterhead (blank lines around it), or the same block under a window envelope's
 * sender line when PDF-to-text left no blank lines. Split from entity-letterhead.ts, which reads
 * the letterhead itself and the addressed ("Herrn", "Spett.le") customer.
 */
import { isRuralAddressLine } from './entity-address-rural';
import { firstSegment, LEADING_MARKS, NOT_LETTERHEAD, SALUTATION, SALUTED_NAME } from './entity-letterhead';
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName, wholeSegmentIsName } from './entity-party-names';
import { blocksOf, splitLines, type Line } from './entity-text';
import { foldPattern } from './entity-ocr';
import { CUSTOMER_LABELS, labelGroup } from './entity-party-labels';
import { isDeliveryHeading } from './entity-party-delivery-gloss';
import { isOwnersAssociation } from './entity-party-owners';
import { isContactLine, isDateBlock, isStreetThenTown } from './entity-party-letter-block';

/** "c/o Hausverwaltung Dorrington", "c/o Harbour Lettings": in care of, within an address block. */
const CARE_OF = /^[ \t]*c\/o[ \t]+\p{Lu}[\p{L} .,&'’-]{1,60}$/u;
/** How far down the head of a document may run. */
const ISSUER_HEAD_LINES = 8;

/** A postcode beside a town, or a street with its number: what the last lines of an address block hold. */
export const POSTCODE_OR_STREET = /(?<![\p{L}\d])(?:\d{4,5}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]-?\d{4,5}|\d{2}-\d{3}|\d{4}\s?[A-Z]{2})(?![\p{L}\d])|\p{L}{3,}\.?\s+\d{1,4}[a-z]?(?![\d.,:])/u;
/** A line opening with the document's title: "SALES INVOICE", "Rechnung Nr. 2026-118", "FACTURE". */
const TITLE_FIRST = /^(?:(?:sales|tax|vat|commercial)\s+)?(?:invoice|rechnung|schlussrechnung|facture|factura|fattura|factuur|fatura|faktura)(?![\p{L}])/iu;
/** An address block has its name, perhaps a department or a person, and two address lines at most. */
const MAX_BLOCK_LINES = 5;

/**
 * A line that is a name alone: no figures, no label, no title, and nothing but the name; or the
 * name, a column gap, and its department or address, as when two lines of the block are flattened
 * into one ("Pflugfelder Immobilien GmbH  Hausverwaltung").
 */
function nameLine(line: Line): string | null {
  const segment = firstSegment(line.text);
  const rest = line.text.slice(segment.offset + segment.text.length);
  const alone = segment.text === line.text.trim() || (/^[ ]{2,}\S/u.test(rest) && WORDS_ONLY.test(rest.trim()) && !NOT_LETTERHEAD.test(rest));
  // Figures are an address's, except in the name of a community of owners ("WEG Hollowmere-Park 4-8").
  if (!alone || NOT_LETTERHEAD.test(segment.text) || (/\d/u.test(segment.text) && !isOwnersAssociation(segment.text))) return null;
  const name = leadingName(segment.text);
  return looksLikeName(name) && wholeSegmentIsName(segment.text, name) ? name : null;
}

/**
 * A letter's window address with no salutation over it (DIN 5008 and its likes): the letterhead
 * block (a name over its address) and, after a blank line, a second block that is a name over an
 * address, before anything else. The second block's first line names the customer:
 *
 *   Sennhauser Orgelbau AG                 letterhead: the vendor
 *   Dorfstrasse 5, 8840 Einsiedeln
 *
 *   Kirchgemeinde Unterägeri               address block: the customer
 *   Sekretariat
 *   Zugerstrasse 20, 6314 Unterägeri
 */
export function windowAddressCustomer(text: string): FoundParty[] {
  const [letterhead, second, third] = blocksOf(splitLines(text));
  // The document's title line may stand between the letterhead and the address ("SALES INVOICE  118/2026   Date: 16/03/2026"),
  // or the letter's date alone ("9 November 2026", see entity-party-letter-block).
  const block = (second?.length === 1 && second[0] && TITLE_FIRST.test(firstSegment(second[0].text).text)) || isDateBlock(second) ? third : second;
  if (!letterhead || !block || letterhead.length > MAX_BLOCK_LINES) return [];
  const [vendorLine, ...vendorRest] = letterhead;
  // The letterhead's address under its name, or beside it on one line ("Sennhauser Orgelbau AG · Dorfstrasse 5, 8840 Einsiedeln").
  if (!vendorLine || !(nameLine(vendorLine) ? vendorRest.some((line) => POSTCODE_OR_STREET.test(line.text) || isRuralAddressLine(line.text) || isStreetThenTown(line.text)) : oneLineAddress(vendorLine))) return [];
  // A window envelope's sender line may stand over the address (DIN 5008: "Holzapfel GmbH · Am Sägewerk 3 · 34117 Kassel").
  const senderLess = block.length >= 3 && block[0] && oneLineAddress(block[0]) ? block.slice(1) : block;
  // A contact over the organisation's name ("Ms Orla Hennessy, Operations Manager", "The Social Secretary"), or any line
  // without a legal form over a name with one ("The Trustees" over "Kestrel Foods Pension Trustees DAC"): the organisation is billed.
  const [head, nextLine] = senderLess;
  const secondName = senderLess.length >= 3 && head && nextLine ? nameLine(nextLine) : null;
  const firmUnder = secondName !== null && head !== undefined && !isDeliveryHeading(head.text) && (isContactLine(head.text) || (HAS_LEGAL_FORM.test(secondName) && !HAS_LEGAL_FORM.test(head.text)));
  const address = firmUnder ? senderLess.slice(1) : senderLess;
  const [customerLine, ...customerRest] = address;
  // "DESTINATARIO MERCE / SHIP TO" over its block: where goods go, no customer.
  if (!customerLine || address.length < 2 || address.length > MAX_BLOCK_LINES || isDeliveryHeading(customerLine.text)) return [];
  // The address block is nothing but an address: no labels, no titles, no amounts.
  // "Ballyhogue, Bree, Co. Wexford": a rural address with no number (see entity-address-rural).
  if (!customerRest.some((line) => POSTCODE_OR_STREET.test(line.text) || isRuralAddressLine(line.text) || isStreetThenTown(line.text)) || customerRest.some((line) => /[:：]/u.test(line.text) || NOT_LETTERHEAD.test(line.text))) return [];
  const name = nameLine(customerLine);
  if (!name) return [];
  const start = customerLine.start + customerLine.text.indexOf(name);
  return [{ role: 'customer', name, start, end: start + name.length, text: name, generic: true }];
}

/** A line of the letterhead that holds an address in parts: "Schleißheimer Straße 201 · 80809 München · Tel. 089 555 3187". */
const SENDER_SEPARATOR = /[ \t][·•|][ \t]/u;
/** A department or a person within an address block: "Bauamt", "Rechtsanwälte", "z. Hd. Frau Pallasch". */
const WORDS_ONLY = /^[\p{L} .,&'’()-]{2,60}$/u;
/** How far down the sender line of a window envelope may stand. */
const SENDER_LINE_MAX = 4;

/**
 * The same window address with no blank lines around it, as PDF-to-text leaves a letter: the
 * sender's address on one line, parted by dots or bars, then a name alone over one to three lines
 * that hold a street or postcode, all before the document's title and fields.
 *
 *   Zimmerei Hartlaub GmbH · Sägewerkstraße 4 · 87719 Mindelheim     sender line
 *   Gemeinde Oberwinkeln                                             the customer
 *   Bauamt
 *   Rathausplatz 1
 *   87742 Oberwinkeln
 */
export function senderLineCustomer(text: string): FoundParty[] {
  const lines = splitLines(text).filter((line) => line.text.trim());
  for (let i = 0; i < lines.length && i < SENDER_LINE_MAX; i += 1) {
    const sender = lines[i];
    if (sender && NOT_LETTERHEAD.test(sender.text)) return [];
    if (!sender || !SENDER_SEPARATOR.test(sender.text) || !POSTCODE_OR_STREET.test(sender.text) || NOT_LETTERHEAD.test(sender.text)) continue;
    const customerLine = lines[i + 1];
    // "Herrn" or "Frau Julia Brenner" first: the salutation's own rule reads that block.
    const bare = customerLine?.text.replace(LEADING_MARKS, '').trim() ?? '';
    if (SALUTATION.test(bare) || SALUTED_NAME.test(bare)) return [];
    const name = customerLine && nameLine(customerLine);
    // The letterhead may hold more such lines ("Malerbetrieb X · Meisterbetrieb seit 1994" over its street line).
    if (!customerLine || !name) continue;
    const rest: Line[] = [];
    for (const line of lines.slice(i + 2, i + 2 + MAX_BLOCK_LINES - 1)) {
      if (/[:：]/u.test(line.text) || NOT_LETTERHEAD.test(line.text) || SENDER_SEPARATOR.test(line.text)) break;
      rest.push(line);
    }
    // The block ends with its postcode or street, and holds nothing else that is not a name.
    const last = rest.findLastIndex((line) => POSTCODE_OR_STREET.test(line.text));
    // "c/o Hausverwaltung Dorrington": the agent who receives the community's mail is part of its address.
    if (last < 0 || rest.slice(0, last + 1).some((line) => !POSTCODE_OR_STREET.test(line.text) && !WORDS_ONLY.test(line.text.trim()) && !CARE_OF.test(line.text))) return [];
    const start = customerLine.start + customerLine.text.indexOf(name);
    return [{ role: 'customer', name, start, end: start + name.length, text: name, generic: true }];
  }
  return [];
}

/** A name and its address on one line, parted by a separator: "Holzapfel GmbH · Am Sägewerk 3 · 34117 Kassel". */
function oneLineAddress(line: Line): boolean {
  const segment = firstSegment(line.text);
  const name = leadingName(segment.text);
  const rest = line.text.slice(segment.offset + segment.text.length);
  return rest.trim() !== '' && !/[:：]/u.test(line.text) && !NOT_LETTERHEAD.test(line.text) && looksLikeName(name) && wholeSegmentIsName(segment.text, name) && POSTCODE_OR_STREET.test(rest);
}

/** A window envelope's sender line ending a flattened line: "... Bremen Kestrel Fulfilment GmbH · Hafenstraße 51 · 28197 Bremen". */
const SENDER_LINE_END = /\p{Lu}[^·•\n]*?[ \t][·•][ \t][^·•\n]+[ \t][·•][ \t][^·•\n]+$/u;
/** The window's name ending the next line, after the left column's last field ("USt-IdNr. DE318442077 Fjällström Friluft AB"). */
const NAME_AT_LINE_END = /(?<=\S*\d\S*[ \t]+)\p{Lu}[\p{L}&'’ .-]*$/u;

/**
 * The same window address beside the letterhead's own column, flattened onto its lines: the sender line
 * ends a line, and the line below ends with the customer's name, its legal form closing it, over a street
 * or a postcode at the end of the line after.
 *
 *   Hafenstraße 51 · 28197 Bremen Kestrel Fulfilment GmbH · Hafenstraße 51 · 28197 Bremen
 *   USt-IdNr. DE318442077 Fjällström Friluft AB
 *   Tel. +49 421 66 30 80 Industrivägen 9
 */
export function flattenedSenderLineCustomer(text: string): FoundParty[] {
  const lines = splitLines(text).filter((line) => line.text.trim());
  for (let i = 0; i + 2 < lines.length && i < SENDER_LINE_MAX; i += 1) {
    const sender = lines[i];
    if (!sender || !SENDER_SEPARATOR.test(sender.text) || !SENDER_LINE_END.test(sender.text) || !POSTCODE_OR_STREET.test(sender.text)) continue;
    const customerLine = lines[i + 1];
    const match = customerLine && !/[:：]/u.test(customerLine.text) ? NAME_AT_LINE_END.exec(customerLine.text.trimEnd()) : null;
    const name = match ? leadingName(match[0]) : '';
    if (!customerLine || !match || !looksLikeName(name) || name !== match[0].trim() || !HAS_LEGAL_FORM.test(name)) continue;
    if (!POSTCODE_OR_STREET.test(lines[i + 2]?.text.slice(-24) ?? '')) continue;
    const start = customerLine.start + match.index;
    return [{ role: 'customer', name, start, end: start + name.length, text: name, generic: true }];
  }
  return [];
}

/** A customer's heading closing a flattened line, its column the last: "... TAX INVOICE Importer", "... Invoice No. Bill To". Matched folded. */
const LAST_COLUMN_HEADING = new RegExp(`(?<=\\S[ \\t]+)(?:${labelGroup(CUSTOMER_LABELS)}|${foldPattern('importer')})[ \\t]*[:：]?[ \\t]*$`, 'u');

/**
 * Three columns flattened line by line, the customer's the last: its heading ends a line, and the line
 * below ends with the name, its legal form closing it, after the middle column's value.
 *
 *   Sandgate Customs Brokers Pty Ltd TAX INVOICE Importer
 *   ABN 61 604 118 273 Invoice No. SCB-118204 Tallowood Home Imports Pty Ltd
 */
export function lastColumnCustomer(text: string, folded: string): FoundParty[] {
  const lines = splitLines(text);
  for (let i = 0; i + 1 < lines.length && i < ISSUER_HEAD_LINES; i += 1) {
    const line = lines[i];
    const below = lines[i + 1];
    if (!line || !below || !LAST_COLUMN_HEADING.test(folded.slice(line.start, line.end))) continue;
    const match = NAME_AT_LINE_END.exec(below.text.trimEnd());
    const name = match ? leadingName(match[0]) : '';
    if (!match || !looksLikeName(name) || name !== match[0].trim() || !HAS_LEGAL_FORM.test(name)) continue;
    const start = below.start + match.index;
    return [{ role: 'customer', name, start, end: start + name.length, text: name, generic: true }];
  }
  return [];
}
