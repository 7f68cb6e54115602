/**
 * The customer a mail's sentence names after the invoice and its date: "Invoice DHP-4471 dated 18 Nov
 * 2026 for Glasthule School, due ...", "tax invoice SES-3307 (dated 16/11, due 30/11) for Kittering Lane
 * Pty Ltd:", "notre facture n° F26-0418 du 16/11/2026 pour la SCI Les Tilleuls.", "Factura nº 12, fecha
 * ..., a nombre de Comunidad de Propietarios Calle Olmo 14 (CIF ...)". Read only where nothing else names
 * the customer (see entity-parties). A name must read as an organisation's: a legal form, or three
 * capitalised words, as "for X" also names a project or a person.
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { execAll } from './entity-text';

export const TITLE = '(?:(?:tax\\s+)?invoice|bill|rechnung|facture|factura|fattura|factuur|fatura)';
/** "SES-3307", "n° F26-0418", "No. 12": a reference with a digit. */
export const REFERENCE = '(?:[ \\t]+(?:no\\.?|nr\\.?|n[°º.]|#)?[ \\t]*[\\p{L}\\d][\\p{L}\\d/.-]{0,24}\\d[\\p{L}\\d/-]{0,12})';
/** "(dated 16/11/2026, due 30/11/2026)", "dated 18 Nov 2026", "du 16/11/2026", "vom 3. März 2026". */
export const DATED = '(?:[ \\t]*\\([^)\\n]{0,80}\\)|,?[ \\t]+(?:dated|of|du|vom|del|van|de)[ \\t]+[\\p{L}\\d ./-]{4,30}?)?';
/** The article before the name: "pour la SCI", "for the Mill Lane Trust". */
export const ARTICLE = "(?:(?:the|la|le|les|l['’]|die|der|den|il|el|het)(?:[ \\t]+|(?<=['’])))?";
/** The name ends before a comma, a colon, a bracket, a sentence's full stop, a dash between blanks ("for Hollybank Kennels Ltd — the grooms ...") or the line's end. */
export const NAME_STOP = '(?=[ \\t]*(?:[,;:(]|\\.(?:\\s|$)|$)|[ \\t]+[–—][ \\t])';

const PATTERNS = [
  new RegExp(`(?<![\\p{L}])${TITLE}${REFERENCE}${DATED},?[ \\t]+(?:for|pour|für|per|para|voor)[ \\t]+${ARTICLE}(?<name>\\p{Lu}[^\\n:;,()]{0,80}?)${NAME_STOP}`, 'gimu'),
  // Spanish "a nombre de" after "factura" in the same sentence (not after a bank transfer's "transferencia", whose holder is the payee).
  new RegExp(`(?<![\\p{L}])factura(?![\\p{L}])[^\\n.]{0,80}?,?[ \\t]+a[ \\t]+nombre[ \\t]+de[ \\t]+(?<name>\\p{Lu}[^\\n:;,()]{0,80}?)${NAME_STOP}`, 'gimu'),
];

/** Whether the text between the title and the name speaks of a payment (whose "a nombre de" names the payee). */
const PAYMENT_WORDS = /(?<![\p{L}])(?:transferencia|cuenta|pago|ingreso|iban)(?![\p{L}])/iu;

export function invoiceForCustomer(text: string, patterns: RegExp[] = PATTERNS): FoundParty[] {
  for (const pattern of patterns) {
    for (const match of execAll(pattern, text)) {
      const raw = (match.groups?.name ?? '').trim();
      const name = leadingName(raw);
      if (name !== raw || !looksLikeName(name) || PAYMENT_WORDS.test(match[0])) continue;
      const capitals = (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length;
      if (!HAS_LEGAL_FORM.test(name) && capitals < 3) continue;
      const start = match.index ?? 0;
      return [{ role: 'customer', name, start, end: start + match[0].length, text: match[0].trim() }];
    }
  }
  return [];
}
