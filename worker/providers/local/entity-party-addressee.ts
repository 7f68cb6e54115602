/**
 * A tradesperson's or tutor's letter to a household names no firm to bill: the person it greets is
 * the one invoiced. Read only as a last resort (no other customer found), and only in shapes where
 * the text itself makes that person the addressee:
 * - "Dear Mr & Mrs Pemberton-Ash," / "Dear Mr and Mrs Hale,": a couple, cited as written;
 * - "Dear Gwen Talfryn,": a full private name (two or three plain words, no firm or role word);
 * - "Dear Marisol," with "Marisol Quintero" alone on an address line above, or "for Marisol Quintero"
 *   in the text: the full name given elsewhere;
 * - a line "To Peter and Anjali Okonkwo-Rao (for Kiran, grade 11)": the people a letter is addressed to.
 * A greeting to a firm's contact is not read here once a firm is named (the caller only asks when no
 * customer was found), and a lone first name never stands as a customer on its own. A firm with a legal
 * form greeting "Dear Anna Rossi," writes to a client's contact, not a household: only a couple is read there.
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM } from './entity-party-names';

const GREETING = /^[ \t]*(?:dear|hi|hello|kia[ \t]+ora)[ \t]+(?<name>\p{Lu}[^\n,:;!]{0,60}?)[ \t]*[,:!]?[ \t]*$/gimu;
const TO_LINE = /^[ \t]*to[ \t]+(?<name>\p{Lu}[^\n():,;]{2,60}?)[ \t]*(?:\([^\n)]{0,80}\))?[ \t]*$/gimu;

const WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
const TITLE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?';
/** "Mr & Mrs Pemberton-Ash", "Mr. and Mrs. Hale". */
const COUPLE = new RegExp(`^${TITLE}[ \\t]+(?:&|and)[ \\t]+${TITLE}[ \\t]+${WORD}$`, 'u');
/** "Gwen Talfryn", "Ana María Ruiz". */
const FULL_NAME = new RegExp(`^${WORD}(?:[ \\t]+${WORD}){1,2}$`, 'u');
/** "Peter and Anjali Okonkwo-Rao". */
const GIVEN_PAIR = new RegExp(`^${WORD}[ \\t]+(?:&|and)[ \\t]+${WORD}[ \\t]+${WORD}$`, 'u');
const GIVEN = new RegExp(`^${WORD}$`, 'u');

/** Words of a greeting or of a firm, never of a private person's name. */
const NOT_PERSONAL =
  /(?<![\p{L}])(?:sir|sirs|madam|customer|customers|client|clients|team|friend|friends|colleague|colleagues|all|everyone|accounts?|finance|office|manager|department|members?|parents?|neighbours?|neighbors?|ltd|limited|inc|llc|llp|gmbh|company|co|group|services|studio|gardens?|vets?|trust|school|club|council|hotel|restaurant|cafe|café|bakery|shop|store|partners?)(?![\p{L}])/iu;

function personal(name: string): boolean {
  return !NOT_PERSONAL.test(name);
}

function party(name: string, start: number, whole: string): FoundParty {
  return { role: 'customer', name, start, end: start + whole.length, text: whole.trim() };
}

/** "Marisol" to "Marisol Quintero": a line holding only the full name, or "for Marisol Quintero". */
function fullNameOf(text: string, given: string): string | undefined {
  const line = new RegExp(`^[ \\t]*(?<name>${given}(?:[ \\t]+${WORD}){1,2})[ \\t]*$`, 'mu').exec(text);
  if (line?.groups?.name && personal(line.groups.name)) return line.groups.name;
  const forName = new RegExp(`(?<![\\p{L}])for[ \\t]+(?<name>${given}(?:[ \\t]+${WORD}){1,2})(?![\\p{L}])`, 'u').exec(text);
  if (forName?.groups?.name && personal(forName.groups.name)) return forName.groups.name;
  return undefined;
}

export function privateAddresseeCustomer(text: string): FoundParty[] {
  // Cheap hint first: a greeting or a "To" line.
  if (!/(?:dear|hi|hello|kia ora|^[ \t]*to[ \t])/imu.test(text)) return [];
  const firm = HAS_LEGAL_FORM.test(text);
  for (const match of text.matchAll(GREETING)) {
    const name = (match.groups?.name ?? '').trim();
    const start = match.index ?? 0;
    if (!personal(name)) continue;
    if (COUPLE.test(name)) return [party(name, start, match[0])];
    if (firm) return [];
    if ((FULL_NAME.test(name) && !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/u.test(name))) return [party(name, start, match[0])];
    if (GIVEN.test(name)) {
      const full = fullNameOf(text, name);
      if (full) return [party(full, start, match[0])];
    }
    return [];
  }
  if (firm) return [];
  for (const match of text.matchAll(TO_LINE)) {
    const name = (match.groups?.name ?? '').trim();
    if (personal(name) && (GIVEN_PAIR.test(name) || COUPLE.test(name))) return [party(name, match.index ?? 0, match[0])];
  }
  return [];
}
