/**
 * The vendor from a mail's or letter's signature, when no label names one: the company's name in the
 * lines under the closing ("Kind regards," over "Ivo" over "Pennyroyal Web Works"), or the company
 * part of a writer's line ("Mel | Juniper Vale"). Split from entity-letterhead, which reads the top.
 */
import { SIGNED_FOR } from './entity-party-footer';
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, JOB_TITLE, leadingName, looksLikeName, ROLE_OR_DEPARTMENT, wholeSegmentIsName } from './entity-party-names';
import { firstSegment } from './entity-letterhead';
import { blocksOf, splitAtColumnGap, splitLines, type Line } from './entity-text';
import { CLOSING } from './entity-closing';
import { placeName } from './entity-name-place';
import { behalfVendor } from './entity-signature-behalf';

/** A short sign-off in the writer's own words, alone on its line: "Ride safe,", "Take care!", "Speak soon,". */
const SIGN_OFF = /^\p{L}[\p{L}'’]*(?:[ \t]+\p{L}[\p{L}'’]*){1,2}[,!]$/u;
/** The writer and the company on one signature line: "Ivo — Pennyroyal Web Works", "Mel | Juniper Vale". */
const WRITER_COMPANY = /[ \t]+[—–|][ \t]+/u;

/** A signature line as its parts: the writer's, then the company's, where a dash or a bar parts them. */
function writerAndCompany(line: Line): Line[] {
  const split = WRITER_COMPANY.exec(line.text);
  if (!split || split.index === 0) return [line];
  const second = split.index + split[0].length;
  return [
    { start: line.start, end: line.start + split.index, text: line.text.slice(0, split.index) },
    { ...line, start: line.start + second, text: line.text.slice(second) },
  ];
}

/** A phone number alone on its line: "086 555 0193", "+353 (0)21 555 0193", "Tel. 0171 5550193". */
const PHONE_ONLY = /^(?:(?:tel|phone|mob|mobile|m|t)\.?:?[ \t]*)?\+?[\d() .-]{7,20}$/iu;

/** How many lines under the closing a signature may run. */
const SIGNATURE_LINES = 4;

/** A signature's line that is a name alone (before a " · " or a comma), with what it reads as. */
/** What a signature's line says: a name alone (before a " · " or a comma), a job title, or neither. */
function signatureName(line: Line): { name: string } | 'title' | null {
  // "Kunde: Albrecht Bau GmbH" is a label's value, not a signature.
  if (/[:：]/u.test(line.text)) return null;
  let segment = firstSegment(line.text);
  // "Owner, Lopez Design Studio": a job title before the company; "Project Manager" alone.
  if (JOB_TITLE.test(segment.text) || ROLE_OR_DEPARTMENT.test(segment.text)) {
    const comma = /^[ \t]*,[ \t]*/u.exec(line.text.slice(segment.offset + segment.text.length));
    if (!comma) return 'title';
    const from = segment.offset + segment.text.length + comma[0].length;
    const next = firstSegment(line.text.slice(from));
    segment = { offset: from + next.offset, text: next.text };
  }
  if (/[@\d]/u.test(segment.text)) return null;
  // "Yoga am Landwehrkanal": a business named after its place (see entity-name-place).
  const name = placeName(segment.text) ?? leadingName(segment.text);
  return looksLikeName(name) && wholeSegmentIsName(segment.text, name) ? { name } : null;
}

/**
 * The company a mail is signed for: under its last closing (or in its last block, see below) ("Kind regards," "Oksana Dreyer" "Dreyer
 * Visual Studio"), the line with a legal form, else the name under the writer's own. A mail header
 * names who wrote; the signature names whom they write for.
 */
export function signatureVendor(text: string): FoundParty[] {
  const lines = splitLines(text);
  let closing = -1;
  // The closing and the name under it joined onto one line, a column gap apart ("Thanks so much!  Mel"): the rest reads as the line below.
  let besideClosing: Line | undefined;
  for (let i = lines.length - 1; i >= 0 && closing < 0; i -= 1) {
    const line = lines[i];
    if (!line) continue;
    if (CLOSING.test(line.text.trim())) closing = i;
    else {
      const split = splitAtColumnGap(line.text);
      if (split && CLOSING.test(split.before.trim())) {
        closing = i;
        besideClosing = { start: line.start + split.afterStart, end: line.end, text: line.text.slice(split.afterStart) };
      }
    }
  }
  // Without a closing, the mail's last block is its signature when it holds names only ("Oksana Dreyer" over "Dreyer Visual Studio").
  const blocks = closing < 0 ? blocksOf(lines) : [];
  // A signature block follows the mail's body, and names the writer before whom they write for.
  const lastBlock = blocks.length >= 2 && (blocks[blocks.length - 1]?.length ?? 0) >= 2 ? blocks[blocks.length - 1] : undefined;
  // A sign-off of the writer's own words opening that block ("Ride safe,", "Take care!") is a closing too.
  const signedOff = closing < 0 && lastBlock !== undefined && SIGN_OFF.test(lastBlock[0]?.text.trim() ?? '');
  // A phone number alone closing the block ("086 555 0193") is the writer's contact, not a line of the mail.
  const block = (signedOff ? (lastBlock ?? []).slice(1) : (lastBlock ?? [])).filter((line, index, all) => index < all.length - 1 || !PHONE_ONLY.test(line.text.trim()));
  const below = closing >= 0 ? [...(besideClosing ? [besideClosing] : []), ...lines.slice(closing + 1).filter((line) => line.text.trim())].slice(0, SIGNATURE_LINES) : block;
  // "for and on behalf of Trevaskis Land Surveys" under the writer's name names the firm (see entity-signature-behalf).
  const behalf = behalfVendor(below);
  if (behalf.length) return behalf;
  const entries = below.flatMap((line) => writerAndCompany(line).map((part) => ({ line: part, said: signatureName(part) })));
  if (closing < 0 && (entries.length > SIGNATURE_LINES || entries.some((entry) => entry.said === null))) return [];
  // Job titles name no one: the company is the name after the writer's, titles aside.
  const names = entries.flatMap(({ line, said }) => (said && said !== 'title' ? [{ line, name: said.name }] : []));
  // After a closing, a name alone of three capitalised words or more is a business's ("Spokeworth Bicycle Repair"), not a writer's.
  const alone = (closing >= 0 || signedOff) && names.length === 1 && (names[0]?.name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length >= 3 ? names[0] : undefined;
  const company = names.find((entry) => HAS_LEGAL_FORM.test(entry.name)) ?? (names.length >= 2 && names[1]?.name.includes(' ') ? names[1] : undefined) ?? alone;
  if (!company) return [];
  // "Za / For Gorenjski Vosek d.o.o.": signed for the firm, which the words after "For" name (see entity-party-footer).
  const name = company.name.replace(SIGNED_FOR, '');
  const start = company.line.start + company.line.text.indexOf(name);
  return [{ role: 'vendor', name, start, end: start + name.length, text: name, generic: true }];
}
