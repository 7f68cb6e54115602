/**
 * A customer's heading opening a line of a header flattened into columns with single blanks, where
 * the same line goes on with the next column's heading or field, and the name opens the line below,
 * followed by that column's cell:
 *
 *   Bill To Due 09/11/2026                        Customer Period 01/03/2026 - 31/03/2026
 *   Acme Builders Ltd Site: 7 Quay Road           Harbour Hotel Ltd Due date 30/04/2026
 *
 *   Bill To | Install Site
 *   Orchard Dental Partners PLLC | Suite 210, 250 Main St
 *
 * No gap parts the columns, so a reader ends the name where a company's name ends: at its legal form
 * (the next column's words follow it), or at a bar parting the cells. A line below with no legal form
 * and no bar is left alone (its end is unknown). Why: entity-parties' labelled reader takes the heading's
 * line ("Due 09/11/2026", "Site") for its value and finds no name there.
 */
import type { FoundParty } from './entity-parties';
import { foldText } from './entity-ocr';
import { labelGroup } from './entity-party-labels';
import { CLOSING_FORM } from './entity-party-form-end';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { splitLines } from './entity-text';

/** The headings of a billed party's block (not "To", "For", "An": everyday words opening a line). */
const HEADING = new RegExp(
  `^[ \\t]*(?:${labelGroup(['bill(?:ed)?[\\s-]*to', 'invoice(?:d)?[\\s-]*to', 'sold[\\s-]*to', 'customer', 'client', 'cliente', 'kunde', 'klant', 'buyer', 'rechnung\\s+an', 'factur(?:é|e)e?\\s+à'])})[ \\t]*[:：]?(?:[ \\t]*\\|)?(?=[ \\t]+\\S|[ \\t]*$)`,
  'iu',
);

/**
 * A field's label of two capitalised words where a value should stand: "Bill To: Job Site: Due Date ...",
 * the next column's heading, whose first word is no name (entity-parties reads the line below instead).
 */
export const TWO_WORD_LABEL_FIRST = /^\p{Lu}\p{Ll}+[ \t]\p{Lu}\p{Ll}+[ \t]*[:：]/u;

/** The name opening `line`: its first cell before a bar, or its words up to the first legal form that more text follows. */
function leadingCell(line: string): string | null {
  const bar = /[ \t]+\|[ \t]+/u.exec(line);
  if (bar) return line.slice(0, bar.index).trim();
  const form = new RegExp(CLOSING_FORM.source, 'gu').exec(line);
  return form ? line.slice(0, form.index + form[0].length).trim() : null;
}

export function flatHeadingCustomer(text: string): FoundParty[] {
  const lines = splitLines(text);
  for (let i = 0; i + 1 < lines.length && i < 30; i += 1) {
    const heading = lines[i];
    const below = lines[i + 1];
    const opening = heading && HEADING.exec(foldText(heading.text));
    if (!heading || !below || !opening) continue;
    // A name with a legal form after the heading is its value, on this line (the labelled reader's).
    if (HAS_LEGAL_FORM.test(heading.text.slice(opening[0].length))) continue;
    // The next column's heading is capitalised ("Due", "Site", "| Install Site"); "Customer delivery notes enclosed" is a sentence.
    const rest = heading.text.slice(opening[0].length).trim();
    if (rest && !/^[\p{Lu}|]/u.test(rest)) continue;
    const cell = leadingCell(below.text);
    if (!cell || /[\d@:]/u.test(cell)) continue;
    const name = leadingName(cell);
    if (name !== cell || !looksLikeName(name)) continue;
    if (!/\|/u.test(below.text) && !HAS_LEGAL_FORM.test(name)) continue;
    const start = below.start + below.text.indexOf(name);
    return [{ role: 'customer', name, start, end: start + name.length, text: name }];
  }
  return [];
}
