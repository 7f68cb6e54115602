/**
 * A sole trader's mail or letter to a private client greets them with a courtesy title: "Dear Mrs
 * Philippa Okonedo-Hale,", "Hi Mr Declan Fahy,", "Sehr geehrter Herr Dr. Matthias Oberreiter,", "Dear
 * Mr Whitlow-Barnes,". A title is how one addresses the person billed, not a colleague ("Hi Gareth,"),
 * so the person greeted so is the customer, cited as written, title included. Read only where nothing
 * else names the customer (a firm named by a label or a sentence outranks its contact, see entity-parties).
 * - English titles (Mr, Mrs, Ms, Miss, Mx, Dr) count before a surname alone or a full name;
 * - the other languages' titles (Herr, Frau, Monsieur, Madame, meneer, mevrouw) only before a full name
 *   (given name and surname): "Sehr geehrte Frau Stangl," writes to a firm's clerk as often as to a client.
 * "Dear Sir or Madam,", "Dear Mr President," and a title before a firm's word ("Dear Mr Smith's office")
 * name no one here.
 */
import type { FoundParty } from './entity-parties';

const GREETING_WORD =
  '(?:dear|hi|hello|hallo|guten[ \\t]+tag|sehr[ \\t]+geehrte[rs]?|liebe[rs]?|bonjour|cher|chère|beste|geachte|goedendag|hoi)';
const ENGLISH_TITLE = '(?:Mr|Mrs|Ms|Miss|Mx|Dr)\\.?';
const OTHER_TITLE = '(?:Herr|Frau|Monsieur|Madame|[Mm]eneer|[Mm]evrouw)';
/** An academic title after the courtesy one: "Herr Dr. Matthias", "Mrs Dr. ...", "Frau Prof. Dr. ...". */
const ACADEMIC = '(?:(?:Dr|Prof)\\.?[ \\t]+){0,2}';
/** A capitalised word of a name, double-barrelled or with an apostrophe: "Okonedo-Hale", "O'Brien". */
const WORD = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
/** A surname's lower-case particle: "van", "de", "von", "le". */
const PARTICLE = '(?:van|von|de|der|den|du|da|di|le|la|ter|ten)';
const SURNAME = `(?:${PARTICLE}[ \\t]+){0,2}${WORD}`;
const FULL_NAME = `${WORD}(?:[ \\t]+${WORD})?[ \\t]+${SURNAME}`;

/** The greeting, its title, and the name up to the greeting's comma or the line's end. */
const TITLED = new RegExp(
  `^[ \\t]*${GREETING_WORD}[ \\t]+(?<name>(?<english>${ENGLISH_TITLE}[ \\t]+${ACADEMIC}(?:${FULL_NAME}|${SURNAME}))|${OTHER_TITLE}[ \\t]+${ACADEMIC}${FULL_NAME})[ \\t]*[,:!]?[ \\t]*$`,
  'gmu',
);
/** The greeting word in any case ("DEAR", "dear"), the rest as written. */
const GREETING_START = new RegExp(`^[ \\t]*${GREETING_WORD}[ \\t]`, 'imu');

/** Words that make the "name" an office or a firm's, not a person's. */
const NOT_A_PERSON = /(?<![\p{L}])(?:President|Chair|Chairman|Secretary|Treasurer|Director|Manager|Team|Office|Sir|Madam|Customer|Client)(?![\p{L}])/u;

export function titledAddresseeCustomer(text: string): FoundParty[] {
  if (!GREETING_START.test(text)) return [];
  // The greeting word may be capitalised or not; test each line with the word lower-cased.
  const lowered = text.replace(new RegExp(`^([ \\t]*)(${GREETING_WORD})(?=[ \\t])`, 'gimu'), (_whole, blanks: string, word: string) => blanks + word.toLowerCase());
  for (const match of lowered.matchAll(TITLED)) {
    const name = (match.groups?.name ?? '').trim();
    if (!name || NOT_A_PERSON.test(name)) continue;
    const start = match.index ?? 0;
    const whole = text.slice(start, start + match[0].length);
    return [{ role: 'customer', name, start, end: start + whole.length, text: whole.trim() }];
  }
  return [];
}
