/**
 * A firm's address block in the head of an invoice whose letterhead the window-address reader cannot
 * read (see entity-window-address): a scan's damaged letterhead ("MULCAHY BRENNAN & C0.", "4O8 Main
 * Street"), or one of four lines with a partner's name in it, so that its blocks do not line up:
 *
 *   MULCAHY BRENNAN & C0.                       letterhead, OCR-damaged
 *   Chartered Accountants & Registered Auditors
 *   7 Pery Square, Limerick V94 X6K2 · Te1: O6l 4l9 772
 *
 *   Shannonside Joinery Ltd                     a firm's name with its legal form, alone on its line
 *   Unit 5, Raheen Business Park                over its address: the customer
 *   Limerick
 *
 * A weaker shape than the window address, so it asks more: a legal form in the name, a block of two to
 * four lines with an address line (a postcode, a street, a county) and no field in it, among the first
 * blocks and not the first, and a name the first block does not print (the issuer's own block).
 * Read only where nothing else names the customer (see entity-parties).
 */
import { isRuralAddressLine } from './entity-address-rural';
import { firstSegment, NOT_LETTERHEAD } from './entity-letterhead';
import type { FoundParty } from './entity-parties';
import { isStreetThenTown } from './entity-party-letter-block';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { blocksOf, splitLines, type Line } from './entity-text';
import { POSTCODE_OR_STREET } from './entity-window-address';

/** How many blocks down the head runs: letterhead, title, date, address. */
const HEAD_BLOCKS = 4;

/** "Unit 5, Raheen Business Park", "Suite 210": a unit's number opening an address line (a comma after it, which POSTCODE_OR_STREET refuses). */
const UNIT_FIRST = /^[ \t]*(?:unit|suite|flat|apt\.?|apartment|block)[ \t]+\d{1,4}[a-z]?(?![\p{L}\d])/iu;

const isAddress = (line: Line) => POSTCODE_OR_STREET.test(line.text) || isRuralAddressLine(line.text) || isStreetThenTown(line.text) || UNIT_FIRST.test(line.text);

export function firmBlockCustomer(text: string): FoundParty[] {
  const blocks = blocksOf(splitLines(text)).slice(0, HEAD_BLOCKS);
  const letterhead = blocks[0]?.map((line) => line.text).join('\n') ?? '';
  for (const block of blocks.slice(1)) {
    const [head, ...rest] = block;
    if (!head || rest.length < 1 || rest.length > 3) continue;
    const line = head.text.trim();
    if (firstSegment(head.text).text !== line || /\d|[:：]/u.test(line) || NOT_LETTERHEAD.test(line)) continue;
    const name = leadingName(line);
    if (name !== line || !looksLikeName(name) || !HAS_LEGAL_FORM.test(name) || letterhead.includes(name)) continue;
    if (!rest.some(isAddress) || rest.some((other) => /[:：]/u.test(other.text) || NOT_LETTERHEAD.test(other.text))) continue;
    const start = head.start + head.text.indexOf(name);
    return [{ role: 'customer', name, start, end: start + name.length, text: name, generic: true }];
  }
  return [];
}
