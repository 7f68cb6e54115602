/**
 * Japanese invoices address their customer with an honorific after the name ("Minamiura Trading
 * Co., Ltd. 御中" to a company, "山田太郎 様" to a person, "殿" in older style): a courtesy, not part
 * of the name, as "Messrs." is not.
 */
import type { FoundParty } from './entity-parties';

/** An honorific closing a name, apart from it or joined to it: 御中, 様, 殿, さま. */
const HONORIFIC_AFTER = /[ \t\u3000]*(?:御中|様|殿|さま)$/u;

export function withoutHonorific(party: FoundParty): FoundParty {
  if (!HONORIFIC_AFTER.test(party.name)) return party;
  const name = party.name.replace(HONORIFIC_AFTER, '');
  return name.trim() ? { ...party, name } : party;
}
