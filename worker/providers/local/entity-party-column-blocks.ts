/**
 * An unlabelled address block in a header flattened into columns: the letterhead's block in one
 * column, the addressee's in another (or further down the same one), the invoice's fields beside
 * them, each line holding a cell of every column.
 *
 *   Vrachtcentrale Moerdijk B.V.        Agrotrans Hoeksche Waard B.V.      <- the customer
 *   Havenweg 41                         t.a.v. crediteurenadministratie
 *   4782 SP Moerdijk                    Nieuwe Sluisweg 7
 *
 *   Carrow & Finch Haulage Ltd          INVOICE No.  CF 20614
 *   Wharf Road Yard, Banbury OX16 5TB   Account      BFS-02
 *   Brackley Farm Supplies Ltd          Collected    14/11/2026               <- the customer
 *   Turweston Road                      Delivered    14/11/2026
 *   Brackley NN13 7EJ                   Due          16/12/2026
 *
 * The block is a company's name alone in its cell (a legal form, no figure, no label), over one to
 * four cells of the same column ending in a street or a postcode; not the letterhead's own company,
 * and not under a heading of where goods go ("Ship to", "Consignee"). It stands in only when nothing
 * else names the customer, and never under a mail's closing ("Cheers," over the sender's signature).
 */
import type { FoundParty } from './entity-parties';
import { NOT_LETTERHEAD } from './entity-letterhead';
import { columnsOf } from './entity-party-lines';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { POSTCODE_OR_STREET } from './entity-window-address';
import { splitLines, type Line } from './entity-text';
import { CLOSING } from './entity-closing';

/** How many lines the header may run to (blank lines end a block). */
const HEAD_LINES = 16;
/** How far a flattened column's cells may drift from one line to the next, in characters. */
const DRIFT = 3;
/** How many cells under the name the block may hold. */
const BLOCK_CELLS = 4;
/** A heading over the block naming where goods go or come from, not who is billed (any language's stem). */
const OTHER_PARTY_HEADING = /ship|deliver|consign|notify|collect|shipper|lieferanschrift|warenempf|livraison|consegna|merce|entrega|mercanc|aflever|leverings?adres/iu;

type Cell = { start: number; text: string };

/** The cell of `line` in the column that starts at `column` (perhaps drifted a little), if any. */
function cellAt(line: Line | undefined, column: number): Cell | undefined {
  return line ? columnsOf(line.text).find((cell) => Math.abs(cell.start - column) <= DRIFT) : undefined;
}

function firstWord(name: string): string {
  return (name.match(/\p{L}+/u)?.[0] ?? '').toLowerCase();
}

/** A company's name alone in its cell: a legal form, no figure, colon or title. */
function companyCell(cell: Cell): string | null {
  const value = cell.text.trim();
  if (/[\d:：@]/u.test(value) || NOT_LETTERHEAD.test(value) || !HAS_LEGAL_FORM.test(value)) return null;
  const name = leadingName(value);
  return name === value && looksLikeName(name) ? name : null;
}

/** The cells under the name in its column end, within `BLOCK_CELLS`, in a street or a postcode, none of them a label. */
function addressUnder(lines: Line[], index: number, column: number): boolean {
  for (let i = index + 1; i <= index + BLOCK_CELLS && i < lines.length; i += 1) {
    const cell = cellAt(lines[i], column);
    if (!cell || /[:：]/u.test(cell.text)) return false;
    if (POSTCODE_OR_STREET.test(cell.text)) return true;
  }
  return false;
}

export function columnBlockCustomer(text: string): FoundParty[] {
  const lines = splitLines(text).slice(0, HEAD_LINES);
  const top = lines.find((line) => line.text.trim());
  const vendor = top ? columnsOf(top.text)[0] : undefined;
  if (!top || !vendor) return [];
  const vendorWord = firstWord(vendor.text);
  for (const [index, line] of lines.entries()) {
    // A short mail's signature may fall within the head's lines: its company block is the sender's, not an addressee.
    if (CLOSING.test(line.text.trim())) break;
    for (const cell of columnsOf(line.text)) {
      if (line === top && cell.start === vendor.start) continue;
      const name = companyCell(cell);
      if (!name || firstWord(name) === vendorWord) continue;
      const above = index > 0 ? cellAt(lines[index - 1], cell.start) : undefined;
      if (above && OTHER_PARTY_HEADING.test(above.text)) continue;
      if (!addressUnder(lines, index, cell.start)) continue;
      const start = line.start + cell.start + cell.text.indexOf(name);
      return [{ role: 'customer', name, start, end: start + name.length, text: name, generic: true }];
    }
  }
  return [];
}
