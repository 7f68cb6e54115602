/**
 * A body named with its registration number, above a "c/o" or attention line: "Halton Owners
 * Corporation No. 88", "Strata Plan No. 4410", "Body Corporate No. 512" over "c/o Bayside Strata
 * Management, ...". The number is part of the name (the body is the customer, its manager the address),
 * where organisationAbove takes a line with a figure for an address and names no one.
 */
import { leadingName, looksLikeName } from './entity-party-names';
import { lineAbove } from './entity-text';

/** The name, then "No. 412", "No 12", "Nr. 7", "#3" closing the line. */
const NUMBERED = /^(?<name>\p{Lu}[^\d\n:：@,]*?)[ \t]+(?:No\.?|Nr\.?|#)[ \t]*\d{1,6}$/u;

export function numberedOrganisationAbove(text: string, offset: number): { start: number; end: number } | null {
  const above = lineAbove(text, offset);
  if (!above) return null;
  const { start: aboveStart, text: line } = above;
  const match = NUMBERED.exec(line.trim());
  const name = match?.groups?.name ?? '';
  // Three capitalised words or more before the number: an organisation's name, not "Flat No. 4".
  if (!match || !looksLikeName(name) || leadingName(name) !== name || (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length < 3) return null;
  const start = aboveStart + line.indexOf(match[0]);
  return { start, end: start + match[0].length };
}
