/**
 * The issuer of a Japanese qualified invoice (適格請求書): its registration number, "T" and thirteen digits,
 * is the issuer's own, printed under the issuer's name and address ("登録番号 / Registration No.: T4200001023456").
 * The firm over it is the vendor, wherever the block stands: a Japanese invoice heads its page with the
 * addressee ("Kitchen Works Sendai Co., Ltd. 御中") and sets the issuer's block below it, after the title's fields,
 * where no letterhead reading looks.
 *
 *   Seki Hamono Kobo Co., Ltd. (株式会社関刃物工房)      the firm with its legal form, perhaps its name in Japanese after it
 *   岐阜県関市小屋名 118 / 118 Oyana, Seki, Gifu          its address
 *   登録番号 / Registration No.: T4200001023456         its registration number
 *
 * Read only where nothing else names the vendor (see entity-parties).
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { splitLines } from './entity-text';

/** The registration number's label and the number: "登録番号", "Registration No.", then T and thirteen digits. */
const REGISTRATION = /(?:登録番号|registration\s+(?:no\.?|number))[^\n\d]{0,12}T[ \t-]?\d{13}(?!\d)/iu;
/** How many lines over the number the firm's name may stand: name, address in two lines. */
const LINES_ABOVE = 3;
/** An addressee's honorific ("御中", "様"): that firm is the customer. */
const HONORIFIC = /(?:御中|様|殿|さま)[ \t\u3000]*$/u;
/** The name in Japanese after it, in brackets: "(株式会社関刃物工房)". */
const GLOSS_AFTER = /^[ \t]*(?:[(（][^)）\n]{1,40}[)）])?[ \t]*$/u;

export function registeredIssuerVendor(text: string): FoundParty[] {
  const lines = splitLines(text);
  for (let no = 0; no < lines.length; no += 1) {
    if (!REGISTRATION.test(lines[no]?.text ?? '')) continue;
    for (let up = no - 1; up >= Math.max(0, no - LINES_ABOVE); up -= 1) {
      const line = lines[up];
      if (!line || !line.text.trim()) break;
      const trimmed = line.text.trim();
      if (/[:：]/u.test(trimmed) || HONORIFIC.test(trimmed)) continue;
      const name = leadingName(trimmed);
      if (!name || !looksLikeName(name) || !HAS_LEGAL_FORM.test(name) || !trimmed.startsWith(name) || !GLOSS_AFTER.test(trimmed.slice(name.length))) continue;
      const start = line.start + line.text.indexOf(name);
      return [{ role: 'vendor', name, start, end: start + name.length, text: name, generic: true }];
    }
  }
  return [];
}
