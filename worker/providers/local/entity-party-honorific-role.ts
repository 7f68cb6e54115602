/**
 * Who a Japanese invoice addresses: a name closed by an honorific ("Kettle & Leaf Tea Merchants K.K. 御中",
 * "山田太郎 様") is the customer, wherever it stands. An invoice heads its page with the addressee, the
 * issuer's block below it, so a letterhead reading takes the addressee for the issuer. When the vendor
 * read is so addressed and the customer read is not, the two are the other way round.
 */
import type { FoundParty } from './entity-parties';

/** An honorific closing the party's text or name: 御中, 様, 殿, さま. */
const ADDRESSED = /(?:御中|様|殿|さま)[ \t\u3000]*$/u;

function addressed(party: FoundParty): boolean {
  return ADDRESSED.test(party.text) || ADDRESSED.test(party.name);
}

/** `parties` with an addressed vendor and an unaddressed customer swapped. */
export function withAddresseeAsCustomer(parties: FoundParty[]): FoundParty[] {
  const vendors = parties.filter((party) => party.role === 'vendor');
  const customers = parties.filter((party) => party.role === 'customer');
  const vendor = vendors.length === 1 ? vendors[0] : undefined;
  const customer = customers.length === 1 ? customers[0] : undefined;
  if (!vendor || !customer || !addressed(vendor) || addressed(customer)) return parties;
  return parties.map((party) => (party === vendor ? { ...party, role: 'customer' } : party === customer ? { ...party, role: 'vendor', generic: undefined } : party));
}
