/**
 * A letterhead whose letters a designer or a scan spaced out ("A S H D O W N    Q U A Y L E",
 * "Ü B E R S E T Z U N G S B Ü R O    K R A N I C H"), which no name pattern reads. Joined up, its words
 * open the firm's name where the text writes it plainly, as footers and legal lines do ("Ashdown Quayle
 * Solicitors LLP is authorised ...", "Übersetzungsbüro Kranich · Inh. ..."): that copy is the vendor.
 * Without such a copy nothing is read: the joined capitals alone may be a tagline or a damaged word.
 */
import type { FoundParty } from './entity-parties';
import { leadingName, looksLikeName, wholeSegmentIsName } from './entity-party-names';
import { firstSegment } from './entity-letterhead';
import { blocksOf, splitLines } from './entity-text';

/** A line of letters (or OCR's digits for them) one blank apart, words two blanks or more apart. */
const SPACED_LINE = /^[ \t]*[\p{L}\d](?: [\p{L}\d&]){2,}(?:[ \t]{2,}[\p{L}\d&](?: [\p{L}\d&])*)*[ \t]*$/u;
/** How many filled lines from the top a spaced letterhead may stand. */
const TOP_LINES = 2;
/** The longest spaced line read (a letterhead, not a paragraph). */
const MAX_LINE = 120;

/** One character of the joined name as a pattern: OCR's look-alikes (0/O, 1/l/I) taken for one another. */
function charPattern(char: string): string {
  if (/[0o]/iu.test(char)) return '[0oO]';
  if (/[1li|]/iu.test(char)) return '[1lIi|]';
  return char.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

export function spacedLetterheadVendor(text: string): FoundParty[] {
  let filled = 0;
  for (const line of splitLines(text)) {
    if (!line.text.trim()) continue;
    filled += 1;
    if (filled > TOP_LINES) break;
    if (line.text.length > MAX_LINE || !SPACED_LINE.test(line.text)) continue;
    const words = line.text.trim().split(/[ \t]{2,}/u).map((word) => word.replace(/ /gu, ''));
    // The copy opens its line, or a part of it after a separator, in its own case (not capitals alone).
    const pattern = new RegExp(`(?:^|[·|•][ \\t]*)(?<name>${words.map((word) => [...word].map(charPattern).join('')).join('[ \\t]+')}(?![\\p{L}\\p{N}])[^\\n]*)`, 'gimu');
    pattern.lastIndex = line.end;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const name = leadingName(match.groups?.name ?? '');
      const start = match.index + match[0].length - (match.groups?.name ?? '').length;
      if (!looksLikeName(name) || name === name.toUpperCase() || /\d/u.test(name)) continue;
      return [{ role: 'vendor', name, start, end: start + name.length, text: name }];
    }
    return [];
  }
  return [];
}

/** A street with its number, or a postcode: "Gewerbering 5 , 78532 Tuttlingen". */
const ADDRESS_LINE = /\p{L}.*\d|\d.*\p{L}/u;

/**
 * The address block under a spaced letterhead, as under any letterhead (see `windowAddressCustomer`, which
 * wants the letterhead's own address): a name alone over two or three lines, one of them a street or a
 * postcode, none a label. Its first line names the customer.
 */
export function spacedLetterheadCustomer(text: string): FoundParty[] {
  const [letterhead, block] = blocksOf(splitLines(text));
  const top = letterhead?.[0];
  if (!top || !block || top.text.length > MAX_LINE || !SPACED_LINE.test(top.text) || block.length < 2 || block.length > 4) return [];
  const [first, ...rest] = block;
  if (!first || !rest.some((line) => ADDRESS_LINE.test(line.text)) || block.some((line) => /[:：]/u.test(line.text))) return [];
  const segment = firstSegment(first.text);
  const name = leadingName(segment.text);
  // The name alone, or flattened beside its department ("Rehkamp Medizintechnik GmbH  Abt. Regulatory Affairs").
  const beside = first.text.slice(segment.offset + segment.text.length);
  const alone = segment.text === first.text.trim() || (/^[ \t]{2,}\S/u.test(beside) && /^[\p{L} .,&'’()-]{2,60}$/u.test(beside.trim()));
  if (!alone || /\d/u.test(name) || !looksLikeName(name) || !wholeSegmentIsName(segment.text, name)) return [];
  const start = first.start + first.text.indexOf(name);
  return [{ role: 'customer', name, start, end: start + name.length, text: name, generic: true }];
}
