/**
 * A supplier's mail that hands over its invoice names the customer as whom the goods went to, in the same
 * sentence: "here is our invoice LBS-02, dated 18 May 2026, for the seaweed delivered on 15 May 2026 to
 * Harbour Kitchen Ltd.", "invoice 2026-118 for the pallets shipped to Norcross Timber Supplies Ltd". The
 * "for X" and "to X" readers (entity-party-prose-for, -to) want the name right after the invoice and its
 * date; here the goods and the delivery come between. Read in the same place (only where nothing else
 * names the customer), with the same test that the name reads as an organisation's (a legal form or three
 * capitalised words), so "delivered to our yard" or "shipped to Leeds" name no one.
 */
import type { FoundParty } from './entity-parties';
import { ARTICLE, DATED, invoiceForCustomer, NAME_STOP, REFERENCE, TITLE } from './entity-party-prose-for';
import { PAYING_BEFORE } from './entity-party-prose-to';

/** The goods, in lower-case words: "the seaweed", "the 40 pallets of oak", "your spring order". */
const GOODS = '(?:the|our|your|these|those)?[ \\t]*[\\p{Ll}\\d][\\p{Ll}\\d \\t-]{0,60}?';
const DELIVERED = '(?:delivered|supplied|shipped|sent|dispatched|installed|fitted)';
/** "on 15 May 2026", "last Tuesday", "yesterday": when, between the verb and "to". */
const WHEN = '(?:[ \\t]+(?:on|last|yesterday|this|in)[\\p{L}\\d \\t./-]{0,30}?)?';

const PATTERNS = [
  new RegExp(
    `(?<![\\p{L}])${TITLE}${REFERENCE}${DATED},?[ \\t]+for[ \\t]+${GOODS}[ \\t]+${DELIVERED}${WHEN}[ \\t]+to[ \\t]+${ARTICLE}(?<name>\\p{Lu}[^\\n:;,()]{0,80}?)${NAME_STOP}`,
    'gimu',
  ),
];

export function deliveredToCustomer(text: string): FoundParty[] {
  return invoiceForCustomer(text, PATTERNS).filter((party) => {
    const lineStart = text.lastIndexOf('\n', party.start - 1) + 1;
    return !PAYING_BEFORE.test(text.slice(lineStart, party.start));
  });
}
