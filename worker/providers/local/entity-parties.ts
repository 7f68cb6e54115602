/**
 * Who issues and who receives a document: labelled blocks on invoices (in English, German, French,
 * Italian, Spanish, Dutch and Portuguese, bilingual "Lieferant / Supplier:" included), parties in
 * sentences ("Invoice from X to Y"), "between X and Y" in contracts, and, when nothing names them,
 * the letterhead and the address block.
 */
import { withoutColumnHeadings } from './entity-name-headings';
import { isNumberField, isShipmentHeading } from './entity-party-not-names';
import { withoutHonorific } from './entity-name-honorific';
import { foldPattern, foldText } from './entity-ocr';
import { contractParties, proseParties, salutationCustomer } from './entity-party-prose';
import { addressedCustomer, letterheadVendor, signatureVendor, withFullName } from './entity-letterhead';
import { flattenedSenderLineCustomer, lastColumnCustomer, senderLineCustomer, windowAddressCustomer } from './entity-window-address';
import { chosenVendor, footerVendor, rightColumnVendor } from './entity-party-footer';
import { HAS_LEGAL_FORM, leadingName, looksLikeName, ROLE_OR_DEPARTMENT } from './entity-party-names';
import { ATTENTION_LINE, columnValueStart, nameAt, nameField, nextLineStart, organisationAbove, organisationLine, restOfLine } from './entity-party-lines';
import { attentionCustomer, departmentBlockCustomer } from './entity-party-blocks';
import { headerRowParties, OTHER_PARTY_FIRST } from './entity-party-header-row';
import { columnHeaderCustomer } from './entity-party-columns';
import { captionedBlock } from './entity-party-caption';
import { withPlainCase } from './entity-party-case';
import { CUSTOMER_LABELS, DELIVERY_LABELS, labelGroup, VENDOR_LABELS } from './entity-party-labels';
import { labelBeforeLineName, organisationName, plainGenericLabel, plainGenericPattern, plainLine } from './entity-party-plain-label';
import type { Span } from './entity-text';

export { CUSTOMER_LABELS, VENDOR_LABELS };

export type PartyRole = 'vendor' | 'customer' | 'party';

export interface FoundParty extends Span {
  role: PartyRole;
  name: string;
  /** Named by a generic label ("From:", "To:", "An:"), as mail headers also are: a weaker claim than "Supplier:". */
  generic?: boolean;
  /** A mail header's sender or addressee ("From: Bram Hoekstra <bram@...>"): the person who wrote, the weakest claim. */
  mailHeader?: boolean;
}

/** A header line of an e-mail: a generic label and an address on the same line. */
const MAIL_ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;

/**
 * A label opens a line or a column (after two blanks, a tab or a bar) and ends at a colon or stands
 * alone before a column gap or the end of its line ("BILL TO" over an address block). After a
 * single blank in mid-line only a label of several words, or a long one, followed by a colon counts
 * ("Sunbridge Solar Pty Ltd Bill to: Coastal Cafe"), so "Deliver to:" is not a customer label.
 */
interface LabelPattern {
  /** Tried where a label may open a line or a column. */
  column: RegExp;
  /** Tried after a single blank in mid-line. */
  midLine: RegExp;
  /**
   * Tried after a bar or a tab, or in a line of columns, when `column` fails: a label and its value
   * parted by one blank ("| Customer Harbour Cafe Ltd |", "Bill To Tillbrook Scout Council   Ship To ...").
   */
  barred: RegExp;
  /** Tried opening a line of a stack of fields when the others fail: an everyday word and its value parted by one blank ("From Larkwood Legal Services"). */
  plainGeneric: RegExp;
  /** Tried opening a line or after a bar: a label's cell, a bar, and the value's cell ("Customer name | Stratholm Paper Mills Ltd |"). */
  barCell: RegExp;
}

/**
 * Both patterns are sticky: they are tried only at the word starts `labelStarts` picks, which is
 * several times faster than letting the regex engine try every position of the text.
 */
