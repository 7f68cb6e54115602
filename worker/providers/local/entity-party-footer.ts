/**
 * The vendor named only at the foot of a document: its legal line ("X Ltd. Registered in England
 * No. 1"), a thank-you ("Thank you for choosing X!"). Split from `entity-letterhead`, which reads the top.
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName, wholeSegmentIsName } from './entity-party-names';
import { splitLines } from './entity-text';

/** A company's legal line before its registered office: "... is a limited liability partnership registered in ...", "Registered in England No. 1.". */
const REGISTERED_NOTE = /(?<![\p{L}])(?:registered|incorporated|authori[sz]ed\s+and\s+regulated|eingetragen|immatricul|iscritt|inscrit)/iu;
/** A sentence about the company's registration, after its name's own sentence. */
const REGISTRATION_SENTENCE = /(?<=\S)\.\s+(?:registered|incorporated|company\s+(?:no|number|registration))(?![\p{L}]).*$/iu;
/** How many of the last lines a footer may take. */
const FOOTER_LINES = 3;
/** Between a footer's parts: " · ", " | ", " – ", " — ", " - ", "; ". */
const FOOTER_SEPARATOR = /\s+[·|–—•-]\s+|;\s+/u;
/** A thank-you before the company's name: "Thank you for choosing X", "Vielen Dank für Ihren Auftrag bei X". */
const THANKS = /^(?:thank\s+you\s+for\s+(?:choosing|your\s+(?:business|order|custom)(?:\s+with)?|shopping\s+(?:at|with))|thanks\s+for\s+choosing|merci\s+d['’]avoir\s+choisi|grazie\s+per\s+aver\s+scelto|gracias\s+por\s+elegir|bedankt\s+voor\s+uw\s+(?:vertrouwen\s+in|bestelling\s+bij)|obrigado\s+por\s+escolher)\s+/iu;
/** "For" opening a signature's line, perhaps after its word in another language and a slash ("Za / For", "Pour / For"). */
export const SIGNED_FOR = /^(?:\p{L}{1,4}[ \t]*\/[ \t]*)?for[ \t]+(?=\p{Lu})/iu;

/**
 * The company a document names only in its footer ("Registered in England No. 09921847 —
 * Willowbeck Garden Services Ltd", "Thank you for choosing Kestrel Print Ltd!"): a part of one of
 * the last lines that is a name with a legal form, and not a party already named for the other role.
 */
export function footerVendor(text: string, known: FoundParty[]): FoundParty[] {
  const lines = splitLines(text).filter((line) => line.text.trim());
  const others = new Set(known.map((party) => party.name));
  for (const line of lines.slice(-FOOTER_LINES)) {
    // A label's value is no footer name, but a legal line may end in one: "X LLP is ... Registered office: 9 High St".
    const head = line.text.split(/[:：]/u)[0] ?? '';
    if (head.length < line.text.length && !REGISTERED_NOTE.test(head)) continue;
    let offset = 0;
    for (const part of head.split(FOOTER_SEPARATOR)) {
      const at = line.text.indexOf(part, offset);
      offset = at + part.length;
      const thanks = THANKS.exec(part.trim());
      // The name's sentence ends before its registration: "Orrin Broadband Ltd. Registered in Scotland ...".
      const sentence = part.trim().replace(REGISTRATION_SENTENCE, '');
      // "Za / For Gorenjski Vosek d.o.o.": a signature signed for the firm, perhaps glossed, names it after the word.
      const bare = thanks ? sentence.slice(thanks[0].length) : sentence.replace(SIGNED_FOR, '');
      // A name alone in its part keeps its legal form's full stop ("Parcelwise B.V. · Keizersgracht 391",
      // "Quillstack, Inc. · 1201 Third Avenue"); a thank-you's sentence ends in one of its own.
      const whole = !thanks && /\p{L}\.$/u.test(bare) && leadingName(bare) === bare;
      const name = leadingName(whole ? bare : bare.replace(/[!.,]+$/u, ''));
      if (!HAS_LEGAL_FORM.test(name) || !looksLikeName(name) || others.has(name) || /(?<![\p{L}\d])\d+(?![\p{L}\d])/u.test(name)) continue;
      const start = line.start + line.text.indexOf(name, at);
      return [{ role: 'vendor', name, start, end: start + name.length, text: name, generic: true }];
    }
  }
  return [];
}

/** A thank-you that names the business chosen: "Thank you for choosing X!", "Merci d'avoir choisi X". */
const THANKS_FOR_CHOOSING =
  /^[ \t>*]*(?:thank\s+you\s+for\s+(?:choosing|shopping\s+(?:at|with))|thanks\s+for\s+choosing|merci\s+d['’]avoir\s+choisi|grazie\s+per\s+aver\s+scelto|gracias\s+por\s+elegir|obrigado\s+por\s+escolher|bedankt\s+dat\s+u\s+(?:voor\s+)?(?:koos|gekozen\s+heeft)\s+voor)[ \t]+(?<name>\p{Lu}[^\n!.]{0,80})/gimu;

/**
 * The business a text thanks the reader for choosing, on any line ("Thank you for choosing
 * Pinegrove Pest Control!" opening a mail): the phrase names the vendor, with or without a legal form.
 */
export function chosenVendor(text: string): FoundParty[] {
  for (const match of text.matchAll(THANKS_FOR_CHOOSING)) {
    const raw = (match.groups?.name ?? '').trim();
    const name = leadingName(raw);
    if (!looksLikeName(name) || !wholeSegmentIsName(raw, name)) continue;
    const start = match.index + match[0].lastIndexOf(name);
    return [{ role: 'vendor', name, start, end: start + name.length, text: match[0].trim(), generic: true }];
  }
  return [];
}

/** How far in a right-hand column's lines stand. */
const RIGHT_COLUMN_INDENT = 12;
/** How many lines from the top an issuer's block may start. */
const ISSUER_BLOCK_LINES = 15;
/** A postcode, or a street or district with a number, on the line under the name. */
const ADDRESS_PART = /(?<![\p{L}\d])(?:\d{3,5}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?![\p{L}\d])|\d+(?:-\d+)+|\p{L}{3,}\.?\s+\d{1,4}[a-z]?(?![\d.,:])/u;

/**
 * The issuer's block in a right-hand column, the customer's on the left ("To: Vretstorp Optics AB"),
 * as Japanese and many export invoices set it: a line holding only the company's name with its legal
 * form, far indented, over its address in the same column.
 *
 *   To: Vretstorp Optics AB                                No.   SK-260311-07
 *                                                          Shiraike Kogaku Co., Ltd.
 *                                                          3-14-2 Higashi-Gotanda, Shinagawa-ku
 */
export function rightColumnVendor(text: string, found: FoundParty[]): FoundParty[] {
  const lines = splitLines(text).slice(0, ISSUER_BLOCK_LINES);
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const line = lines[i];
    const below = lines[i + 1];
    if (!line || !below) continue;
    const indent = line.text.length - line.text.trimStart().length;
    const raw = line.text.trim();
    if (indent < RIGHT_COLUMN_INDENT || !raw || /[:：]/u.test(raw) || !HAS_LEGAL_FORM.test(raw)) continue;
    const name = leadingName(raw);
    if (!looksLikeName(name) || !wholeSegmentIsName(raw, name) || found.some((party) => party.name === name)) continue;
    // Its address under it, in the same column.
    const belowIndent = below.text.length - below.text.trimStart().length;
    if (Math.abs(belowIndent - indent) > 2 || !ADDRESS_PART.test(below.text)) continue;
    const start = line.start + indent;
    return [{ role: 'vendor', name, start, end: start + name.length, text: name, generic: true }];
  }
  return [];
}
