/**
 * An invoice written as a sentence names whom it is issued to: "invoice no. A-2026-211 issued on 22/06/2026
 * to Llagar Casa Xuaco for the press installed ...", "This invoice, number LYK-2026-118, is issued on 15 June
 * 2026 by Likya Yelken Onarım A.Ş. of Kaleiçi Marina, Antalya, to Blue Cabotage Charters Ltd for the repair
 * ...". The date ("on ...") and the issuer ("by X of Y,") may stand between "issued" and "to"; the name ends
 * before a comma, a sentence's stop, or the "for" that says what the invoice is for. The invoice must be
 * named earlier on the same line (a certificate "issued to" someone is no customer), and the name must
 * read as an organisation's (a legal form, or three capitalised words), as "issued to John Smith" may
 * name a contact. Read only where nothing else names the customer (see entity-parties).
 */
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import { ARTICLE, NAME_STOP, TITLE } from './entity-party-prose-for';
import { execAll } from './entity-text';

const ISSUED_TO = new RegExp(
  `(?<![\\p{L}])issued(?:[ \\t]+on[ \\t]+[\\p{L}\\d ./-]{4,30}?)?(?:[ \\t]+by[ \\t]+[^\\n]{1,120}?,?)?[ \\t]+to[ \\t]+${ARTICLE}` +
    `(?<name>\\p{Lu}[^\\n:;,()]{0,80}?)(?:${NAME_STOP}|(?=[ \\t]+(?:for|regarding|concerning)[ \\t]))`,
  'gu',
);
/** The invoice named before "issued" on its line: "invoice no. A-2026-211", "This invoice, number ...". */
const INVOICE_BEFORE = new RegExp(`(?<![\\p{L}])${TITLE}(?![\\p{L}])`, 'iu');

export function issuedToCustomer(text: string): FoundParty[] {
  if (!/issued/u.test(text)) return [];
  for (const match of execAll(ISSUED_TO, text)) {
    const start = match.index ?? 0;
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    if (!INVOICE_BEFORE.test(text.slice(lineStart, start))) continue;
    const raw = (match.groups?.name ?? '').trim();
    const name = leadingName(raw);
    if (name !== raw || !looksLikeName(name)) continue;
    const capitals = (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length;
    if (!HAS_LEGAL_FORM.test(name) && capitals < 3) continue;
    return [{ role: 'customer', name, start, end: start + match[0].length, text: match[0].trim() }];
  }
  return [];
}
