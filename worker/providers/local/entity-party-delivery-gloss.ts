/**
 * Where goods go is not who is billed: "DESTINATARIO MERCE / SHIP TO", "Lieferadresse / Ship to" head
 * a delivery block glossed in English, and the "Ship to" in them names no customer (a ship-to label
 * alone still does, as before). And a line of an address is never a party's name: "Tilbury RM18 7DF",
 * "80331 München" are where a party is, under a "c/o" line or an attention line.
 */
import { DELIVERY_LABELS, labelGroup } from './entity-party-labels';
import { HAS_LEGAL_FORM } from './entity-party-names';
import { foldText } from './entity-ocr';
import { lineAbove } from './entity-text';

const SHIP = 'sh[il]p[\\s-]*to';
/** A delivery heading and "Ship to" glossing each other, in either order, alone on the line up to the label's end (folded). */
const DELIVERY_GLOSSED = new RegExp(`^[\\s>*•·|-]*(?:(?:${labelGroup(DELIVERY_LABELS)})[ \\t]*/[ \\t]*${SHIP}|${SHIP}[ \\t]*/[ \\t]*(?:${labelGroup(DELIVERY_LABELS)}))[ \\t]*[:：]?[ \\t]*$`, 'u');
/** Cheap stems before the long pattern (folded: i reads l). */
const SHIP_HINT = /sh[il]p/u;

/** Whether the customer label ending at `labelEnd` is the "Ship to" gloss of a delivery heading. */
export function deliveryGlossedShipTo(folded: string, labelStart: number, labelEnd: number): boolean {
  const lineStart = folded.lastIndexOf('\n', labelStart - 1) + 1;
  const head = folded.slice(lineStart, Math.min(labelEnd, lineStart + 120));
  // The label may stop before the gloss that follows it: read up to the end of its cell.
  const cellEnd = /^[^\n]*?(?=[ \t]{2,}|\t|\n|$)/u.exec(folded.slice(lineStart, lineStart + 120))?.[0] ?? head;
  const cell = cellEnd.length > head.length ? cellEnd : head;
  return SHIP_HINT.test(cell) && DELIVERY_GLOSSED.test(cell);
}

/** A postcode: British ("RM18 7DF"), Dutch ("3262 LE") or four or five figures before a town ("80331 München"). */
const POSTCODE = /(?<![\p{L}\d])(?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|\d{4}[ ]?[A-Z]{2}|\d{4,5}[ ]+\p{Lu}\p{Ll}+)(?![\p{L}\d])/u;

/** Whether a value read as a name is a line of an address instead (a company's legal form says otherwise). */
export function isAddressLine(value: string): boolean {
  return /\d/u.test(value) && !HAS_LEGAL_FORM.test(value) && POSTCODE.test(value);
}

/** Most lines are no delivery heading: a cheap look for the stems first. */
const DELIVERY_HINT = /deliver|site|install|service|liefer|leistung|livr|consegn|entrega|entregar|lever|consign|empf|destinat|ontvanger/iu;

/** A delivery heading alone on its line, perhaps glossed ("Destinatario merce / Ship to", "Lieferadresse:"), folded. */
const DELIVERY_HEADING = new RegExp(`^[\\s>*•·|-]*(?:\\p{L}+[ \\t]*/[ \\t]*)?(?:${labelGroup(DELIVERY_LABELS)})(?:[ \\t]*/[ \\t]*[\\p{L} -]{2,30})?[ \\t]*[:：]?[ \\t]*$`, 'u');

/**
 * Whether the line above the label's line heads a delivery block: "DESTINATARIO MERCE / SHIP TO" over
 * "c/o Fenwick Cold Store Ltd", where the attention line's organisation is the delivery site's, not the customer.
 */
export function deliveryHeadingAbove(text: string, labelStart: number): boolean {
  const above = lineAbove(text, labelStart);
  return above !== null && isDeliveryHeading(above.text.slice(0, 120));
}

/** Whether a line is a delivery block's heading alone ("DESTINATARIO MERCE / SHIP TO"), no name. */
export function isDeliveryHeading(line: string): boolean {
  return DELIVERY_HINT.test(line) && DELIVERY_HEADING.test(foldText(line.slice(0, 120)));
}
