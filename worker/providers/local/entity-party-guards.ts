/**
 * Guards on a party label's match (entity-parties' `labelled`): when a label and the words after it
 * are something else than a label and its party's name. A word and a colon after the label make one
 * longer label ("Customer PO:"); another field, perhaps in the next column, stands where the name
 * would ("Invoice to:        Delivery Note DN 88412"); "Ship to" after the customer's column heads
 * an address; the label repeated in other languages, cell after cell, glosses it ("Cliente   Customer").
 */
import { labelGroup, CUSTOMER_LABELS, DELIVERY_LABELS, VENDOR_LABELS } from './entity-party-labels';
import { OTHER_PARTY_FIRST } from './entity-party-header-row';
import { nameAt, nextLineStart, restOfLine } from './entity-party-lines';
import { HAS_LEGAL_FORM, ROLE_OR_DEPARTMENT } from './entity-party-names';
import { foldPattern } from './entity-ocr';
import type { PartyRole } from './entity-parties';

/** Labels that are everyday words too ("from", "to", "an"): never without their colon or column gap. */
export const GENERIC_WORDS = new Set(['from', 'to', 'for', 'von', 'an', 'de', 'da', 'van', 'aan', 'para', 'a', 'à', 'ship[\\s-]*to']);

/** A number word after a party label: "Customer No.", "Client ID", "Kunden-Nr", "Account Number". */
export const NUMBER_WORD_AFTER = /^(?:no|nr|n[°º]|id|number|nummer|num[eé]ro|n[uú]mero|ref|code|account)(?![\p{L}])/iu;

/** A single word and a colon after a label's word: the two make one label ("Customer PO:", "Client Ref.:"). */
export const WORD_THEN_COLON = /^\p{L}+\.?[ \t]*[:：]/u;

/**
 * Perhaps after a word of another language and a slash, as bilingual labels have it ("Odběratel / Customer:"),
 * or before a slash and a word that glosses it ("Consignee / delivery:", a column's heading, not a name).
 */
export const ANY_LABEL = new RegExp(`^(?:\\p{L}+[ \\t]*/[ \\t]*)?(?:${labelGroup([...VENDOR_LABELS, ...CUSTOMER_LABELS, ...DELIVERY_LABELS])})(?:[ \\t]*/[ \\t]*\\p{L}+)?\\s*[:：]?$`, 'iu');

/** A cell holding a label of the same role alone, as a label table in several languages repeats it ("Cliente", "Customer"). */
export const SAME_ROLE_LABEL: Partial<Record<PartyRole, RegExp>> = {
  vendor: new RegExp(`^(?:${labelGroup(VENDOR_LABELS)})[ \\t]*$`, 'iu'),
  customer: new RegExp(`^(?:${labelGroup(CUSTOMER_LABELS)})[ \\t]*$`, 'iu'),
};
/** How many such cells may stand between a label and its value. */
export const MAX_GLOSS_CELLS = 3;

/** An office or a department opening a longer value: "Accounts Payable Harlow Vending Supplies". */
export const ROLE_FIRST = new RegExp(ROLE_OR_DEPARTMENT.source.replace(/\$$/u, ''), 'iu');
/** The next column's capitalised name after the office (not "Bookkeeping by Nadia", nor a street number). */
export function roleThenName(value: string): boolean {
  const role = ROLE_FIRST.exec(value);
  return role !== null && /^[ \t]+\p{Lu}\p{Ll}/u.test(value.slice(role[0].length)) && !HAS_LEGAL_FORM.test(value);
}

/** A bare account or customer number, then a column gap, then a word. */
export const ACCOUNT_COLUMN = /^[ \t]*\d[\d-]{2,}(?:[ \t]{2,}|\t)(?=\p{L})/u;
/** After "Account:" the account's code may hold letters too ("Account:   GREY004   Greywell Dental Practice"). */
export const ACCOUNT_CODE_COLUMN = /^[ \t]*(?:\d[\d-]{2,}|(?=[\p{Lu}\d-]*\d)\p{Lu}[\p{Lu}\d-]{2,})(?:[ \t]{2,}|\t)(?=\p{L})/u;

