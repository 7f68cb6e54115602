/**
 * A party's name as the text writes it in full elsewhere: with its legal form ("Ravensholt
 * Translation" and "Ravensholt Translation ApS" in the signature), without a sentence's full stop,
 * or whole where a sentence wrapped it at its line's end. Split from entity-letterhead, whose
 * letterhead names use `withLegalForm` too.
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM } from './entity-party-names';
import { splitLines } from './entity-text';
// "Pescarias Monte Cara, Lda.": the form after a comma (see the file).
import { withCommaLegalForm } from './entity-party-form-comma';

/** A legal form right after a name, at the sticky position. */
const LEGAL_FORM_AFTER = new RegExp(`[ \\t]+${HAS_LEGAL_FORM.source}`, 'yu');

/**
 * The letterhead's name written out with its legal form elsewhere, as footers do: "KILNWORTH
 * JOINERY" at the top and "Kilnworth Joinery Ltd · Unit 4, ..." at the bottom name one company.
 */
export function withLegalForm(text: string, name: string): { name: string; start: number } | undefined {
  const lower = text.toLowerCase();
  const wanted = name.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
    LEGAL_FORM_AFTER.lastIndex = at + name.length;
    const form = LEGAL_FORM_AFTER.exec(text);
    if (form) return { name: text.slice(at, at + name.length + form[0].length).trimEnd(), start: at };
  }
  return undefined;
}

/**
 * A party named without its legal form that the text writes out with one elsewhere ("Invoice from
 * Ravensholt Translation" and "Ravensholt Translation ApS · Aarhus" in the signature): the full name.
 */
/**
 * "... made out to Tollgate Dental Practice Ltd. The call-out ...": a full stop ending the sentence
 * is no part of the name, when the text writes the name elsewhere without it ("Subject: ... Tollgate
 * Dental Practice Ltd").
 */
function withoutSentenceStop(text: string, party: FoundParty): FoundParty {
  if (!party.name.endsWith('.')) return party;
  const at = text.indexOf(party.name, party.start);
  if (at < 0 || !/^(?:[ \t]+\p{Lu}|[ \t]*(?:\n|$))/u.test(text.slice(at + party.name.length, at + party.name.length + 3))) return party;
  const bare = party.name.slice(0, -1);
  for (let from = text.indexOf(bare); from >= 0; from = text.indexOf(bare, from + 1)) {
    if (text[from + bare.length] !== '.') return { ...party, name: bare };
  }
  return party;
}

export function withFullName(text: string, found: FoundParty): FoundParty {
  const party = withoutSentenceStop(text, found);
  if (HAS_LEGAL_FORM.test(party.name)) return party;
  const full = withLegalForm(text, party.name)?.name ?? withCommaLegalForm(text, party.name);
  return full ? { ...party, name: full } : (wrappedName(text, party) ?? party);
}

/** The capitalised words opening the next line, a full stop or comma perhaps after them. */
const NEXT_LINE_WORDS = /^\n[ \t]*(?<words>\p{Lu}[\p{L}'’&-]*(?:[ \t]\p{Lu}[\p{L}'’&-]*)?)(?=[.,;]?(?:\s|$))/u;

/**
 * A name that a sentence wrapped at its line's end ("cheque payable to Whitlow Piano" over "Services."),
 * when the whole name stands alone on a line of its own elsewhere, as the letterhead writes it.
 */
function wrappedName(text: string, party: FoundParty): FoundParty | null {
  const at = text.indexOf(party.name, party.start);
  if (at < 0) return null;
  const words = NEXT_LINE_WORDS.exec(text.slice(at + party.name.length, at + party.name.length + 60))?.groups?.words;
  if (!words) return null;
  const whole = `${party.name} ${words}`;
  const alone = splitLines(text).some((line) => line.text.trim() === whole);
  return alone ? { ...party, name: whole } : null;
}
