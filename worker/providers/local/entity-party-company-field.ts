/**
 * A registered name's field below the invoice's title, with no role in its label: "Razón social /
 * Registered company name: Linnenhuis Vermeer B.V.", or "Adquirente — denominação registada no IVA /
 * Buyer — VAT-registered company name:" over "Fährmann Feinkost Import GmbH" (the role's label glossed
 * with a dash, which the labels do not read). Bilingual invoices from Spain and Portugal print the
 * buyer's registered name so, the issuer's own being in the letterhead above the title. Read only where
 * nothing else names the customer (see entity-parties), and only a name with a legal form that the
 * letterhead above the title does not print (the issuer's own), on a line that names no issuer ("Supplier", "Emisor").
 */
import type { FoundParty } from './entity-parties';
import { nameAt, nextLineStart, restOfLine } from './entity-party-lines';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { TITLE } from './entity-party-prose-for';

/** "Razón social", "Denominación social", "denominação registada", "Ragione sociale", "registered company name", "legal name". */
const COMPANY_NAME_FIELD =
  /(?<![\p{L}])(?:raz[oó]n[ \t]+social|denominaci[oó]n(?:[ \t]+social)?|denomina[çc][ãa]o(?:[ \t]+social|[ \t]+registada)?|ragione[ \t]+sociale|(?:registered|legal)[ \t]+(?:company[ \t]+)?name|company[ \t]+name)(?![\p{L}])[^:\n]{0,60}:[ \t]*/iu;
/** A label line that names the issuer: its registered name is the vendor's. */
const ISSUER_WORDS = /(?<![\p{L}])(?:supplier|seller|vendor|issuer|emisor|emitente|proveedor|fornecedor|vendedor|prestador|from|de)(?![\p{L}])/iu;
/** The document's title on a line of its own: "FACTURA / INVOICE", "Fatura n.º / Invoice no.: FT 2026/0419". */
const TITLE_LINE = new RegExp(`^[ \\t]*${TITLE}(?![\\p{L}])`, 'imu');

export function companyFieldCustomer(text: string): FoundParty[] {
  const title = TITLE_LINE.exec(text);
  if (!title) return [];
  const after = text.slice(title.index);
  const field = COMPANY_NAME_FIELD.exec(after);
  if (!field) return [];
  const labelStart = title.index + field.index;
  const lineStart = text.lastIndexOf('\n', labelStart - 1) + 1;
  if (ISSUER_WORDS.test(text.slice(lineStart, labelStart + field[0].length))) return [];
  const valueStart = labelStart + field[0].length;
  // The value after the colon, or on the line below when the label ends its line.
  const from = restOfLine(text, valueStart).trim() ? valueStart : nextLineStart(text, valueStart);
  const span = from === null ? null : nameAt(text, from);
  if (!span) return [];
  const name = leadingName(text.slice(span.start, span.end));
  if (!name || !looksLikeName(name) || !HAS_LEGAL_FORM.test(name) || text.slice(0, title.index).includes(name)) return [];
  return [{ role: 'customer', name, start: lineStart, end: span.start + name.length, text: text.slice(lineStart, span.start + name.length) }];
}
