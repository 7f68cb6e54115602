/**
 * An accounting program's mail names both parties in its subject, "Subject: Credit Note CN-0093 from
 * Sunnyhithe Bakery Ltd for Bellcourt Deli", and greets the customer by the same name ("Hi Bellcourt
 * Deli,"). The prose readers want three capitalised words or a legal form after "for" (a project or a
 * person may follow it, see entity-party-prose-for); the greeting that repeats the name shows it is the
 * addressee. Read only where nothing else names the customer (see entity-parties).
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { execAll } from './entity-text';

const SUBJECT_FROM_FOR =
  /^[ \t]*(?:subject|betreff|objet|onderwerp|oggetto|asunto|assunto)[ \t]*:[ \t]*(?:(?:re|fwd?|aw|wg)[ \t]*:[ \t]*)*(?:(?:tax[ \t]+)?invoice|credit[ \t]+note|bill|statement|quote)[ \t]+[^\n]{1,40}?[ \t]from[ \t]+\p{Lu}[^\n]{1,80}?[ \t]for[ \t]+(?<name>\p{Lu}[^\n]{1,80}?)[ \t]*$/gimu;
const GREETING = /^[ \t]*(?:hi|hello|dear|hey|good[ \t]+(?:morning|afternoon))[ \t]+(?<name>[^\n,!:]{2,80})[ \t]*[,!:]?[ \t]*$/gimu;

export function subjectForCustomer(text: string): FoundParty[] {
  for (const match of execAll(SUBJECT_FROM_FOR, text)) {
    const raw = (match.groups?.name ?? '').trim();
    const name = leadingName(raw);
    if (name !== raw || !looksLikeName(name)) continue;
    const greeted = [...execAll(GREETING, text)].some((greeting) => (greeting.groups?.name ?? '').trim() === name);
    if (!greeted && !HAS_LEGAL_FORM.test(name)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    return [{ role: 'customer', name, start, end: start + name.length, text: match[0].trim() }];
  }
  return [];
}
