/**
 * A sole trader's own invoice handed over in a sentence that goes on with what it is for: "Hierbij mijn
 * factuur 2026-58 van 4 november 2026 aan Uitgeverij Vlasblom voor de eindredactie van ...", "my invoice
 * 41 of 3 May 2026 to Harbour Books for the copy-editing". The handover readers (entity-party-prose-to,
 * entity-party-prose-handover) end a name at a comma or the sentence's end and want three capitalised
 * words; here the purpose's "for"/"voor" and a lower-case word after it end the name, and the writer's
 * "my"/"mijn" before the title shows the sentence hands over the writer's own invoice, so a name of two
 * capitalised words counts. Read only where nothing else names the customer (see entity-parties).
 */
import type { FoundParty } from './entity-parties';
import { leadingName, looksLikeName } from './entity-party-names';
import { ARTICLE, DATED, REFERENCE, TITLE } from './entity-party-prose-for';
import { PAYING_BEFORE } from './entity-party-prose-to';
import { execAll } from './entity-text';

const OWN_INVOICE_TO = new RegExp(
  `(?<![\\p{L}])(?:my|our|mijn|onze|meine|unsere|ma|notre)[ \\t]+${TITLE}${REFERENCE}${DATED}[ \\t]+(?:to|aan|an|à)[ \\t]+${ARTICLE}(?<name>\\p{Lu}[^\\n:;,()]{0,80}?)[ \\t]+(?:for|voor|für|pour)[ \\t]+\\p{Ll}`,
  'giu',
);

export function ownInvoicePurposeCustomer(text: string): FoundParty[] {
  for (const match of execAll(OWN_INVOICE_TO, text)) {
    const raw = (match.groups?.name ?? '').trim();
    const name = leadingName(raw);
    if (name !== raw || !looksLikeName(name) || (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length < 2) continue;
    const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
    if (PAYING_BEFORE.test(text.slice(lineStart, match.index))) continue;
    const start = match.index;
    return [{ role: 'customer', name, start, end: start + match[0].length, text: match[0].trim() }];
  }
  return [];
}
