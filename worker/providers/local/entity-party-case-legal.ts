/**
 * More of what a letterhead in capitals stands for, read with `withPlainCase`:
 * - a name hyphenated over two lines, "TAYSIDE DES-" over "IGN ARCHITECTS", is one name;
 * - its plain copy followed by a legal form ("payment to Tayside Design Architects LLP") is cited with the form;
 * - with no plain copy of the whole, the firm's legal name on the line right under the letterhead, sharing a
 *   word of it ("EMV-PRÜFLABOR REICHL & SÖDERBERG" over "Reichl & Söderberg Prüftechnik GmbH · Frankfurter Ring 61"),
 *   is the name: the capitals are the trading style, the line under them the firm.
 */
import { HAS_LEGAL_FORM, leadingName } from './entity-party-names';
import { caseFolded } from './entity-party-case-fold';

/** A line wholly in capitals: the rest of a hyphenated capitals name. */
const CAPITALS_LINE = /^[ \t]*\p{Lu}[\p{Lu}&.'’ \t-]*$/u;
const LOWER = /\p{Ll}/u;
/** Words long enough to tell a firm by. */
const LONG_WORD = /[\p{L}]{4,}/gu;

function lineAfter(text: string, offset: number): { start: number; text: string } | undefined {
  const end = text.indexOf('\n', offset);
  if (end < 0) return undefined;
  const next = text.indexOf('\n', end + 1);
  return { start: end + 1, text: text.slice(end + 1, next < 0 ? text.length : next) };
}

/** "TAYSIDE DES-" ending its line over "IGN ARCHITECTS": the name joined; undefined when it is not so cut. */
export function joinedHyphenation(text: string, name: string, from: number): string | undefined {
  if (!/\p{Lu}-$/u.test(name)) return undefined;
  const at = text.indexOf(name, from);
  if (at < 0 || text[at + name.length] !== '\n') return undefined;
  const below = lineAfter(text, at + name.length - 1);
  if (!below || !CAPITALS_LINE.test(below.text)) return undefined;
  return name.slice(0, -1) + below.text.trim();
}

/** `copy` (a plain copy found in `text`) with the legal form that follows it there: "Tayside Design Architects" + " LLP". */
export function withFollowingForm(text: string, copy: string): string {
  const at = text.indexOf(copy);
  if (at < 0) return copy;
  const lineEnd = text.indexOf('\n', at);
  const longer = leadingName(text.slice(at, lineEnd < 0 ? text.length : lineEnd));
  const rest = longer.slice(copy.length);
  return longer.startsWith(copy) && rest.trim() && HAS_LEGAL_FORM.test(rest) && rest.trim().split(/[ \t]+/u).length <= 2 ? longer : copy;
}

/** The legal name on the line under the capitals name at `from`, sharing one of its words; undefined when there is none. */
export function legalNameBelow(text: string, name: string, from: number): string | undefined {
  const at = text.indexOf(name, from);
  if (at < 0) return undefined;
  const below = lineAfter(text, at);
  if (!below) return undefined;
  const candidate = leadingName(below.text.trim());
  if (!HAS_LEGAL_FORM.test(candidate) || !LOWER.test(candidate.replace(HAS_LEGAL_FORM, ''))) return undefined;
  const words = new Set(caseFolded(name).match(LONG_WORD) ?? []);
  return (caseFolded(candidate).match(LONG_WORD) ?? []).some((word) => words.has(word)) ? candidate : undefined;
}
