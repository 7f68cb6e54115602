/**
 * A header whose columns were kept apart by gaps (two blanks or more), its first line holding the
 * document's title in a cell of its own between the parties' blocks:
 *
 *   Limfjord Skibsagentur ApS   FAKTURA / INVOICE   Baltrader Shipping OÜ      <- sender, title, addressee
 *   Havnegade 19, 9000 Aalborg   Faktura nr. 26-4419   Sadama 25, 10111 Tallinn  <- the addressee's address below
 *
 *   TAX INVOICE        Tairāwhiti Apiaries Limited                               <- title, then the sender's letterhead
 *   Harbourside Provisions Ltd   214 Back Ormond Road                           <- the addressee's block under the title
 *   37 Wakefield Quay            Gisborne 4010
 *
 * A company before the title is the sender and the name after it the addressee, when an address
 * closes that column below; with nothing before the title, the company beside it is the sender (its
 * letterhead set to the right) and the addressee is the company in a cell of the next line, an
 * address in the same cell of the line after. Why: the gaps keep each block's cells apart, and the
 * title parts the sender's from the addressee's as it does on the printed page.
 */
import type { FoundParty, PartyRole } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { isDocumentTitle } from './entity-party-title';
import { POSTCODE_OR_STREET } from './entity-window-address';
import { ATTENTION_LINE, columnsOf } from './entity-party-lines';
import { splitLines, type Line } from './entity-text';

/** The title with the invoice's number after it: "Rechnung Nr. 2026-88412", "FACTURA N° 0004-00018233". */
const TITLE_WITH_NUMBER =
  /^(?:(?:sales|tax|vat)[ \t]+)?(?:invoice|rechnung|factuur|faktura|facture|factura|fattura|fatura)[ \t]+(?:nr\.?|no\.?|n[°º]\.?|#)[ \t]*[\p{L}\d/-]*\d[\p{L}\d/-]*$/iu;
/** How many lines under the first the addressee's address may end in. */
const ADDRESS_LINES = 3;

type Cell = { start: number; text: string };

function isTitleCell(cell: string): boolean {
  return isDocumentTitle(cell) || TITLE_WITH_NUMBER.test(cell);
}

/** The cell's text when it is a name alone (no address, no figure). */
function nameCell(cell: Cell | undefined): string | null {
  if (!cell || /\d/u.test(cell.text)) return null;
  const value = cell.text.replace(/[,;]+$/u, '');
  return leadingName(value) === value && looksLikeName(value) ? value : null;
}

/** A company's cell: its name with a legal form, perhaps with lower-case words inside ("Fromagerie en gros Zbinden AG"). */
function companyCell(cell: Cell | undefined): string | null {
  if (!cell || /\d/u.test(cell.text)) return null;
  const value = cell.text.replace(/[,;]+$/u, '');
  return HAS_LEGAL_FORM.test(value) && looksLikeName(value) && /^\p{Lu}/u.test(value) ? value : null;
}

function party(line: Line, cell: Cell, name: string, role: PartyRole): FoundParty {
  const start = line.start + cell.start;
  // An addressee read off the layout is a weak claim, as the other flattened-header readers' are.
  return { role, name, start, end: start + name.length, text: name, ...(role === 'customer' ? { generic: true } : {}) };
}

/** The sender and the addressee a gapped first line with the title between them names (either may be missing). */
export function titleRowParties(text: string): FoundParty[] {
  const lines = splitLines(text).filter((line) => line.text.trim());
  const top = lines[0];
  // Most texts open otherwise: a cheap look for a column gap first.
  if (!top || !/\S[ \t]{2,}\S/u.test(top.text) || /[:：]/u.test(top.text)) return [];
  const cells = columnsOf(top.text);
  const title = cells.findIndex((cell) => isTitleCell(cell.text));
  if (title < 0 || cells.length < 2) return [];
  const below = lines.slice(1, 1 + ADDRESS_LINES);
  if (title === 1 && cells.length === 3) {
    const sender = companyCell(cells[0]);
    const addressee = nameCell(cells[2]);
    if (!sender || !addressee) return [];
    // The addressee's column closes in its address: a postcode or a street with its number in the last cell below.
    if (!below.some((line) => POSTCODE_OR_STREET.test(columnsOf(line.text).at(-1)?.text ?? ''))) return [];
    return [party(top, cells[0] as Cell, sender, 'vendor'), party(top, cells[2] as Cell, addressee, 'customer')];
  }
  if (title !== 0) return [];
  const sender = companyCell(cells[1]);
  if (!sender) return [];
  const found = [party(top, cells[1] as Cell, sender, 'vendor')];
  const [next, ...after] = below;
  if (!next || !after.length) return found;
  const afterCells = after.map((line) => columnsOf(line.text));
  columnsOf(next.text).some((cell, i) => {
    const name = nameCell(cell);
    // An address in the same cell of the two lines below ("37 Wakefield Quay" over "Nelson 7010").
    if (!name || !HAS_LEGAL_FORM.test(name) || name === sender || !afterCells.some((row) => POSTCODE_OR_STREET.test(row[i]?.text ?? ''))) return false;
    found.push(party(next, cell, name, 'customer'));
    return true;
  });
  return found;
}

/**
 * The parties found so far with the title row's added for the roles none names. A customer read only
 * from an attention line ("Attn: Priya Raghunathan, Accounts") is the contact, not the firm: when the
 * title row names the addressee's company, that company is the customer (as an organisation over an
 * attention line is, see `organisationAbove`).
 */
export function withTitleRowParties(text: string, found: FoundParty[]): FoundParty[] {
  const named = (role: PartyRole) => found.some((party) => party.role === role && !party.mailHeader);
  const customers = found.filter((party) => party.role === 'customer');
  const contactsOnly = customers.length > 0 && customers.every((party) => ATTENTION_LINE.test(text.slice(party.start, party.start + 40)) && !HAS_LEGAL_FORM.test(party.name));
  if (named('customer') && named('vendor') && !contactsOnly) return found;
  const row = titleRowParties(text);
  const rowCustomer = row.some((party) => party.role === 'customer');
  const kept = contactsOnly && rowCustomer ? found.filter((party) => party.role !== 'customer') : found;
  const has = (role: PartyRole) => kept.some((party) => party.role === role && !party.mailHeader);
  return [...kept, ...row.filter((party) => !has(party.role))];
}
