/**
 * "Vystavil / Issued by: Jana Novotná", "Wystawił: Piotr Nowak", "Ausgestellt von: K. Berger" at an invoice's
 * foot: the person who wrote the invoice out, a clerk of the firm whose letterhead heads it. Where such a
 * label names a person (no legal form) and the letterhead names a company with its legal form, the
 * company is the vendor.
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM } from './entity-party-names';

/** The label opening the party's text: "Issued by", "Vystavil(a)", "Wystawił(a)", "Ausgestellt von", "Issuer", perhaps glossed. */
const ISSUED_BY = /^(?:[\p{L}]+[ \t]*\/[ \t]*)?(?:issued[ \t]+by|issuer|vystavil[a]?|wystawi[lł]a?|ausgestellt[ \t]+von|aussteller)[ \t]*[:：]/iu;
/**
 * A person's name: two or three capitalised words, letters only, perhaps after Czech and Slovak academic
 * titles ("Bc. Tereza Hálová", "Ing. Petr Dvořák", "Mgr. et Mgr.").
 */
const PERSON = /^(?:(?:Bc|BcA|Ing|Mgr|MgA|JUDr|MUDr|PhDr|RNDr|Dr|Ph\.D)\.[ \t]+(?:et[ \t]+)?)*\p{Lu}\.?[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,2}$/u;

/** Whether `party` is a vendor read from an issuer's label that names a person. */
export function isIssuingClerk(party: FoundParty): boolean {
  return party.role === 'vendor' && ISSUED_BY.test(party.text) && PERSON.test(party.name.trim()) && !HAS_LEGAL_FORM.test(party.name);
}

/** `found` with an issuing clerk (read by each of a glossed label's halves) replaced by the company `letterhead` reads, when it has a legal form. */
export function withFirmForClerk(found: FoundParty[], letterhead: (others: FoundParty[]) => FoundParty[]): void {
  const clerks = found.filter(isIssuingClerk);
  const [first] = clerks;
  if (!first || found.some((party) => !clerks.includes(party) && party.role === 'vendor' && !party.mailHeader)) return;
  const firm = letterhead(found.filter((party) => !clerks.includes(party) && !party.mailHeader)).find((party) => HAS_LEGAL_FORM.test(party.name));
  if (!firm) return;
  found.splice(found.indexOf(first), 1, firm);
  for (const clerk of clerks.slice(1)) found.splice(found.indexOf(clerk), 1);
}
