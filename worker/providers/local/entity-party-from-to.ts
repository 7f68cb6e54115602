/**
 * Two cases where a contact person was taken for the customer although a firm is named for that role:
 * a "FROM: ... TO: ..." line whose "TO:" stands mid-line after the vendor's name (where a short label
 * is not read), and an attention line's person beside a customer that another label names as a firm.
 *
 *   FROM: Okavango Linen Services (Pty) Ltd TO: Xakanaxa River Camp (Pty) Ltd
 *   VAT Reg. P03118845112 Attention: Mpho Seretse, Camp Manager
 */
import type { FoundParty } from './entity-parties';
import { ATTENTION_LINE, nameAt, restOfLine } from './entity-party-lines';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { organisationName } from './entity-party-plain-label';

/** "From" opening the line, in the languages whose generic labels `entity-parties` reads. */
const FROM_LABEL = /^[ \t*_#>-]*(?:from|von|de|van)[ \t]*[:：]/iu;
/** "TO:" mid-line with its colon, after the vendor's name: the customer's label of the same line. */
const TO_MID_LINE = /[ \t](?:to|an|à|aan|para)[ \t]*[:：][ \t]*/iu;

/**
 * The customer after "TO:" on a line that opens with "FROM:" and the vendor's name (`vendors`, read
 * by the "From:" label). Only a name with a legal form, or of three capitalised words, is read:
 * "From: Anna To: Ben" in a mail's header line reads no firm.
 */
export function fromLineCustomers(text: string, vendors: FoundParty[]): FoundParty[] {
  const found: FoundParty[] = [];
  for (const vendor of vendors) {
    if (vendor.role !== 'vendor' || !vendor.generic || vendor.mailHeader) continue;
    const line = restOfLine(text, vendor.start);
    const from = FROM_LABEL.exec(line);
    const to = from ? TO_MID_LINE.exec(line.slice(from[0].length)) : null;
    if (!from || !to) continue;
    const labelAt = vendor.start + from[0].length + to.index + 1;
    const name = nameAt(text, labelAt + to[0].length - 1);
    if (!name) continue;
    const value = text.slice(name.start, name.end);
    if (!looksLikeName(value) || leadingName(value) !== value || !organisationName(value)) continue;
    found.push({ role: 'customer', name: value, start: labelAt, end: name.end, text: text.slice(labelAt, name.end), generic: true });
  }
  return found;
}

/** A courtesy title before a person's name: "Mr.", "Ms", "Dr". */
const COURTESY = /^(?:mr|mrs|ms|miss|dr|herr|frau|m|mme)\.?[ \t]+/iu;

/** A person's name: no legal form, and two capitalised words or fewer once a courtesy title is gone. */
function personName(name: string): boolean {
  const bare = name.replace(COURTESY, '');
  return !HAS_LEGAL_FORM.test(bare) && (bare.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length <= 2;
}

/**
 * Without the customers read off an attention label in mid-line ("VAT Reg. P03118845112 Attention: Mpho Seretse",
 * a flattened block's line) that name a person, when another customer is a firm: the person is that firm's contact.
 * An attention line of its own is left to `withoutAttentionUnderCustomer`, which sees the block above it.
 */
export function withoutContactBesideFirm(text: string, parties: FoundParty[]): FoundParty[] {
  const midLineContact = (party: FoundParty) =>
    party.role === 'customer' && ATTENTION_LINE.test(party.text) && text.slice(text.lastIndexOf('\n', party.start - 1) + 1, party.start).trim() !== '' && personName(party.name);
  if (!parties.some(midLineContact)) return parties;
  const firm = parties.some((party) => party.role === 'customer' && !party.mailHeader && !ATTENTION_LINE.test(party.text) && organisationName(party.name));
  return firm ? parties.filter((party) => !midLineContact(party)) : parties;
}
