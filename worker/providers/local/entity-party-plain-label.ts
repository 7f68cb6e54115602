/**
 * A party label without its colon, one blank before the name, opening its line: "Bill to Harbor
 * Freightways Inc.", "Buyer Tern Analytics BV", as labels read once a scan or a careless template
 * drops the colon (see `entity-parties`, which tries it where no other label pattern matches).
 */
import { HAS_LEGAL_FORM } from './entity-party-names';
import { ATTENTION_LINE, restOfLine } from './entity-party-lines';
import { CUSTOMER_LABELS, DELIVERY_LABELS, labelGroup, VENDOR_LABELS } from './entity-party-labels';

/** An organisation's name: a legal form, or three capitalised words. */
export function organisationName(name: string): boolean {
  return HAS_LEGAL_FORM.test(name) || (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length >= 3;
}

/** Another party label opening a value: the next column's heading, not a name. */
const ANY_LABEL_FIRST = new RegExp(`^(?:${labelGroup([...VENDOR_LABELS, ...CUSTOMER_LABELS, ...DELIVERY_LABELS])})`, 'u');
/** How many words a name after a label without its colon may have. */
const MAX_NAME_WORDS = 6;

/** Words that make a party label a heading of something else: "Customer Service", "Client Portal", "Supplier Code". */
const OTHER_HEADING_AFTER = /^(?:service|services|support|care|portal|code|type|category|group|reference|ref|signature|satisfaction|feedback|agreement|terms|copy)(?![\p{L}])/iu;

/**
 * A label opening its line, one blank before the name and no colon: "Bill to Harbor Freightways Inc.",
 * "Buyer Tern Analytics BV". Only where the name fills the rest of the line (no colon, no further
 * field after a gap) and is an organisation's (a legal form, or three capitalised words).
 */
export function labelBeforeLineName(text: string, folded: string, barred: RegExpExecArray): boolean {
  const valueStart = barred.index + barred[0].length;
  const after = restOfLine(text, valueStart).trim();
  // "Attn. Mr R. de Klerk, HR department": a person to write to, not the party.
  if (ATTENTION_LINE.test(text.slice(barred.index, valueStart))) return false;
  // Nor a heading row ("BILL TO SHIP TO INVOICE # 1093") or a sentence ("... Co. Thank you for your business!").
  if (OTHER_HEADING_AFTER.test(after) || /[:：#!?]|[ ]{2,}|\t|\|/u.test(after) || ANY_LABEL_FIRST.test(folded.slice(valueStart, valueStart + after.length))) return false;
  // The name up to its address: "Parkside Veterinary Group, 12 Elm St, Somerville".
  const name = after.split(',')[0] ?? '';
  return organisationName(name) && name.split(/\s+/u).length <= MAX_NAME_WORDS;
}

/** A line with no colon, mark or column gap from `at` on: the only kind `labelBeforeLineName` reads, cheaply told. */
export function plainLine(folded: string, at: number): boolean {
  const end = folded.indexOf('\n', at);
  return !/[:：#!?|\t]|[ ]{2}/u.test(folded.slice(at, end < 0 ? folded.length : end));
}
