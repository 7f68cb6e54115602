/**
 * A sole trader's mail or letter names the firm it bills in the sentence that hands over the invoice:
 * "Please find below invoice RPC-22, dated 6 April 2026, to Harrowgate Housing Trust, 2 Wharf Approach",
 * "anbei meine Rechnung Nr. FA-31 vom 06.05.2026 an die Brunnholz Elektrotechnik GmbH, ...", "la facture
 * n° CV-19 du 4 mai 2026, établie au nom d'Atelier Brisemarine SARL,", "factuur 2026-12 van 3 mei 2026 ten
 * name van ...". The greeting there is to a contact at that firm ("Hi Gareth,", "Sehr geehrte Frau Stangl,"),
 * so the firm is the customer. The same shapes as "invoice ... for X" (entity-party-prose-for), read in the
 * same place (only where nothing else names the customer) and with the same test that the name reads as an
 * organisation's (a legal form, or three capitalised words). A sentence that pays the invoice ("please pay
 * invoice 12 to Acme Ltd", "transfer for invoice 12 to ...") names the payee, not the customer: skipped.
 */
import type { FoundParty } from './entity-parties';
import { ARTICLE, DATED, invoiceForCustomer, NAME_STOP, REFERENCE, TITLE } from './entity-party-prose-for';

/** The words that hand an invoice to its addressee: "to", "an die", "établie au nom d'", "ten name van", "intestata a". */
export const TO =
  "(?:(?:to|an|intestata[ \\t]+a|(?:op[ \\t]+)?ten[ \\t]+name[ \\t]+van)[ \\t]+|(?:(?:établie?|émise?|libellée?)[ \\t]+)?au[ \\t]+nom[ \\t]+(?:d['’]|(?:de|du|des)[ \\t]+))";

/** Payment words on the line before the invoice's title: who is paid, not who is billed. */
export const PAYING_BEFORE = /(?<![\p{L}])(?:pay|paid|paying|payment|remit|transfer|überweis\p{L}*|zahl\p{L}*|bezahl\p{L}*|virement|régl\p{L}*|pag\p{L}*|betaal\p{L}*|overmaken|iban)(?![\p{L}])[^\n]{0,60}$/iu;

const PATTERNS = [
  new RegExp(`(?<![\\p{L}])${TITLE}${REFERENCE}${DATED},?[ \\t]+${TO}${ARTICLE}(?<name>\\p{Lu}[^\\n:;,()]{0,80}?)${NAME_STOP}`, 'gimu'),
];

export function invoiceToCustomer(text: string): FoundParty[] {
  return invoiceForCustomer(text, PATTERNS).filter((party) => {
    const lineStart = text.lastIndexOf('\n', party.start - 1) + 1;
    return !PAYING_BEFORE.test(text.slice(lineStart, party.start));
  });
}
