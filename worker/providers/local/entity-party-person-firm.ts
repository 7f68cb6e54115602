/**
 * The firm, not the person: a contact named in a customer's block belongs to the organisation named
 * beside it. "To: Corrib Valley Creamery Ltd" over "Attn: Niamh Dolan, Finance" names the creamery;
 * "Heidkämper Feinmechanik GmbH" over "Herrn Bernd Heidkämper" names the GmbH. And the word that
 * addresses a block ("Aan", "À") is no part of the name after it.
 */
import type { FoundParty } from './entity-parties';
import { ATTENTION_LINE, organisationAbove, restOfLine } from './entity-party-lines';
import { HAS_LEGAL_FORM } from './entity-party-names';
import { lineAt } from './entity-text';

/** A line opening with blanks: it goes on the block of the line above. */
const INDENTED = /^[ \t]/u;

/**
 * Customers read from an attention line ("Attn: Niamh Dolan", "Attn : Practice Manager") directly
 * under the line of another customer's label ("To: Corrib Valley Creamery Ltd", "Client : Glenhaven
 * Cold Storage, Inc."): the contact, or the office, of that customer, which the label names. Left out.
 * An attention line with no customer on the line above ("Attn: Jane Doe" alone) is kept; indented lines
 * between the label's line and an indented attention line are the same block.
 */
export function withoutAttentionUnderCustomer(text: string, parties: FoundParty[]): FoundParty[] {
  return parties.filter((party) => {
    if (party.role !== 'customer') return true;
    const lineStart = lineAt(text, party.start).start;
    if (lineStart === 0 || !ATTENTION_LINE.test(restOfLine(text, lineStart))) return true;
    let aboveStart = lineAt(text, lineStart - 1).start;
    // "To: Light Square Gallery Pty Ltd" over the indented "    14 Light Square, Adelaide" over the indented
    // "    Attention: ...": the block's indented lines go on under its label's line (two at most).
    for (let k = 0; k < 2 && aboveStart > 0 && INDENTED.test(text.slice(lineStart, lineStart + 2)) && INDENTED.test(text.slice(aboveStart, aboveStart + 2)); k += 1) {
      aboveStart = lineAt(text, aboveStart - 1).start;
    }
    return !parties.some((other) => other !== party && other.role === 'customer' && other.start >= aboveStart && other.start < lineStart && !ATTENTION_LINE.test(restOfLine(text, aboveStart)));
  });
}

/**
 * A person saluted in an address block ("Herrn Bernd Heidkämper", "Mr Tom Hale") directly under an
 * organisation's name with its legal form, alone on its line: the organisation is the customer, the
 * person its contact. Not when the organisation's line opens the document (a letterhead over a person's
 * address), nor when the person's name has a legal form itself ("Firma Kolb GmbH").
 */
export function organisationOverSaluted(text: string, lineStart: number, name: string): FoundParty | null {
  if (HAS_LEGAL_FORM.test(name)) return null;
  const above = organisationAbove(text, lineStart);
  if (!above || above.start === 0 || lineAt(text, above.start).start === 0) return null;
  const organisation = text.slice(above.start, above.end);
  if (!HAS_LEGAL_FORM.test(organisation)) return null;
  return { role: 'customer', name: organisation, start: above.start, end: above.end, text: organisation };
}

/**
 * "Aan Bakkerij De Vier Winden V.O.F.", "À SCI Les Tilleuls": the word addressing a block, then the name.
 * Not "To" nor "An", which open names too ("To Wai Ming", "An Post").
 */
const ADDRESS_WORD = /^(?:aan|à)[ \t]+(?=\p{Lu})/iu;

/** The party without the word that addresses its block, when a name of two words or more follows it. */
export function withoutAddressWord(party: FoundParty): FoundParty {
  const word = ADDRESS_WORD.exec(party.name);
  if (!word) return party;
  const name = party.name.slice(word[0].length);
  return name.includes(' ') ? { ...party, name } : party;
}
