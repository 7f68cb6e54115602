/**
 * The letterhead's short or damaged name, and the firm's legal name on its registration line at the foot:
 * - "Raquettes Lac-Beauport" at the top, "Les Raquettes Traditionnelles Lac-Beauport inc. · TPS 812204471 RT0001
 *   · TVQ ..." at the foot: the letterhead shortens the legal name, whose words it keeps in order;
 * - "GALLARIJA W0RKS" at the top (a scan's zero for an O), "Ġużè Camilleri & Sons Ltd · C 41822 · VAT MT 2218
 *   4407 · ..." at the foot: a trade mark a scan has damaged, which is left out rather than guessed, and the
 *   registered firm that issues the invoice.
 * The footer line must be the firm's own registration line: a name with a legal form opening it, then a tax or
 * registration number in a later part (parted by " · ", " | " or " — "). A clean letterhead that shares no word
 * with the footer's name (a trade name) is left as it is.
 * - "CARR1CK  TURF" unread at the top, "Racecourse Road Depot, Ayr KA7 2UB" under it read as the letterhead, and
 *   "Carrick Turf Machinery Hire Ltd · Company N0. SC512077" at the foot: a name with a street's word on a line
 *   holding a postcode is where the firm is, no firm, and the registered name outranks it;
 * - "NICKEL BASIN CORE TRAY MFG." at the top, "Due 2026-07-16 · Nickel Basin Core Tray Manufacturing Inc. · HST
 *   ..." at the foot, or "De Swette Houtschaatsen" and the account's holder "t.n.v. Friese Houtschaatsenmakerij De
 *   Swette B.V.": a shortened letterhead (see entity-party-legal-name-words) takes the legal name from a later part
 *   of the registration line, or from the bank line, too. A damaged or address-line letterhead, which shares no
 *   words to check, takes only a name opening the firm's own registration line.
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { TAX_PART } from './entity-party-footer-tax';
import { splitLines } from './entity-text';
import { isAddressLine } from './entity-party-delivery-gloss';
import { shortensName } from './entity-party-legal-name-words';
import { accountHolderNames } from './entity-party-account-holder';

/** How many of the last filled lines a footer may take. */
const FOOTER_LINES = 3;
const SEPARATOR = /[ \t]+[·|•—][ \t]+/u;
/** Quebec's registered forms in lower case, closing the name: "inc.", "ltée", "enr." (not listed as legal forms, "inc." being "including" too). */
const QUEBEC_FORM = /[ \t](?:inc\.|ltée|enr\.)$/u;
/** A digit OCR reads for a letter inside a word of letters ("W0RKS", "PR1NT"), or a zero opening one ("0AK"). */
const OCR_DIGIT = /\p{L}[0158]\p{L}|(?<![\p{L}\p{N}])0\p{L}{2}/u;

/**
 * A street's word in a name: English and Romance ones standing alone ("Racecourse Road Depot", "Rue du Port"),
 * German and Dutch ones closing a compound ("Hafenstraße", "Zuiderkade").
 */
const STREET_WORD =
  /(?<![\p{L}])(?:road|rd|street|st|avenue|ave|lane|drive|quay|wharf|crescent|terrace|rue|via|viale|calle|avenida|rua|chemin|\p{L}*(?:straße|strasse|gasse|weg|straat|laan|kade|gracht))\.?(?![\p{L}])/iu;

/** Whether the letterhead read is an address line: a street's word in the name, its line closing on a postcode. */
function addressLetterhead(text: string, vendor: FoundParty): boolean {
  const lineStart = text.lastIndexOf('\n', vendor.start - 1) + 1;
  const lineEnd = text.indexOf('\n', vendor.start);
  return STREET_WORD.test(vendor.name) && isAddressLine(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

/** A legal name at the foot; `opening` when it opens its registration line, as a firm's own line does. */
interface FooterName {
  name: string;
  start: number;
  opening: boolean;
}

/**
 * The legal names before a tax or registration number's part on one of the last lines: the one opening the line,
 * or one after another part ("Due 2026-07-16 · Nickel Basin Core Tray Manufacturing Inc. · HST 70221 ..."); and
 * the holder of the account paid into (see entity-party-account-holder).
 */
function footerLegalNames(text: string): FooterName[] {
  const lines = splitLines(text).filter((line) => line.text.trim());
  const found: FooterName[] = [];
  for (const line of lines.slice(-FOOTER_LINES)) {
    const parts = line.text.trim().split(SEPARATOR);
    const taxAt = parts.findIndex((part, k) => k > 0 && TAX_PART.test(part.trim()));
    let from = 0;
    for (let k = 0; k < (taxAt < 0 ? 0 : taxAt); k += 1) {
      const part = (parts[k] ?? '').trim();
      const at = line.text.indexOf(part, from);
      from = at + part.length;
      const name = leadingName(part);
      if (name !== part || !looksLikeName(name) || (!HAS_LEGAL_FORM.test(name) && !QUEBEC_FORM.test(name))) continue;
      found.push({ name, start: line.start + at, opening: k === 0 });
    }
  }
  return found.concat(accountHolderNames(lines.slice(-FOOTER_LINES)).map((holder) => ({ ...holder, opening: false })));
}

/** The letterhead's vendor, or the footer's legal name where the letterhead shortens it or a scan damaged it. */
export function withFooterLegalName(text: string, letterhead: FoundParty[]): FoundParty[] {
  const vendor = letterhead[0];
  if (!vendor || HAS_LEGAL_FORM.test(vendor.name)) return letterhead;
  // A damaged or address-line letterhead gives way to the firm's own registration line only; a shortened one to any legal name of its words.
  const footer = footerLegalNames(text).find(
    (found) => found.start > vendor.start && (shortensName(vendor.name, found.name) || (found.opening && (OCR_DIGIT.test(vendor.name) || addressLetterhead(text, vendor)))),
  );
  if (!footer) return letterhead;
  return [{ role: 'vendor', name: footer.name, start: footer.start, end: footer.start + footer.name.length, text: footer.name }];
}
