/**
 * An addressee's salutation closing the sender's first line of a header flattened into columns, with
 * the addressee's name closing the line below, after the sender's address:
 *
 *   ALLESTIMENTI RIVA S.R.L. Spett.le
 *   Via Lodi 4 — 20135 Milano Officine Brambilla S.r.l.
 *
 * The salutation heads the last column, so its name is the end of the next line, up to its legal form
 * closing the line. A postcode right before the name is the sender's, and the word after it is the
 * sender's town ("20135 Milano"), which a reader leaves to the address. Only with a legal form closing
 * the line (where the name ends is then known) and a name of two words or more after the town.
 */
import type { FoundParty } from './entity-parties';
import { SALUTATION } from './entity-letterhead';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { splitLines } from './entity-text';

/** After the sender's address: a postcode and its town, then the addressee's capitalised words closing the line. */
const AFTER_TOWN = /(?<![\p{L}\d])\d{4,5}[ \t]+\p{Lu}[\p{L}'’-]+[ \t]+(?<name>\p{Lu}[^\d\n:：@—–|·]{2,80})$/u;

const FORM_AT_END = new RegExp(`${HAS_LEGAL_FORM.source}\\.?$`, 'u');

export function salutationColumnCustomer(text: string): FoundParty[] {
  const lines = splitLines(text).filter((line) => line.text.trim()).slice(0, 6);
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const top = lines[i];
    const below = lines[i + 1];
    if (!top || !below) continue;
    // The salutation's one or two words closing the line after the sender's ("Spett.le", "Egregi Signori").
    const words = top.text.trim().split(/[ \t]+/u);
    const count = SALUTATION.test(words.slice(-1).join(' ')) ? 1 : SALUTATION.test(words.slice(-2).join(' ')) ? 2 : 0;
    if (!count || !/\p{L}{3}/u.test(words.slice(0, -count).join(' '))) continue;
    const found = AFTER_TOWN.exec(below.text.trimEnd());
    const name = (found?.groups?.name ?? '').trim();
    if (!found || !FORM_AT_END.test(name) || !/\s/u.test(name) || leadingName(name) !== name || !looksLikeName(name)) continue;
    const start = below.start + below.text.lastIndexOf(name);
    return [{ role: 'customer', name, start, end: start + name.length, text: name, generic: true }];
  }
  return [];
}
