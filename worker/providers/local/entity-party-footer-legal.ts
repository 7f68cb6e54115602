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
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { TAX_PART } from './entity-party-footer-tax';
import { splitLines } from './entity-text';

/** How many of the last filled lines a footer may take. */
const FOOTER_LINES = 3;
const SEPARATOR = /[ \t]+[·|•—][ \t]+/u;
/** Quebec's registered forms in lower case, closing the name: "inc.", "ltée", "enr." (not listed as legal forms, "inc." being "including" too). */
const QUEBEC_FORM = /[ \t](?:inc\.|ltée|enr\.)$/u;
/** A digit OCR reads for a letter inside a word of letters ("W0RKS", "PR1NT"), or a zero opening one ("0AK"). */
const OCR_DIGIT = /\p{L}[0158]\p{L}|(?<![\p{L}\p{N}])0\p{L}{2}/u;

/** The legal name opening one of the last lines, before a tax or registration number's part. */
function footerLegalName(text: string): { name: string; start: number } | null {
  const lines = splitLines(text).filter((line) => line.text.trim());
  for (const line of lines.slice(-FOOTER_LINES)) {
    const parts = line.text.trim().split(SEPARATOR);
    if (parts.length < 2 || !parts.slice(1).some((part) => TAX_PART.test(part.trim()))) continue;
    const first = (parts[0] ?? '').trim();
    const name = leadingName(first);
    if (name !== first || !looksLikeName(name) || (!HAS_LEGAL_FORM.test(name) && !QUEBEC_FORM.test(name))) continue;
    return { name, start: line.start + line.text.indexOf(name) };
  }
  return null;
}

/** Whether every word of `short` stands in `long`, in the same order, as whole words (case aside). */
function wordsInOrder(short: string, long: string): boolean {
  const wanted = short.toLowerCase().split(/[ \t]+/u);
  const words = long.toLowerCase().split(/[ \t]+/u);
  let at = 0;
  for (const word of wanted) {
    while (at < words.length && words[at] !== word) at += 1;
    if (at >= words.length) return false;
    at += 1;
  }
  return wanted.length < words.length;
}

/** The letterhead's vendor, or the footer's legal name where the letterhead shortens it or a scan damaged it. */
export function withFooterLegalName(text: string, letterhead: FoundParty[]): FoundParty[] {
  const vendor = letterhead[0];
  if (!vendor || HAS_LEGAL_FORM.test(vendor.name)) return letterhead;
  const footer = footerLegalName(text);
  if (!footer || footer.start <= vendor.start) return letterhead;
  if (!OCR_DIGIT.test(vendor.name) && !wordsInOrder(vendor.name, footer.name)) return letterhead;
  return [{ role: 'vendor', name: footer.name, start: footer.start, end: footer.start + footer.name.length, text: footer.name }];
}
