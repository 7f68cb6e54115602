/**
 * Parties named in apposition in an invoice's sentence, as Indian and other formal invoices write them:
 * "We, Sanganer Hand Block Prints Pvt. Ltd., Plot 14, ..., have supplied the goods below ... to the
 * invoiced party, Indigo & Madder Home Textiles LLP, 22 Lodhi Road ...". "We, X," opening a sentence
 * is the writer, the vendor; "the invoiced (billed) party, Y," is the customer. The name is cut where
 * a name ends (entity-party-names' `leadingName`) and must be followed by a comma or a full stop, as an
 * apposition is, and read as an organisation's (a legal form, or three capitalised words), so that
 * "We, the undersigned," and "the invoiced party, as agreed," name no one.
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';

/** "We," opening a sentence, then the name. */
const WE = /(?:^|[.!?][ \t]+)We,[ \t]+(?=\p{Lu})/gmu;
/** "the invoiced party," or "the billed party," before the name. */
const BILLED_PARTY = /(?<![\p{L}])the[ \t]+(?:invoiced|billed)[ \t]+party,[ \t]+(?=\p{Lu})/giu;
/** Three capitalised words (or "&" between them): an organisation's name without a legal form. */
const THREE_WORDS = /^\p{Lu}\S*(?:[ \t]+(?:&|\p{Lu}\S*)){2,}$/u;

function appositions(text: string, pattern: RegExp, role: 'vendor' | 'customer'): FoundParty[] {
  for (const match of text.matchAll(pattern)) {
    const start = (match.index ?? 0) + match[0].length;
    const lineEnd = text.indexOf('\n', start);
    const rest = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
    const name = leadingName(rest);
    if (!looksLikeName(name) || !rest.startsWith(name) || !/^[,.]/u.test(rest.slice(name.length, name.length + 1) || '.')) continue;
    if (!HAS_LEGAL_FORM.test(name) && !THREE_WORDS.test(name)) continue;
    return [{ role, name, start, end: start + name.length, text: name }];
  }
  return [];
}

export const weVendor = (text: string): FoundParty[] => appositions(text, WE, 'vendor');
export const billedPartyCustomer = (text: string): FoundParty[] => appositions(text, BILLED_PARTY, 'customer');