/** Labels that are everyday words too ("from", "to", "an"): never without their colon or column gap. */
const GENERIC_WORDS = new Set(['from', 'to', 'for', 'von', 'an', 'de', 'da', 'van', 'aan', 'para', 'a', 'à', 'ship[\\s-]*to']);

function labelPattern(labels: string[]): LabelPattern {
  const midLine = labelGroup(labels.filter((label) => label.includes('\\s') || label.length >= 6));
  return {
    // "Student / payer:", "Afnemer - Buyer:": a word of the document's own before a known label, opening the line.
    // A scan's stray dot before the colon ("Bill To.:") and a dash for the colon ("Client - Boulangerie Petit Four") part them too.
    column: new RegExp(`(?<label>(?:\\p{L}+(?:[ \\t]*/[ \\t]*|[ \\t]+[-–][ \\t]+))?${labelGroup(labels)})(?:[*_]*\\.?[ \\t]*[:：;][*_]*[ \\t]*(?:\\|[ \\t]*)?|[*_]*[ \\t]*$|[ \\t]+[-–][ \\t]+(?=\\p{L})|(?:[ \\t]{2,}|\\t)(?:\\|[ \\t]*(?=\\p{L}))?|[ \\t]*\\.{3,}[ \\t]*(?=\\p{L}))`, 'ymu'),
    midLine: new RegExp(`(?<label>${midLine})[ \\t]*[:：][ \\t]*`, 'yu'),
    // "Πελάτης / Customer Hestholmen Bulk Carriers AS": a word of the document's own may gloss the label here too.
    barred: new RegExp(`(?<label>(?:\\p{L}+[ \\t]*/[ \\t]*)?${labelGroup(labels.filter((label) => label.length >= 4 && !GENERIC_WORDS.has(label)))})[ \\t]`, 'yu'),
    plainGeneric: plainGenericPattern(labels),
    barCell: new RegExp(`(?<label>${labelGroup(labels.filter((label) => !GENERIC_WORDS.has(label)))})[ \\t]*\\|[ \\t]*(?=\\p{L})`, 'yu'),
  };
}

/** Markdown and list marks that may open a line before a label: "**From:** Acme", "- Customer: Globex", a scan's stray bar "| Buyer: Tern BV". */
const OPENING_MARKS = new Set([' ', '\t', '*', '_', '#', '>', '•', '·', '-', '|']);
const WORD_CHAR = /[\p{L}\p{N}]/u;

