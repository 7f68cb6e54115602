/**
 * The payee in a sentence ("check payable to Daniel Harmon", "Bank transfer to M. Ansell", "Payment to :
 * Acc name ..."), read in entity-party-prose, weighed here. An account's field label after "to" names no
 * one; a person paid who trades under a name carrying their surname ("Harmon Keys Piano Service" at the
 * top, "Ansell Tutoring" in the footer) is that business: the trading name is the vendor.
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM } from './entity-party-names';

/** "Acc name", "Account name:", "A/C", "Bank", "IBAN", "Sort code": the field labels of bank details, not a payee. */
const ACCOUNT_FIELD = /^(?:acc(?:ount)?|a\/c|bank|iban|sort[ \t]+code|bsb)(?![\p{L}])/iu;

/** Whether the text after "payable to" / "payment to" opens with a bank detail's label instead of a name. */
export function accountFieldPayee(raw: string): boolean {
  return ACCOUNT_FIELD.test(raw.trim());
}

/** The cue a payee's sentence opens with (see the payee pattern in entity-party-prose). */
const PAYEE_CUE = /^(?:cheques?|checks?|payments?|transfers?|payable|remit(?:tance)?)(?![\p{L}])/iu;

/** A person's name: "Daniel Harmon", "M. Ansell", "Mary K. Stone" (two to three words, no legal form). */
const PERSON = /^\p{Lu}[\p{L}'’-]*\.?(?:[ \t]\p{Lu}[\p{L}'’-]*\.?){0,1}[ \t]\p{Lu}\p{Ll}[\p{L}'’-]+$/u;

/** The surname as a word of `name`, in any case: "Harmon" in "Harmon Keys Piano Service", "ANSELL TUTORING". */
function carriesSurname(name: string, surname: string): boolean {
  const words = name.toLowerCase().split(/[^\p{L}'’-]+/u);
  return words.includes(surname.toLowerCase());
}

/**
 * When the only vendor is a person paid by a sentence, the first business among `candidates` (the
 * letterhead's name, the signature's) whose name carries the person's surname and is more than it.
 * Near miss: a business of another name leaves the payee as it is.
 */
export function tradingNameOfPayee(vendors: FoundParty[], candidates: () => FoundParty[]): FoundParty | null {
  if (vendors.length !== 1) return null;
  const payee = vendors[0];
  if (!payee || !PAYEE_CUE.test(payee.text) || HAS_LEGAL_FORM.test(payee.name) || !PERSON.test(payee.name)) return null;
  const words = payee.name.split(/[ \t]+/u);
  const surname = words[words.length - 1] ?? '';
  // "Daniel Harmon, RPT" or "Dan Harmon" elsewhere is the person again, not a business.
  const given = /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? '') ? (words[0] ?? '') : '';
  const business = candidates().find(
    (party) =>
      party.role === 'vendor' && party.name.includes(' ') && carriesSurname(party.name, surname) && !(given && carriesSurname(party.name, given)) && party.name.toLowerCase() !== payee.name.toLowerCase(),
  );
  return business ?? null;
}