/** A value that is itself another field's label: "Invoice to: Payment due: 9 October 2025" names the line below. */
/** Perhaps glossed in another language: "Cliente / Customer:   Scadenza / Due date: 15/05/2026" names the line below too. */
/** Perhaps abbreviated: "Kunde:   Fakturanr.:  10772" (Norwegian "invoice no."). */
export const FIELD_LABEL_FIRST = /^\p{Lu}\p{Ll}+\.?(?:\s\p{Ll}+\.?)?(?:[ \t]*\/[ \t]*\p{L}+(?:\s\p{Ll}+)?)?\s*[:：]/u;
/** Or a number field of the next column, written without a colon: "Issued to:   Invoice No.  TJ-1" names the line below. */
export const NUMBER_FIELD_FIRST = /^\p{Lu}\p{L}+(?:\s\p{L}+)?\s+(?:no\.?|nr\.?|number|#)(?=\s|$)/iu;

/**
 * A field of the next column after a wide gap, the label's own value being on the lines below:
 * "Invoice to:        Delivery Note DN 88412" over "Pellowe Joinery Ltd". Words, then a figure.
 */
export const FIELD_WITH_FIGURE = /^\p{Lu}[\p{L}.]*(?:[ \t]\p{L}[\p{L}.]*){0,3}[ \t]+[\p{L}\d#-]*\d/u;
export const WIDE_GAP = 8;
export function otherColumnField(text: string, labelStart: number, nameStart: number): boolean {
  const between = text.slice(labelStart, nameStart);
  const gap = /[ \t]*$/u.exec(between)?.[0].length ?? 0;
  if (gap < WIDE_GAP || !/[:：]/u.test(between) || !FIELD_WITH_FIGURE.test(restOfLine(text, nameStart))) return false;
  // The label's own column goes on below it: the next line holds text where the label starts.
  const below = nextLineStart(text, labelStart);
  const column = labelStart - (text.lastIndexOf('\n', labelStart - 1) + 1);
  return below !== null && /^\S/u.test(restOfLine(text, below).slice(column));
}

/** Bank details near a label: its line and the lines either side of it. */
export const BANK_NEARBY = /(?<![\p{L}])(?:iban|bic|swift|sort\s*code|bsb|routing|bank|kontonummer|bankgiro)(?![\p{L}])/iu;
/** A holder's label without the account it holds ("Titular:", not "Titular de la cuenta:"), matched folded. */
export const HOLDER_LABEL = new RegExp(`^(?:account\\s*holder|${foldPattern('titular')})$`, 'u');
export function linesAround(text: string, offset: number): string {
  let from = text.lastIndexOf('\n', offset - 1);
  for (let i = 0; i < 2 && from > 0; i += 1) from = text.lastIndexOf('\n', from - 1);
  let to = text.indexOf('\n', offset);
  for (let i = 0; i < 2 && to >= 0; i += 1) to = text.indexOf('\n', to + 1);
  return text.slice(Math.max(0, from), to < 0 ? text.length : to);
}

/** What may come before a label that opens its line. */
export const LINE_HEAD = /^[\s>*•·|-]*$/u;
/** A header row of party columns opening with the customer's ("BILL TO   SHIP TO   TERMS Net 30"), matched folded. */
export const CUSTOMER_COLUMN_FIRST = new RegExp(`^[\\s>*•·|-]*(?:${labelGroup(CUSTOMER_LABELS.filter((label) => !GENERIC_WORDS.has(label)))})(?:[ \\t]{2,}|\\t)`, 'u');
/** "Ship to", matched folded (i reads l). */
export const SHIP_TO = /^sh[il]p[\s-]*to$/u;

/** "Ship to" in a header row after the customer's column heads the goods' address, not who is billed. */
export function shipToAfterCustomerColumn(folded: string, label: string, labelStart: number): boolean {
  return SHIP_TO.test(label.trim()) && CUSTOMER_COLUMN_FIRST.test(folded.slice(folded.lastIndexOf('\n', labelStart - 1) + 1, labelStart));
}

/**
 * The name after cells that repeat the label in other languages ("Cliente   Cliente   Customer   Residenza
 * Altamura S.r.l."), up to `MAX_GLOSS_CELLS` of them; not after a colon. Another party's heading is no
 * gloss: "BILL TO   SHIP TO   TERMS Net 30" is a header row (read by `headerRowParties`).
 */
export function pastGlossCells(text: string, folded: string, role: PartyRole, labelMatch: string, found: ReturnType<typeof nameAt>): ReturnType<typeof nameAt> {
  const glossCell = (cell: { start: number; end: number }): boolean => {
    const words = folded.slice(cell.start, cell.end);
    return SAME_ROLE_LABEL[role]?.test(words) === true && !OTHER_PARTY_FIRST.test(words);
  };
  let name = found;
  for (let cell = 0; cell < MAX_GLOSS_CELLS && name && !/[:：]/u.test(labelMatch) && glossCell(name); cell += 1) {
    const gap = /^[ \t]{2,}(?=\S)/u.exec(text.slice(name.end, name.end + 40));
    if (!gap) break;
    name = nameAt(text, name.end + gap[0].length);
  }
  return name;
}
