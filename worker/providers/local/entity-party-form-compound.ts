/**
 * A company whose legal form is made of two: a German limited partnership whose partner is a
 * company ("Geigenbau Overberg GmbH & Co. KG"), a "Co. Ltd" ("Shingle & Stripe Deckchair Co. Ltd").
 * The readers stop a name at its first form, or find it where the letterhead writes it short
 * ("Shingle & Stripe Deckchair Co." at the top, "... Co. Ltd, company no. 10448721" at the foot), so the
 * second half is lost. Where the text writes the name elsewhere with the second half right after it,
 * closing the name (its line, a comma, a separator or a column gap follows), the name is that longer one.
 * A name whose form is whole already ("Alder GmbH" followed by "& Partner") is left as it is.
 */
import type { FoundParty } from './entity-parties';

/** The second half of a compound form after a company's form ("GmbH", "AG", "UG", "SE", "Ltd") : "& Co. KG", "& Co. KGaA", "& Co. OHG". */
const AND_CO = /[ \t]+&[ \t]*Co\.?[ \t]+(?:KGaA|KG|OHG)(?![\p{L}\p{N}])/uy;
/** The second half after a "Co." or "Pty"/"Pvt": "Ltd", "Limited", "Ltd.", perhaps after a comma ("Co., Ltd."). */
const LIMITED = /,?[ \t]+(?:Ltd\.?|Limited|LTD\.?|LIMITED)(?![\p{L}\p{N}])/uy;
/** Forms after which "& Co. KG" may follow. */
const PARTNER_FORM = /(?<![\p{L}\p{N}])(?:GmbH|AG|UG|SE|Ltd|B\.V\.|mbH)$/u;
/** Forms after which "Ltd" may follow ("Pte. Ltd.", Singapore's private company). */
const HALF_FORM = /(?<![\p{L}\p{N}])(?:Co|CO|Pty|PTY|Pvt|PVT|Pte|PTE)\.?$/u;
/** What closes the longer name: its line's end, a comma, a separator, a bracket or a column gap. */
const CLOSED = /^(?:[ \t]*$|[ \t]*[,;·|•–—(]|[ \t]{2,}|\s*\n)/u;

export function withCompoundForm(text: string, party: FoundParty): FoundParty {
  const name = party.name;
  const second = PARTNER_FORM.test(name) ? AND_CO : HALF_FORM.test(name) ? LIMITED : null;
  if (!second) return party;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
    second.lastIndex = at + name.length;
    const form = second.exec(text);
    if (!form) continue;
    const end = at + name.length + form[0].length;
    if (!CLOSED.test(text.slice(end, end + 3))) continue;
    return { ...party, name: text.slice(at, end) };
  }
  return party;
}
