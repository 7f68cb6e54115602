/**
 * A party's label followed by the name's own field word, without a colon of its own: "Receptor: Razón social
 * Naviera Austral S.A.", "Client : Raison sociale Boulangerie Marceau SARL", "Committente: Ragione sociale Ferri
 * S.r.l.", "Customer: Registered name Harbour Mills Ltd". Latin American and southern European invoices print
 * the buyer's block as a list of fields (registered name, tax number, address) under the role's label, and a
 * flattened copy joins the first field's word to the label's line. The field word is no part of the name.
 * Only where a name that reads as one (capitalised, see entity-party-names) follows it.
 */
import type { FoundParty } from './entity-parties';
import { looksLikeName } from './entity-party-names';

/** The registered name's field word opening the name, perhaps with its own colon or a dash, then a capital. */
const FIELD_WORD =
  /^(?:raz[oó]n[ \t]+social|denominaci[oó]n[ \t]+social|denomina[çc][ãa]o[ \t]+social|ragione[ \t]+sociale|raison[ \t]+sociale|(?:registered|legal)[ \t]+(?:company[ \t]+)?name|company[ \t]+name)[ \t]*[:.–—-]?[ \t]+(?=\p{Lu})/iu;

/**
 * A field's label is written "Razón social", "Company name" or in capitals, "RAZÓN SOCIAL"; a firm's name in title
 * case, "Company Name Registry Ltd", "Legal Name Services LLC", merely opens with the words.
 */
function writtenAsLabel(words: string): boolean {
  return words === words.toUpperCase() || words.trim().split(/[ \t]+/u).slice(1).every((word) => /^\p{Ll}/u.test(word));
}

export function withoutCompanyNameField(party: FoundParty): FoundParty {
  const field = FIELD_WORD.exec(party.name);
  if (!field || !writtenAsLabel(field[0].replace(/[ \t]*[:.–—-]?[ \t]*$/u, ''))) return party;
  const name = party.name.slice(field[0].length);
  return looksLikeName(name) ? { ...party, name } : party;
}
