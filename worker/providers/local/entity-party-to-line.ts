/**
 * A letter's addressee on a line of its own, "To" and the firm's name and address run together with
 * commas and no colon: "To The Mallard Tearoom, 11 Broad Street, Ludlow", "To Saltings Court
 * Residents' Association, c/o the Secretary, Flat 3, ...". The labels want a colon or a column after
 * "To" (entity-party-label-match), as a sentence may open with it; here what follows the name's comma
 * must read as an address (a number, a "c/o", a county), which a sentence's rest does not.
 * Read only where nothing else names the customer (see entity-parties).
 */
import { isRuralAddressLine } from './entity-address-rural';
import type { FoundParty } from './entity-parties';
import { leadingName, looksLikeName } from './entity-party-names';
import { execAll } from './entity-text';

const TO_LINE = /^[ \t]*To[ \t]+(?<name>\p{Lu}[^\n,:;\d]{2,80}?),[ \t]*(?<rest>[^\n]+)$/gmu;
/** What an address's rest holds: a house number or postcode, "c/o", or a county. */
const ADDRESS_REST = /\d|(?<![\p{L}])c\/o(?![\p{L}])/iu;

export function toLineCustomer(text: string): FoundParty[] {
  for (const match of execAll(TO_LINE, text)) {
    const raw = (match.groups?.name ?? '').trim();
    const rest = match.groups?.rest ?? '';
    if (!ADDRESS_REST.test(rest) && !isRuralAddressLine(`, ${rest}`)) continue;
    const name = leadingName(raw);
    if (name !== raw || !looksLikeName(name)) continue;
    const start = match.index + match[0].indexOf(name);
    return [{ role: 'customer', name, start, end: start + name.length, text: match[0].trim() }];
  }
  return [];
}
