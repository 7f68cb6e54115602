/**
 * A party read in capitals, as letterheads and headings set names ("KILNWORTH JOINERY"), is reported
 * as the text writes it plainly elsewhere ("payable to Kilnworth Joinery", a footer's "Kilnworth
 * Joinery · Station Yard"): capitals are a typeface, and the name as plainly written is how
 * documents and their readers cite a party.
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM } from './entity-party-names';
import { caseFolded } from './entity-party-case-fold';
import { joinedHyphenation, legalNameBelow, withFollowingForm } from './entity-party-case-legal';

/** Two capitals in a row and no lower-case letter: a name set in capitals. */
const IN_CAPITALS = /\p{Lu}{2}/u;
const LOWER = /\p{Ll}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A plain copy opens with a capital and is not itself in capitals ("Kilnworth Joinery", not "kilnworth joinery" in a mail address). */
const PLAIN_COPY = /^\p{Lu}(?=.*\p{Ll})/u;

/** "FORNACI LAURETANE S.r.l." is in capitals too: a legal form keeps its own case ("S.r.l.", "GmbH"). */
function inCapitals(name: string): boolean {
  if (!IN_CAPITALS.test(name)) return false;
  if (!LOWER.test(name)) return true;
  const rest = name.replace(HAS_LEGAL_FORM, '');
  return rest !== name && IN_CAPITALS.test(rest) && !LOWER.test(rest);
}

/** The first copy of `name` in mixed case, standing as whole words, or undefined. */
function plainCopy(text: string, lower: string, name: string): string | undefined {
  const wanted = caseFolded(name);
  // Case mapping that changes a name's length (rare ligatures) would misplace the copy: leave such names as read.
  if (wanted.length !== name.length) return undefined;
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[at + name.length] ?? '')) continue;
    const copy = text.slice(at, at + name.length);
    if (PLAIN_COPY.test(copy) && !inCapitals(copy)) return copy;
  }
  return undefined;
}

/** Each party read in capitals, named as a mixed-case copy elsewhere in the text writes it, when there is one. */
export function withPlainCase(text: string, parties: FoundParty[]): FoundParty[] {
  // Most documents name no party in capitals: nothing to do, and no lower-cased copy of the text to make.
  if (!parties.some((party) => inCapitals(party.name))) return parties;
  // Turkish capitals too (see entity-party-case-fold).
  const lower = caseFolded(text);
  if (lower.length !== text.length) return parties;
  return parties.map((party) => {
    if (!inCapitals(party.name)) return party;
    // A name hyphenated over two lines, a copy's legal form after it, a vendor's legal name under its letterhead (see entity-party-case-legal).
    const name = joinedHyphenation(text, party.name, party.start) ?? party.name;
    const copy = plainCopy(text, lower, name);
    if (copy) return { ...party, name: withFollowingForm(text, copy) };
    const legal = party.role === 'vendor' ? legalNameBelow(text, name, party.start) : undefined;
    return legal || name !== party.name ? { ...party, name: legal ?? name } : party;
  });
}
