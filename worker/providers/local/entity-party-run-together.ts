/**
 * The customer's name run together with the next column's under a flattened heading row, where no
 * legal form and no column gap says where it ends:
 *
 *   Invoice To: Deliver To:                         BILL TO SHIP TO INVOICE # 1093
 *   Greyfriars Almshouse Trust Glebe Carpentry      Tillerman Hospitality Group The Saltbox Diner DATE ...
 *
 *   Rechnungsadresse Lieferadresse
 *   Katholische Kirchgemeinde Sursee Pfarrkirche St. Georg, Glockenturm   (... "Katholische Kirchgemeinde Sursee" alone further down)
 *
 * The name ends where the text writes the same words alone on a line of their own (a payment slip's
 * payer, a signature), else after the word that says what kind of body it is ("Group", "Trust",
 * "Co-operative", "Foundation", "Stiftung"), when a capitalised word follows it: the site or the
 * delivery party in the next column. Why: flattened, the positions are lost, but a body's kind word
 * closes its name as a legal form does, and the words written alone elsewhere are one name.
 */
import type { FoundParty } from './entity-parties';
import { foldText } from './entity-ocr';
import { CUSTOMER_LABELS, labelGroup } from './entity-party-labels';
import { OTHER_PARTY_HEADINGS } from './entity-party-header-row';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { lineAt, splitLines } from './entity-text';

/** Words naming a body's kind that close its name (not "Ltd": legal forms are read elsewhere). */
const KIND_WORD =
  /^(?:Group|Trust|Co-operative|Cooperative|Co-op|Association|Society|Foundation|Council|Club|Partnership|Federation|Union|Institute|Academy|Stiftung|Verein|Genossenschaft|Fondation|Fundación|Fundação|Fondazione|Stichting|Vereniging|Coöperatie)$/u;
/** How many words a name written alone elsewhere may have. */
const MAX_WORDS = 6;
/**
 * A row heading the customer's column, then another party's (where goods go), each perhaps with a colon; matched folded.
 * Built on first use: entity-party-header-row, whose headings it reads, reads this file too.
 */
let customerThenOther: RegExp | null = null;
let customerThenOtherInLine: RegExp | null = null;
function customerThenOtherSource(): string {
  return `(?:${labelGroup(CUSTOMER_LABELS.filter((label) => label.length > 3))})[ \\t]*[:：]?[ \\t]+(?:${labelGroup(OTHER_PARTY_HEADINGS)})(?![\\p{L}\\p{N}])`;
}
function customerThenOtherRow(): RegExp {
  customerThenOther ??= new RegExp(`^[\\s>*•·|-]*${customerThenOtherSource()}`, 'u');
  return customerThenOther;
}
/** The same headings after the sender's name on the line ("Haldane Pump & Valve Inc. BILL TO SHIP TO INVOICE"). */
function customerThenOtherInLineRow(): RegExp {
  customerThenOtherInLine ??= new RegExp(`(?<![\\p{L}\\p{N}])${customerThenOtherSource()}`, 'u');
  return customerThenOtherInLine;
}

/**
 * Where the first of two names run together on `line` ends (an index into it), by the words written
 * alone on a line of `text` or by a kind word; undefined when neither says.
 */
export function runTogetherNameEnd(line: string, text: string): number | undefined {
  const words = line.split(' ');
  if (words.length < 3) return undefined;
  // Only the lines as long as an opening of the line can match it: cheap, and read once per heading row.
  const alone = new Set<string>();
  const longest = words.slice(0, MAX_WORDS).join(' ').length;
  for (const other of text.split('\n')) {
    const trimmed = other.trim();
    if (trimmed.length <= longest && trimmed.includes(' ')) alone.add(trimmed);
  }
  for (let count = Math.min(MAX_WORDS, words.length - 1); count >= 2; count -= 1) {
    const opening = words.slice(0, count).join(' ').replace(/[,;]+$/u, '');
    if (alone.has(opening) && /^\p{Lu}/u.test(words[count] ?? '')) return opening.length;
  }
  for (let k = 1; k < words.length - 1; k += 1) {
    const word = (words[k] ?? '').replace(/[,;]+$/u, '');
    if (KIND_WORD.test(word) && /^\p{Lu}/u.test(words[k + 1] ?? '')) return words.slice(0, k).join(' ').length + 1 + word.length;
    // A figure, a colon or a lower-case word: past the names.
    if (!/^\p{Lu}/u.test(word)) return undefined;
  }
  return undefined;
}

/**
 * The customer's name read under a "Invoice To: Deliver To:" row, run together with the delivery
 * column's: cut where `runTogetherNameEnd` says. A name with a legal form is left alone (see entity-party-form-end).
 */
export function withRunTogetherNameCut(text: string, party: FoundParty): FoundParty {
  // "Co-operative" holds no legal form "Co": hyphenated words are left out of that test.
  if (party.role !== 'customer' || HAS_LEGAL_FORM.test(party.name.replace(/\S*-\S*/gu, '')) || !party.name.includes(' ')) return party;
  const start = text.indexOf(party.name, lineAt(text, party.start).start);
  if (start < 0 || start - party.start > 400) return party;
  const line = lineAt(text, start);
  if (line.start === 0 || start !== line.start + (text.slice(line.start, line.end).length - text.slice(line.start, line.end).trimStart().length)) return party;
  const above = lineAt(text, line.start - 1);
  if (!customerThenOtherRow().test(foldText(text.slice(above.start, above.end)))) return party;
  const end = runTogetherNameEnd(party.name, text);
  return end === undefined || end >= party.name.length ? party : { ...party, name: party.name.slice(0, end) };
}

/** How far down a header's heading row may stand. */
const HEAD_LINES = 10;

/**
 * A company's name written twice in a row on `line` (billed and shipped to the same firm): its start
 * in the line and the name, the longest such run ending in a legal form; null when there is none.
 */
function repeatedCompany(line: string): { start: number; name: string } | null {
  const words = [...line.matchAll(/\S+/gu)];
  for (let i = 0; i + 3 < words.length; i += 1) {
    for (let count = Math.min(MAX_WORDS, Math.floor((words.length - i) / 2)); count >= 2; count -= 1) {
      const first = words.slice(i, i + count).map((word) => word[0]);
      if (!HAS_LEGAL_FORM.test(first[count - 1] ?? '') || first.join(' ') !== words.slice(i + count, i + 2 * count).map((word) => word[0]).join(' ')) continue;
      const name = first.join(' ');
      if (leadingName(name) === name && looksLikeName(name)) return { start: words[i]?.index ?? 0, name };
    }
  }
  return null;
}

/**
 * "Haldane Pump & Valve Inc. BILL TO SHIP TO INVOICE" over "2200 Foundry Rd Tollcross Brewing Co.
 * Tollcross Brewing Co. - Taproom Invoice #: 66120": billed and shipped to one company, its name written
 * twice in a row under the headings. The repetition says where it starts and ends, as no gap does.
 */
export function repeatedUnderHeadingsCustomer(text: string, folded: string): FoundParty[] {
  const lines = splitLines(text).slice(0, HEAD_LINES);
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i];
    const below = lines[i + 1];
    if (!line || !below || !customerThenOtherInLineRow().test(folded.slice(line.start, line.end))) continue;
    const found = repeatedCompany(below.text);
    if (!found) continue;
    const start = below.start + found.start;
    return [{ role: 'customer', name: found.name, start, end: start + found.name.length, text: found.name, generic: true }];
  }
  return [];
}
