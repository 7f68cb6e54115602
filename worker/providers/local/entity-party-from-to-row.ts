/**
 * A flattened "From: To:" row over one line holding both names, single blanks apart:
 *
 *   From: To:
 *   Leith & Canongate Reed Makers Ltd Pentland Hills Pipe Band SCIO
 *
 * Both labels read the line below; each name is cut at the first legal form (entity-party-form-end), so
 * the customer comes out as the sender's name. Where a customer's name is the vendor's (or its tail, see
 * `sendersName`) and the row above is such a pair of labels, the customer is the name that follows the sender's on the line.
 */
import type { FoundParty } from './entity-parties';
import { leadingName, looksLikeName } from './entity-party-names';

/** A row of the sender's label, then the addressee's, and nothing else: "From: To:", "Von: An:", "De : À :". */
const FROM_TO_ROW = /^[ \t]*(?:from|von|de|van|da)[ \t]*[:：]?[ \t]+(?:to|an|à|a|aan)[ \t]*[:：]?[ \t]*$/iu;

function besideSender(text: string, party: FoundParty): FoundParty {
  const at = text.indexOf(party.name, party.start);
  if (at < 0 || at >= party.end) return party;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (lineStart === 0) return party;
  const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  if (!FROM_TO_ROW.test(above)) return party;
  const lineEnd = text.indexOf('\n', at);
  const rest = text.slice(at + party.name.length, lineEnd < 0 ? text.length : lineEnd);
  const gap = /^[ \t]+(?=\p{Lu})/u.exec(rest);
  if (!gap) return party;
  const name = leadingName(rest.slice(gap[0].length));
  if (name.length < 3 || !looksLikeName(name)) return party;
  const start = at + party.name.length + gap[0].length;
  return { ...party, name, start, end: start + name.length, text: name };
}

/**
 * Whether `customer` is the sender's name or its tail: "FROM  TO" over "Algoa Jig & Tackle (Pty) Ltd  Chokka Bay
 * Fishing (Pty) Ltd", the row's blanks collapsed, has "TO" stand over the sender's cell, whose words from that
 * column on ("Jig & Tackle (Pty) Ltd") were read as the addressee.
 */
function sendersName(customer: string, vendors: string[]): boolean {
  return vendors.some((vendor) => vendor === customer || (vendor.endsWith(customer) && /[ \t]$/u.test(vendor.slice(0, -customer.length))));
}

export function withCustomerBesideSender(text: string, parties: FoundParty[]): FoundParty[] {
  const vendors = parties.filter((party) => party.role === 'vendor').map((party) => party.name);
  return parties.map((party) => (party.role === 'customer' && sendersName(party.name, vendors) ? besideSender(text, party) : party));
}
