/** Parties named by a header row of labels over a row of names, each column's label naming the name under it. */
import type { FoundParty, PartyRole } from './entity-parties';
import { leadingName, looksLikeName } from './entity-party-names';
import { endOfFormRun } from './entity-party-form-run';
import { columnsOf, firstLegalFormEnd, nextLineStart, restOfLine } from './entity-party-lines';
import { CUSTOMER_LABELS, DELIVERY_LABELS, labelGroup, VENDOR_LABELS } from './entity-party-labels';
import { runTogetherNameEnd } from './entity-party-run-together';
import { matchesOf } from './entity-matches';

/** "Ship from" heads where goods leave (a warehouse, a shipper), not who invoices: its "from" is no vendor heading (folded, i reads l). */
const SHIP_BEFORE = '(?<!sh[il]p[ \\t]+)';
/** A commercial invoice's columns of who exports (sells) and who imports (buys): "Exporter   Importer". */
const ROW_VENDOR_LABELS = [...VENDOR_LABELS, 'exporter', 'exportador', 'exportateur', 'exporteur'];
const ROW_CUSTOMER_LABELS = [...CUSTOMER_LABELS, 'importer', 'importador', 'importateur', 'importeur'];
const PARTY_LABEL_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SHIP_BEFORE}(?<vendor>${labelGroup(ROW_VENDOR_LABELS)})|(?<customer>${labelGroup(ROW_CUSTOMER_LABELS)}))(?![\\p{L}\\p{N}])`, 'gu');
/** A header row opens with a party label. */
const HEADER_START = new RegExp(`^[\\s>*•·-]*(?:${labelGroup([...ROW_VENDOR_LABELS, ...ROW_CUSTOMER_LABELS])})(?![\\p{L}\\p{N}])`, 'u');
/**
 * A label in another language glossed after a slash ("Pardavėjas / Seller", "Доставчик / Supplier"): the
 * word before the slash, which the lists need not know, is left out so the row reads "Seller Buyer".
 */
const GLOSSED_WORD = /(?<![\p{L}])\p{L}[\p{L}.]*[ \t]*\/[ \t]*(?=\p{L})/gu;

/** The row with the words its labels gloss left out, or null when it glosses none. */
function withoutGlossedWords(foldedLine: string): string | null {
  // Cheap tests first: most lines with a slash hold a date or a field (figures, colons), which no header row does.
  if (!foldedLine.includes('/') || foldedLine.length > HEADER_ROW_MAX * 2 || /[\d:：]/u.test(foldedLine)) return null;
  const bare = foldedLine.replace(GLOSSED_WORD, '');
  return bare === foldedLine ? null : bare;
}
/** A header row is short, has no figures or colons, and few words besides its labels. */
const HEADER_ROW_MAX = 80;
const OTHER_WORDS_MAX = 4;

/** The roles a header row names in order ("From Customer", "Supplier Bill To Invoice Details"), or null when the line is no such row. */
function headerRoles(foldedLine: string): PartyRole[] | null {
  // The cheap tests first: most lines hold a figure or a colon, and the label pattern costs more.
  const trimmed = foldedLine.replace(/^[\s>*•·-]+/u, '').trim();
  if (!trimmed || /[\d:：]/u.test(trimmed)) return null;
  if (!HEADER_START.test(foldedLine)) {
    // "Pardavėjas / Seller Pirkėjas / Buyer": each label glossed, two columns flattened onto one row.
    const bare = withoutGlossedWords(foldedLine);
    return bare !== null && HEADER_START.test(bare) ? headerRoles(bare) : null;
  }
  if (trimmed.length > HEADER_ROW_MAX) return null;
  const roles: PartyRole[] = [];
  let labelled = 0;
  for (const match of matchesOf(PARTY_LABEL_WORD, trimmed)) {
    if (!roles.length && match.index !== 0) return null;
    roles.push(match.groups?.vendor !== undefined ? 'vendor' : 'customer');
    labelled += match[0].split(/\s+/).length;
  }
  const words = trimmed.split(/\s+/).length;
  return roles.length >= 2 && roles[0] !== roles[1] && words - labelled <= OTHER_WORDS_MAX ? roles.slice(0, 2) : null;
}

/**
 * The other parties a freight or delivery invoice names beside who is billed: shipper, consignee,
 * notify party, where goods are collected or delivered ("Bill To Shipper Consignee", "Invoice To
 * Delivery Points", "Customer Collection / Delivery", "Invoice address Delivery address").
 */
export const OTHER_PARTY_HEADINGS = [
  // "Delivery" and "Collection" alone are everyday words: only paired ("Collection / Delivery") or ending the row.
  ...DELIVERY_LABELS, 'shipper', 'consignor', 'notify(?:\\s+party)?', 'delivery\\s+points?', 'collection(?=[ \\t]*/)', 'delivery(?=[ \\t]*$)', 'ship[\\s-]*to', 'ship[\\s-]*from', 'deliver[\\s-]*to',
];
/** A header row of the customer's column first, then another party's column, matched folded. */
const CUSTOMER_THEN_OTHER = new RegExp(`^[\\s>*•·|-]*(?:${labelGroup(CUSTOMER_LABELS.filter((label) => label.length > 3))})[ \\t]+(?:${labelGroup(OTHER_PARTY_HEADINGS)})(?![\\p{L}\\p{N}])`, 'u');
/** Stems of the other parties' headings (folded: i reads l), to rule out most lines cheaply. */
const OTHER_PARTY_HINT = /shlp|slte|lnstallatlon|servlce|lelstungsort|marchand|conslgn|notlfy|dellver|collectlon|empf|llefer|llvr|consegna|merce|entrega|mercanc|aflever|lever|goederen/u;
/** The value a party label reads that is another party's heading: "BILL TO NOTIFY PARTY TERMS Net 30" names the line below. */
export const OTHER_PARTY_FIRST = new RegExp(`^(?:${labelGroup(OTHER_PARTY_HEADINGS)})(?![\\p{L}\\p{N}])`, 'u');

/** How many words a name repeated along a flattened row may have. */
const MAX_REPEATED_WORDS = 6;

/**
 * Where the first of names flattened onto one line ends when its words open a later column too:
 * "Carrow Hardware Distributors Ozark Fastener Co. Carrow Hardware Distributors - DC 3" under
 * "BILL TO SHIP FROM SHIP TO" bills and ships to one company. The longest run of two words or more.
 */
function repeatedOpening(line: string): number | undefined {
  const words = line.split(' ');
  for (let count = Math.min(MAX_REPEATED_WORDS, Math.floor(words.length / 2)); count >= 2; count -= 1) {
    const opening = words.slice(0, count).join(' ');
    if (!/^\p{Lu}/u.test(opening)) return undefined;
    const again = line.indexOf(` ${opening}`, opening.length);
    if (again >= opening.length && !/[\p{L}\p{N}]/u.test(line[again + 1 + opening.length] ?? '')) return opening.length;
  }
  return undefined;
}

/**
 * The customer under a header row that opens with its column and goes on with another party's
 * ("Bill To Shipper Consignee" over "Holbeck Textiles Ltd Holbeck Textiles Ltd Sorfjord Klaer AS"):
 * the first name on the line below, up to a column gap or its legal form (without one, the names
 * cannot be told apart and none is read).
 */
function customerColumnParty(text: string, folded: string, lineStart: number, lineEnd: number): FoundParty | null {
  const row = folded.slice(lineStart, Math.min(lineEnd, lineStart + HEADER_ROW_MAX));
  // Most lines name no other party: a cheap look for the headings' stems before the long pattern.
  if (!OTHER_PARTY_HINT.test(row) || !CUSTOMER_THEN_OTHER.test(row)) return null;
  const below = nextLineStart(text, lineStart);
  if (below === null) return null;
  const line = restOfLine(text, below);
  const body = line.replace(/^[\s>*•·|-]+/u, '');
  const columns = columnsOf(body);
  // Without a legal form, the words written alone elsewhere or a body's kind word ("Group", "Trust") end it (see entity-party-run-together).
  const end = columns.length >= 2 ? columns[0]?.text.length : (repeatedOpening(body) ?? firstLegalFormEnd(body) ?? runTogetherNameEnd(body, text));
  const name = end === undefined ? '' : leadingName(body.slice(0, end).trim());
  if (!name || !looksLikeName(name)) return null;
  const start = below + line.indexOf(name);
  return { role: 'customer', name, start, end: start + name.length, text: name };
}

/**
 * A legal form written before the name, as in the Baltic states ("UAB Kauno Rėmų Dirbtuvė UAB Vilniaus
 * Dviračių Centras", "SIA ... SIA ..."): a word of two to four capitals opening the line and opening a later name again.
 */
const PREFIX_FORM = /^(\p{Lu}{2,4}) \p{Lu}/u;

function atRepeatedPrefix(line: string): number | undefined {
  const prefix = PREFIX_FORM.exec(line)?.[1];
  if (!prefix) return undefined;
  const again = line.indexOf(` ${prefix} `, prefix.length);
  return again > prefix.length ? again : undefined;
}

/** Where the first legal form on the line ends, with its bracket and the forms after it ("Catering (Pty) Ltd", see entity-party-form-run). */
function formRunEnd(line: string): number | undefined {
  const end = firstLegalFormEnd(line);
  if (end === undefined) return undefined;
  const run = endOfFormRun(line, line[end] === ')' ? end + 1 : end);
  return line.slice(run).trim() ? run : undefined;
}

/** Where two names side by side part: at a column gap, else after the first one's legal form, else before a legal form written first again. */
function splitNames(line: string): [string, string] | null {
  const columns = columnsOf(line);
  if (columns.length >= 2) return [columns[0]?.text ?? '', columns[1]?.text ?? ''];
  const prefixed = atRepeatedPrefix(line);
  if (prefixed !== undefined) return [line.slice(0, prefixed), line.slice(prefixed + 1)];
  const split = formRunEnd(line);
  if (split === undefined) return null;
  // The second name ends at its own legal form, if it has one ("Contoso AG Invoice No: 123").
  const rest = line.slice(split);
  const restEnd = formRunEnd(rest);
  return [line.slice(0, split), restEnd === undefined ? rest : rest.slice(0, restEnd)];
}

/**
 * A two-column header flattened to single blanks: "From Customer" over "Pinecrest Analytics Ltd
 * Harrow & Vale Solicitors LLP". The names are split at a column gap or the first one's legal form.
 */
export function headerRowParties(text: string, folded: string, labelledStarts: Set<number>): FoundParty[] {
  const parties: FoundParty[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const row = folded.slice(lineStart, lineEnd);
    // A label of the row may have read the flattened line below whole ("Получател / Recipient" over both names), or only
    // one of the two (a scan's stray mark on the other): a glossed row is read still, its names replacing a run-together
    // reading (see entity-parties).
    const roles = labelledStarts.has(lineStart) && withoutGlossedWords(row) === null ? null : headerRoles(row);
    const customer = roles || labelledStarts.has(lineStart) ? null : customerColumnParty(text, folded, lineStart, lineEnd);
    if (customer) parties.push(customer);
    const below = roles ? nextLineStart(text, lineStart) : null;
    const pair = below === null ? null : splitNames(restOfLine(text, below).replace(/^[\s>*•·-]+/u, ''));
    const names = pair?.map((part) => leadingName(part.trim()));
    if (roles && below !== null && names?.every(looksLikeName)) {
      const line = restOfLine(text, below);
      names.forEach((name, i) => {
        const start = below + line.indexOf(name);
        parties.push({ role: roles[i] ?? 'party', name, start, end: start + name.length, text: name });
      });
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return parties;
}
