/**
 * An invoice written as a formal sentence names whom it bills with the verb: "We, Bukit Timah Orchids Pte. Ltd.,
 * hereby bill Marina Quay Hotel Pte. Ltd., 8 Marina View, ... under our invoice ...", "We hereby invoice Harrow
 * Lane Dental LLP for the services below", "herewith we charge ..." is not read (the verb must come first).
 * "hereby" or "herewith", or a "we" before the verb, then "bill", "invoice" or "charge", then the name. The name
 * ends before a comma, a sentence's stop or the "for" that says what is billed, and must read as an
 * organisation's (a legal form, or three capitalised words), so that "We invoice Monthly in arrears" and
 * "we hereby invoice you" name no one. Read only where nothing else names the customer (see entity-parties).
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';

/** The billing verb after "hereby", "herewith" or "we", then a capitalised word. */
/** Without the case-blind flag, under which a capital's class matches any letter. */
const HEREBY_BILL = /(?<![\p{L}])(?:[Hh]ereby|[Hh]erewith|[Ww]e(?:[ \t]+(?:hereby|herewith))?)[ \t]+(?:bill|invoice|charge)[ \t]+(?=\p{Lu})/gu;

export function herebyBilledCustomer(text: string): FoundParty[] {
  if (!/hereby|herewith|we[ \t]/iu.test(text)) return [];
  for (const match of text.matchAll(HEREBY_BILL)) {
    const from = match.index + match[0].length;
    const lineEnd = text.indexOf('\n', from);
    const rest = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
    const name = leadingName(rest);
    if (!looksLikeName(name) || !rest.startsWith(name)) continue;
    // An apposition's comma, a sentence's stop, the line's end, or what is billed ("for ...").
    const after = rest.slice(name.length);
    if (!/^(?:[,.;]|[ \t]*$|[ \t]+(?:for|under|in[ \t]+respect[ \t]+of)[ \t])/u.test(after)) continue;
    const capitals = (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length;
    if (!HAS_LEGAL_FORM.test(name) && capitals < 3) continue;
    return [{ role: 'customer', name, start: match.index, end: from + name.length, text: text.slice(match.index, from + name.length) }];
  }
  return [];
}
