/**
 * A letter's inside address that names the person first and the firm under it, as British and South African
 * letters write it:
 *
 *   Ms P. Naidoo                          the person written to
 *   Duzi Paddling Events (Pty) Ltd        the firm, with its legal form, alone on the next line: the customer
 *   12 Boshoff Street
 *
 * and the greeting that writes both: "Dear Ms Maguire of Erne Lakeside Cruisers Ltd,". The person is the
 * firm's contact; the firm is billed. Only a firm with a legal form, written as the whole line or the whole
 * rest of the greeting, counts: "Operations Manager, Lakehead Millwork" under a person names a role, and
 * leaves the person the customer.
 */
import type { FoundParty } from './entity-parties';
import { organisationLine } from './entity-party-lines';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { lineAt } from './entity-text';

/**
 * The firm on the line right under a saluted person's line (no blank line between), with its legal form;
 * null when the person's name has a legal form itself, or the next line is no firm's name alone.
 */
export function organisationUnderSaluted(text: string, lineStart: number, name: string): FoundParty | null {
  if (HAS_LEGAL_FORM.test(name)) return null;
  const { end } = lineAt(text, lineStart);
  if (end >= text.length) return null;
  const below = organisationLine(text, end + 1);
  if (!below) return null;
  const organisation = text.slice(below.start, below.end);
  if (!HAS_LEGAL_FORM.test(organisation)) return null;
  return { role: 'customer', name: organisation, start: below.start, end: below.end, text: organisation };
}

/** A courtesy title, a person's name of one to three words, "of" or "at", then the rest: "Ms Maguire of ...", "Mr J. O'Neill at ...". */
const PERSON_OF = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(?:\p{Lu}[\p{Ll}'’.-]*[ \t]+){0,2}\p{Lu}[\p{Ll}'’-]*[ \t]+(?:of|at)[ \t]+(?=\p{Lu})/u;

/** The firm a greeted person belongs to, from "Ms Maguire of Erne Lakeside Cruisers Ltd": the firm's name, or undefined. */
export function firmOfGreetedPerson(greeted: string): string | undefined {
  const person = PERSON_OF.exec(greeted);
  if (!person) return undefined;
  const rest = greeted.slice(person[0].length);
  const firm = leadingName(rest);
  return firm === rest && looksLikeName(firm) && HAS_LEGAL_FORM.test(firm) ? firm : undefined;
}
