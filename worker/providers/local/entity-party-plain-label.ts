/**
 * A party label without its colon, one blank before the name, opening its line: "Bill to Harbor
 * Freightways Inc.", "Buyer Tern Analytics BV", as labels read once a scan or a careless template
 * drops the colon (see `entity-parties`, which tries it where no other label pattern matches).
 */
import { foldPattern } from './entity-ocr';
import { FIELD_LABEL_OPENING, firstSegment } from './entity-letterhead';
import { HAS_LEGAL_FORM, looksLikeName, NAME_END } from './entity-party-names';
import { ATTENTION_LINE, restOfLine } from './entity-party-lines';
import { CUSTOMER_LABELS, DELIVERY_LABELS, labelGroup, VENDOR_LABELS } from './entity-party-labels';
import { WORD_END } from './entity-text';

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

/** An address after a name: a comma, then a street with its number or a postcode. */
const ADDRESS_AFTER = /^,[ \t]*(?:\d|[\p{L} .'’-]+\d)/u;

/** A person's name: two or three capitalised words ("Marcus Bell", "Ana de Souza" is read by the organisation test). */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]+(?:[ ]\p{Lu}[\p{L}'’.-]+){1,2}$/u;

/** The non-blank lines before (direction -1) or after (1) the line starting at `lineStart`, nearest first, up to `count`. */
function neighbourLines(text: string, lineStart: number, direction: -1 | 1, count: number): { start: number; text: string }[] {
  const lines: { start: number; text: string }[] = [];
  let cursor = lineStart;
  // Within `count + 1` lines: one blank line may part a stack, more end it.
  for (let hops = 0; hops < count + 1 && lines.length < count; hops += 1) {
    let start: number;
    if (direction < 0) {
      if (cursor === 0) break;
      start = text.lastIndexOf('\n', cursor - 2) + 1;
    } else {
      const end = text.indexOf('\n', cursor);
      if (end < 0) break;
      start = end + 1;
    }
    const line = restOfLine(text, start);
    if (line.trim()) lines.push({ start, text: line });
    cursor = start;
  }
  return lines;
}

/** How many of the lines around a label must open with a field's label for it to stand in a stack of fields. */
const STACK_FIELDS = 2;

/**
 * Whether the line at `lineStart` stands in a stack of fields, one a line: two of the two lines above
 * and the two below it open with a field's label ("Due date 2025-08-06", "Bill to Pemberton Housing
 * Co-operative"). Only there does a label without its colon stay a label when it is an everyday word
 * ("From") or the name after it is a person's; one field nearby ("Invoice no. 7") is not enough.
 */
function inFieldStack(text: string, folded: string, lineStart: number): boolean {
  const around = [...neighbourLines(text, lineStart, -1, 2), ...neighbourLines(text, lineStart, 1, 2)];
  const fields = around.filter((line) => {
    const segment = firstSegment(line.text);
    const at = line.start + segment.offset;
    return FIELD_LABEL_OPENING.test(segment.text) || /^invoice(?![\p{L}])/iu.test(segment.text) || ANY_LABEL_FIRST.test(folded.slice(at, at + segment.text.length));
  });
  return fields.length >= STACK_FIELDS;
}

/** The value after a label without colon, the scan's closing bar and blanks left out ("|  From Copperleaf Electrical Ltd     |"). */
function plainValue(text: string, folded: string, label: RegExpExecArray): string | null {
  const valueStart = label.index + label[0].length;
  const after = restOfLine(text, valueStart).replace(/[ \t|]+$/u, '').trim();
  // "Attn. Mr R. de Klerk, HR department": a person to write to, not the party.
  if (ATTENTION_LINE.test(text.slice(label.index, valueStart))) return null;
  // Nor a heading row ("BILL TO SHIP TO INVOICE # 1093") or a sentence ("... Co. Thank you for your business!").
  if (OTHER_HEADING_AFTER.test(after) || /[:：#!?]|[ ]{2,}|\t|\|/u.test(after) || ANY_LABEL_FIRST.test(folded.slice(valueStart, valueStart + after.length))) return null;
  // The name up to its address: "Parkside Veterinary Group, 12 Elm St, Somerville", its legal form kept ("Mobiliário Ancede, S.A. (NIF ...)").
  const name = after.slice(0, NAME_END.exec(after)?.index ?? after.length).trim();
  return name.split(/\s+/u).length <= MAX_NAME_WORDS ? name : null;
}

/**
 * A label opening its line, one blank before the name and no colon: "Bill to Harbor Freightways Inc.",
 * "Buyer Tern Analytics BV". Only where the name fills the rest of the line (no colon, no further
 * field after a gap) and is an organisation's (a legal form, or three capitalised words), or a
 * person's in a stack of fields ("Bill to Marcus Bell" under "Due date 2025-04-17").
 */
export function labelBeforeLineName(text: string, folded: string, barred: RegExpExecArray): boolean {
  const name = plainValue(text, folded, barred);
  if (name === null) return false;
  if (organisationName(name)) return true;
  if (!PERSON_NAME.test(name) || !looksLikeName(name)) return false;
  // Two words are a name when an address follows them ("Client Boulangerie Vaissière, 3 place du Marché, 63000 ...").
  const rest = restOfLine(text, barred.index + barred[0].length);
  return ADDRESS_AFTER.test(rest.slice(rest.indexOf(name) + name.length)) || inFieldStack(text, folded, text.lastIndexOf('\n', barred.index - 1) + 1);
}

/** Everyday words that are labels too, read without their colon only in a stack of fields. */
const PLAIN_GENERIC_WORDS = new Set(['from', 'von', 'van', 'to', 'an', 'aan']);

/** The sticky pattern of a role's everyday-word labels followed by one blank: "From ", "To ". */
export function plainGenericPattern(labels: string[]): RegExp {
  return new RegExp(`(?<label>(?:${labels.filter((label) => PLAIN_GENERIC_WORDS.has(label)).map(foldPattern).join('|')})${WORD_END})[ \t]`, 'yu');
}

/**
 * "From Larkwood Legal Services" in a stack of fields ("Due date 2025-08-06" above, "Bill to ..."
 * below), as a template that drops its colons prints it: an everyday word read as a label only
 * there, opening its line, with an organisation's or a person's name filling the rest of it.
 */
export function plainGenericLabel(text: string, folded: string, pattern: RegExp, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  const match = pattern.exec(folded);
  if (!match || !/^\p{Lu}/u.test(text.charAt(at + match[0].length))) return null;
  const name = plainValue(text, folded, match);
  const rest = restOfLine(text, match.index + match[0].length).replace(/[ \t|]+$/u, '').trim();
  // Or a company's name with its legal form and then its address, as a line of its own: "To Ashburnham Dental Care Ltd, 41 The Quay, Appledore EX39 1QS".
  const addressed = name !== null && name !== rest && HAS_LEGAL_FORM.test(name) && ADDRESS_AFTER.test(rest.slice(name.length)) && !/[.!?]$/u.test(rest);
  // The name alone fills the line: after an everyday word, an address or a sentence may follow a comma ("To X, c/o the Secretary, ...").
  if (name === null || (name !== rest && !addressed)) return null;
  if (!(organisationName(name) || (PERSON_NAME.test(name) && looksLikeName(name)))) return null;
  return addressed || inFieldStack(text, folded, text.lastIndexOf('\n', at - 1) + 1) ? match : null;
}

/** A line with no colon, mark or column gap from `at` on: the only kind `labelBeforeLineName` reads, cheaply told. */
export function plainLine(folded: string, at: number): boolean {
  const end = folded.indexOf('\n', at);
  return !/[:：#!?|\t]|[ ]{2}/u.test(folded.slice(at, end < 0 ? folded.length : end));
}
