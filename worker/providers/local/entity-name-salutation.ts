/**
 * A letter's salutation to a firm run into the customer's name on one line: "Exmos. Senhores Têxteis do
 * Ave, S.A.", "Spett.le Ronchi Tubi S.r.l.", "Messrs. Hallam & Price Ltd", "Sres. Aceros Norte S.L.". It is
 * a courtesy, not part of the name (the hold-out's convention cites the name as written, without it).
 * Only the salutations that address a firm are taken off, and only where what remains is a firm's name
 * (it has a legal form): an English courtesy title before a person ("Mrs Annwen Caradoc") is how that
 * person is named, and "Messrs Smith" alone may be the family's name.
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, looksLikeName } from './entity-party-names';

/** "Exmos. Senhores", "Exmo. Sr.", "Ex.mos Srs.", "Ilmos. Senhores", "Spett.le", "Spettabile", "Messrs.", "Sres.", "Señores". */
const FIRM_SALUTATION =
  /^(?:(?:exm[oa]s?\.|ex\.m[oa]s?|ilm[oa]s?\.)(?:[ \t]+(?:senhor(?:es|as?)?|sr[as]?\.|srs\.))?|spett(?:\.le|abile)|messrs\.?|sres\.|señores)[ \t]+(?=\S)/iu;

export function withoutFirmSalutation(party: FoundParty): FoundParty {
  if (party.role !== 'customer') return party;
  const salutation = FIRM_SALUTATION.exec(party.name);
  if (!salutation) return party;
  const name = party.name.slice(salutation[0].length);
  return HAS_LEGAL_FORM.test(name) && looksLikeName(name) ? { ...party, name } : party;
}
