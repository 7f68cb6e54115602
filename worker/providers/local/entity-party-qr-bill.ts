/**
 * The payee of a Swiss QR-bill's payment part or receipt: "Konto / Zahlbar an" (in French "Compte /
 * Payable à", in Italian "Conto / Pagabile a", in English "Account / Payable to"), the IBAN on the
 * next line, then the payee's name and address.
 *
 *   Konto / Zahlbar an
 *   CH44 3199 9123 0008 8901 2
 *   Glockengiesserei Rüttimann AG
 *
 * Why: the standard prints the creditor's full name there, where a letterhead may show only a mark
 * ("RÜTTIMANN · Glocken seit 1881"); whom the bill is payable to is who invoices.
 */
import type { FoundParty } from './entity-parties';
import { leadingName, looksLikeName } from './entity-party-names';
import { splitLines } from './entity-text';

/** The heading of the QR-bill's account block, alone on its line. */
const ACCOUNT_HEADING = /^[ \t]*(?:konto|account|compte|conto)[ \t]*\/[ \t]*(?:zahlbar[ \t]+an|payable[ \t]+to|payable[ \t]+à|pagabile[ \t]+a)[ \t]*$/iu;
/** A Swiss or Liechtenstein IBAN (a QR-IBAN too), in groups of four or run together. */
const SWISS_IBAN = /^[ \t]*(?:CH|LI)\d{2}(?:[ \t]?[\dA-Z]{4}){4}[ \t]?[\dA-Z][ \t]*$/u;

export function qrBillPayeeVendor(text: string): FoundParty[] {
  // Most texts hold no such heading: a cheap look first.
  if (!/zahlbar an|payable to|payable à|pagabile a/iu.test(text)) return [];
  const lines = splitLines(text);
  for (let i = 0; i + 2 < lines.length; i += 1) {
    const heading = lines[i];
    const iban = lines[i + 1];
    const payee = lines[i + 2];
    if (!heading || !iban || !payee || !ACCOUNT_HEADING.test(heading.text) || !SWISS_IBAN.test(iban.text)) continue;
    const value = payee.text.trim();
    const name = leadingName(value);
    if (name !== value || !looksLikeName(name)) continue;
    const start = payee.start + payee.text.indexOf(name);
    return [{ role: 'vendor', name, start, end: start + name.length, text: name }];
  }
  return [];
}