interface LabelStart {
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
function labelStarts(folded: string): LabelStart[] {
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
    const isWordStart = WORD_CHAR.test(char) && !WORD_CHAR.test(previous) && /\p{L}/u.test(char);
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

/** Whether the line at `at` holds columns parted by gaps of two blanks or more, a tab or a bar, after its first word. */
function flattenedLine(folded: string, at: number): boolean {
  const lineStart = folded.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = folded.indexOf('\n', at);
  return /\S(?: {2,}|\t|[ \t]*\|[ \t]*)\S/u.test(folded.slice(lineStart, lineEnd < 0 ? folded.length : lineEnd));
}

/** A number word after a party label: "Customer No.", "Client ID", "Kunden-Nr", "Account Number". */
const NUMBER_WORD_AFTER = /^(?:no|nr|n[°º]|id|number|nummer|num[eé]ro|n[uú]mero|ref|code|account)(?![\p{L}])/iu;

/** A single word and a colon after a label's word: the two make one label ("Customer PO:", "Client Ref.:"). */
const WORD_THEN_COLON = /^\p{L}+\.?[ \t]*[:：]/u;

function matchLabel(text: string, folded: string, pattern: LabelPattern, start: LabelStart): RegExpExecArray | null {
  const sticky = start.midLine ? pattern.midLine : pattern.column;
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
  pattern.barred.lastIndex = start.at;
  const barred = pattern.barred.exec(folded);
  // The value follows at once and is a name ("| Customer Harbour Cafe Ltd |"), not a sentence ("| customer service ...").
  // Nor is it the label's own number word: "Customer No.", "Kunden Nr", "Client ID" head a column of numbers.
  const after = barred ? text.slice(barred.index + barred[0].length) : '';
  if (!barred) return start.opening ? plainGenericLabel(text, folded, pattern.plainGeneric, start.at) : null;
  if (!/^\p{Lu}/u.test(after) || NUMBER_WORD_AFTER.test(after)) return null;
  // Nor a word and a colon: "Customer PO:   BH-PO-5512" is one label of several words, with another field's value.
  if (WORD_THEN_COLON.test(after)) return null;
  return flattened || labelBeforeLineName(text, folded, barred) ? barred : null;
}

const VENDOR_LABEL = labelPattern(VENDOR_LABELS);
/** Tested on folded text, where i reads l ("shlp to"). */
const GENERIC_LABEL = /^(?:from|to|for|von|an|de|da|van|aan|para|a|sh[il]p[\s-]*to)$/u;
/** "For:" names the customer only with an organisation's name (a legal form, or three capitalised words), not "For: Website redesign". */
const FOR_LABEL = /^for$/u;
const CUSTOMER_LABEL = labelPattern(CUSTOMER_LABELS);
/**
 * Perhaps after a word of another language and a slash, as bilingual labels have it ("Odběratel / Customer:"),
 * or before a slash and a word that glosses it ("Consignee / delivery:", a column's heading, not a name).
 */
const ANY_LABEL = new RegExp(`^(?:\\p{L}+[ \\t]*/[ \\t]*)?(?:${labelGroup([...VENDOR_LABELS, ...CUSTOMER_LABELS, ...DELIVERY_LABELS])})(?:[ \\t]*/[ \\t]*\\p{L}+)?\\s*[:：]?$`, 'iu');

/** A cell holding a label of the same role alone, as a label table in several languages repeats it ("Cliente", "Customer"). */
const SAME_ROLE_LABEL: Partial<Record<PartyRole, RegExp>> = {
  vendor: new RegExp(`^(?:${labelGroup(VENDOR_LABELS)})[ \\t]*$`, 'iu'),
  customer: new RegExp(`^(?:${labelGroup(CUSTOMER_LABELS)})[ \\t]*$`, 'iu'),
};
/** How many such cells may stand between a label and its value. */
const MAX_GLOSS_CELLS = 3;

/** An office or a department opening a longer value: "Accounts Payable Harlow Vending Supplies". */
const ROLE_FIRST = new RegExp(ROLE_OR_DEPARTMENT.source.replace(/\$$/u, ''), 'iu');
/** The next column's capitalised name after the office (not "Bookkeeping by Nadia", nor a street number). */
function roleThenName(value: string): boolean {
  const role = ROLE_FIRST.exec(value);
  return role !== null && /^[ \t]+\p{Lu}\p{Ll}/u.test(value.slice(role[0].length)) && !HAS_LEGAL_FORM.test(value);
}

/** A bare account or customer number, then a column gap, then a word. */
const ACCOUNT_COLUMN = /^[ \t]*\d[\d-]{2,}(?:[ \t]{2,}|\t)(?=\p{L})/u;
/** After "Account:" the account's code may hold letters too ("Account:   GREY004   Greywell Dental Practice"). */
const ACCOUNT_CODE_COLUMN = /^[ \t]*(?:\d[\d-]{2,}|(?=[\p{Lu}\d-]*\d)\p{Lu}[\p{Lu}\d-]{2,})(?:[ \t]{2,}|\t)(?=\p{L})/u;

/** A value that is itself another field's label: "Invoice to: Payment due: 9 October 2025" names the line below. */
/** Perhaps glossed in another language: "Cliente / Customer:   Scadenza / Due date: 15/05/2026" names the line below too. */
/** Perhaps abbreviated: "Kunde:   Fakturanr.:  10772" (Norwegian "invoice no."). */
const FIELD_LABEL_FIRST = /^\p{Lu}\p{Ll}+\.?(?:\s\p{Ll}+\.?)?(?:[ \t]*\/[ \t]*\p{L}+(?:\s\p{Ll}+)?)?\s*[:：]/u;
/** Or a number field of the next column, written without a colon: "Issued to:   Invoice No.  TJ-1" names the line below. */
const NUMBER_FIELD_FIRST = /^\p{Lu}\p{L}+(?:\s\p{L}+)?\s+(?:no\.?|nr\.?|number|#)(?=\s|$)/iu;

/**
 * A field of the next column after a wide gap, the label's own value being on the lines below:
 * "Invoice to:        Delivery Note DN 88412" over "Pellowe Joinery Ltd". Words, then a figure.
 */
const FIELD_WITH_FIGURE = /^\p{Lu}[\p{L}.]*(?:[ \t]\p{L}[\p{L}.]*){0,3}[ \t]+[\p{L}\d#-]*\d/u;
const WIDE_GAP = 8;
function otherColumnField(text: string, labelStart: number, nameStart: number): boolean {
  const between = text.slice(labelStart, nameStart);
  const gap = /[ \t]*$/u.exec(between)?.[0].length ?? 0;
  if (gap < WIDE_GAP || !/[:：]/u.test(between) || !FIELD_WITH_FIGURE.test(restOfLine(text, nameStart))) return false;
  // The label's own column goes on below it: the next line holds text where the label starts.
  const below = nextLineStart(text, labelStart);
  const column = labelStart - (text.lastIndexOf('\n', labelStart - 1) + 1);
  return below !== null && /^\S/u.test(restOfLine(text, below).slice(column));
}

/** Bank details near a label: its line and the lines either side of it. */
const BANK_NEARBY = /(?<![\p{L}])(?:iban|bic|swift|sort\s*code|bsb|routing|bank|kontonummer|bankgiro)(?![\p{L}])/iu;
/** A holder's label without the account it holds ("Titular:", not "Titular de la cuenta:"), matched folded. */
const HOLDER_LABEL = new RegExp(`^(?:account\\s*holder|${foldPattern('titular')})$`, 'u');
function linesAround(text: string, offset: number): string {
  let from = text.lastIndexOf('\n', offset - 1);
  for (let i = 0; i < 2 && from > 0; i += 1) from = text.lastIndexOf('\n', from - 1);
  let to = text.indexOf('\n', offset);
  for (let i = 0; i < 2 && to >= 0; i += 1) to = text.indexOf('\n', to + 1);
  return text.slice(Math.max(0, from), to < 0 ? text.length : to);
}

/** What may come before a label that opens its line. */
const LINE_HEAD = /^[\s>*•·|-]*$/u;
/** A header row of party columns opening with the customer's ("BILL TO   SHIP TO   TERMS Net 30"), matched folded. */
const CUSTOMER_COLUMN_FIRST = new RegExp(`^[\\s>*•·|-]*(?:${labelGroup(CUSTOMER_LABELS.filter((label) => !GENERIC_WORDS.has(label)))})(?:[ \\t]{2,}|\\t)`, 'u');
/** "Ship to", matched folded (i reads l). */
const SHIP_TO = /^sh[il]p[\s-]*to$/u;

/** `folded` is `foldText(text)`: labels are matched there, names read from `text`. */
function labelled(text: string, folded: string, pattern: LabelPattern, role: PartyRole): FoundParty[] {
  const parties: FoundParty[] = [];
  for (const start of labelStarts(folded)) {
    const match = matchLabel(text, folded, pattern, start);
    if (!match) continue;
    const label = match.groups?.label ?? '';
    const labelStart = match.index;
    // "Ship to" in a header row after the customer's column heads the goods' address, not who is billed.
    if (role === 'customer' && SHIP_TO.test(label.trim()) && CUSTOMER_COLUMN_FIRST.test(folded.slice(folded.lastIndexOf('\n', labelStart - 1) + 1, labelStart))) continue;
    // "Account holder" and "Titular" are the payee among bank details (IBAN, sort code) and the customer on a utility's bill.
    if (HOLDER_LABEL.test(label.trim()) && BANK_NEARBY.test(linesAround(text, labelStart)) !== (role === 'vendor')) continue;
    // "Bill-to party   40012   Saddleback Mills Corporation": an account number in its own column before the name.
    const accountColumn = (/^account/u.test(label) ? ACCOUNT_CODE_COLUMN : ACCOUNT_COLUMN).exec(text.slice(match.index + match[0].length, match.index + match[0].length + 24));
    let name = nameAt(text, match.index + match[0].length + (accountColumn?.[0].length ?? 0));
    // "Cliente   Cliente   Customer   Residenza Altamura S.r.l.": the label again in other languages, cell after cell, then its value.
    // Another party's heading is no gloss: "BILL TO   SHIP TO   TERMS Net 30" is a header row (read by `headerRowParties`).
    const glossCell = (cell: { start: number; end: number }): boolean => {
      const words = folded.slice(cell.start, cell.end);
      return SAME_ROLE_LABEL[role]?.test(words) === true && !OTHER_PARTY_FIRST.test(words);
    };
    for (let cell = 0; cell < MAX_GLOSS_CELLS && name && !/[:：]/u.test(match[0]) && glossCell(name); cell += 1) {
      const gap = /^[ \t]{2,}(?=\S)/u.exec(text.slice(name.end, name.end + 40));
      if (!gap) break;
      name = nameAt(text, name.end + gap[0].length);
    }
    // "Code client : C-40317", "Kunde: 10023": a label with a number after it names no block below.
    if (!name && /\d/u.test(restOfLine(text, match.index + match[0].length))) continue;
    // A label with nothing after it, or with another label after it (a header row), names the block below.
    const valueLine = name ? restOfLine(text, name.start) : '';
    // "BILL TO NOTIFY PARTY" opening its line: a header row of party columns, read by `headerRowParties`
    // (after a vendor's name, "SOLD TO   SHIP TO" is read below as before).
    if (name && !/[:：]/u.test(match[0]) && OTHER_PARTY_FIRST.test(folded.slice(name.start, name.end)) && LINE_HEAD.test(text.slice(text.lastIndexOf('\n', labelStart - 1) + 1, labelStart))) continue;
    if (!name || ANY_LABEL.test(folded.slice(name.start, name.end)) || isShipmentHeading(text.slice(name.start, name.end)) || FIELD_LABEL_FIRST.test(valueLine) || NUMBER_FIELD_FIRST.test(valueLine) || otherColumnField(text, labelStart, name.start)) {
      let below = nextLineStart(text, labelStart);
      // "Cessionario" over "Customer" over the name: the line below glosses the label in another language.
      if (below !== null && ANY_LABEL.test(folded.slice(below, below + restOfLine(text, below).length).trim())) below = nextLineStart(text, below);
      // A block of fields under the label names the party in one of them: "Denominazione: Officine Tramontin S.r.l.".
      const field = below === null ? null : nameField(text, below);
      const start = field ?? (below === null ? null : columnValueStart(text, labelStart, below));
      name = start === null ? null : nameAt(text, start);
      // Another field below is no name: "CNPJ do emitente: 27.418.903/0001-56" over "Inscrição municipal: 4.118.207-3".
      if (name && FIELD_LABEL_FIRST.test(restOfLine(text, name.start)) && !ATTENTION_LINE.test(restOfLine(text, name.start))) name = null;
      // "Customer" over "VAT no.: GB294771608": a number, no name.
      if (name && isNumberField(restOfLine(text, name.start))) name = null;
      // "Bill to:" over "Attn: John Smith" over "Harbour Cafe Ltd": the person comes before the company.
      if (name && ATTENTION_LINE.test(restOfLine(text, name.start))) {
        const next = nextLineStart(text, name.start);
        name = next === null ? null : nameAt(text, next);
      }
    }
    // "Lowbridge Care Homes Ltd" over "Attention: Priya Natarajan, Estates": the contact belongs to the organisation above.
    if (name && ATTENTION_LINE.test(text.slice(text.lastIndexOf('\n', labelStart - 1) + 1, labelStart + label.length))) {
      const above = organisationAbove(text, labelStart);
      if (above) name = above;
    }
    // "To: The Bursar, St Aldric's School": an office or a department first; the organisation follows it,
    // on the same line after a comma, or alone on the next line ("For the attention of Accounts Payable" over the company).
    // "Attn: Accounts Payable   Harlow Vending Supplies" flattened: the office, then another column's name
    // (no legal form after the office, which "Accounts Payable Services Ltd" has): the block names no party.
    if (name && roleThenName(text.slice(name.start, name.end))) name = null;
    while (name && ROLE_OR_DEPARTMENT.test(text.slice(name.start, name.end))) {
      const after = text.slice(name.end).match(/^[ \t]*,[ \t]*/u);
      const below = after || restOfLine(text, name.end).trim() ? null : nextLineStart(text, name.end);
      name = after ? nameAt(text, name.end + after[0].length) : below === null ? null : organisationLine(text, below);
    }
    if (!name) continue;
    const value = text.slice(name.start, name.end);
    if (!looksLikeName(leadingName(value) || value)) {
      // "Client" opening the line under the block it captions, its own column holding a reference:
      // a caption has no colon, and is no everyday word ("For: boiler service" is a sentence).
      const caption = !/[:：]/u.test(match[0]) && !GENERIC_LABEL.test(folded.slice(labelStart, labelStart + label.length));
      const captioned = caption ? captionedBlock(text, labelStart) : null;
      if (captioned) parties.push({ role, name: captioned.name, start: captioned.start, end: captioned.start + captioned.name.length, text: captioned.name });
      continue;
    }
    if (FOR_LABEL.test(folded.slice(labelStart, labelStart + label.length)) && (leadingName(value) !== value || !organisationName(value))) continue;
    const generic = GENERIC_LABEL.test(folded.slice(labelStart, labelStart + label.length));
    const mailHeader = generic && MAIL_ADDRESS.test(restOfLine(text, labelStart));
    // The organisation above an attention line stands before its label, and is cited alone.
    const from = Math.min(labelStart, name.start);
    parties.push({ role, name: value, start: from, end: name.end, text: text.slice(from, name.end), ...(generic ? { generic } : {}), ...(mailHeader ? { mailHeader } : {}) });
  }
  return parties;
}

export function findParties(text: string, folded = foldText(text)): FoundParty[] {
  const byLabel = [...labelled(text, folded, VENDOR_LABEL, 'vendor'), ...labelled(text, folded, CUSTOMER_LABEL, 'customer')];
  const labelledLines = new Set(byLabel.map((party) => text.lastIndexOf('\n', party.start - 1) + 1));
  const found = [
    ...byLabel,
    ...headerRowParties(text, folded, labelledLines),
    ...proseParties(text),
    ...contractParties(text),
  ];
  // The letterhead and the address block only stand in for parties nothing else names.
  // A mail's sender is who wrote it, which the letterhead of the invoice in it outranks.
  const has = (role: PartyRole) => found.some((party) => party.role === role && !party.mailHeader);
  if (!has('customer')) found.push(...attentionCustomer(text));
  if (!has('customer')) found.push(...departmentBlockCustomer(text));
  if (!has('customer')) found.push(...columnHeaderCustomer(text));
  if (!has('customer')) found.push(...senderLineCustomer(text));
  if (!has('customer')) found.push(...flattenedSenderLineCustomer(text));
  if (!has('customer')) found.push(...lastColumnCustomer(text, folded));
  if (!has('customer')) found.push(...addressedCustomer(text));
  if (!has('customer')) found.push(...salutationCustomer(text));
  if (!has('customer')) found.push(...windowAddressCustomer(text));
  if (!has('vendor')) found.push(...letterheadVendor(text, found.filter((party) => !party.mailHeader)));
  if (!has('vendor')) found.push(...signatureVendor(text));
  if (!has('vendor')) found.push(...footerVendor(text, found));
  if (!has('vendor')) found.push(...chosenVendor(text));
  if (!has('vendor')) found.push(...rightColumnVendor(text, found));
  // A label and a sentence may name the same party ("Facturé à : X"); it is one party.
  const seen = new Set<string>();
  // A name read in capitals is cited as the text writes it plainly elsewhere (see `withPlainCase`), once
  // an honorific or a column's headings run into it are gone.
  return withPlainCase(text, found.map((party) => (party.role === 'party' ? party : withoutColumnHeadings(withoutHonorific(withFullName(text, party))))))
    .sort((a, b) => a.start - b.start)
    .filter((party) => {
      const key = `${party.role}\u0000${party.name}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
