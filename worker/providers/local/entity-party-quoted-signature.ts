/**
 * A forwarded mail quotes the invoice's own mail with "> " before each line, its signature included:
 * "> Diolch," over "> Tannau Teifi Harp Strings Ltd" over "> 2 Pier Street, ...". The signature reader
 * (entity-signature) reads plain lines, so the quote marks hide the closing from it, and the forwarder's
 * name in the mail header is left as the vendor. Here the quoted lines are read with their marks
 * blanked (offsets kept), so the quoted mail's signature names the vendor. Read only where nothing but a
 * mail header names the vendor (see entity-parties), and only in a text that quotes at least three lines.
 */
import type { FoundParty } from './entity-parties';
import { signatureVendor } from './entity-signature';

const QUOTE_MARKS = /^([ \t]*)(>+)/gmu;
const QUOTED_LINES = 3;

export function quotedSignatureVendor(text: string): FoundParty[] {
  const quoted = text.match(QUOTE_MARKS)?.length ?? 0;
  if (quoted < QUOTED_LINES) return [];
  const plain = text.replace(QUOTE_MARKS, (_whole, blanks: string, marks: string) => blanks + ' '.repeat(marks.length));
  return signatureVendor(plain).map((party) => ({ ...party, text: text.slice(party.start, party.end) }));
}
