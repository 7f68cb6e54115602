/**
 * A flattened three-column letterhead runs the vendor's name into the headings of the columns beside
 * it ("Haldane Pump & Valve Inc. BILL TO SHIP TO INVOICE"): headings in capitals after the name, which
 * a reader sees are not part of it.
 */
import type { FoundParty } from './entity-parties';

/** Column headings in capitals closing a name: "BILL TO", "SHIP TO", "SOLD TO", "DELIVER TO", "INVOICE". */
const HEADINGS_AFTER = /(?:[ \t]+(?:BILL(?:ED)?[ \t]+TO|SHIP(?:PED)?[ \t]+TO|SOLD[ \t]+TO|DELIVER(?:Y)?[ \t]+TO|INVOICE[ \t]+TO|REMIT[ \t]+TO))+(?:[ \t]+(?:INVOICE|TAX[ \t]+INVOICE))?[ \t]*$/u;

export function withoutColumnHeadings(party: FoundParty): FoundParty {
  const heading = HEADINGS_AFTER.exec(party.name);
  if (!heading) return party;
  const name = party.name.slice(0, heading.index);
  return /\p{L}{2}/u.test(name) ? { ...party, name } : party;
}
