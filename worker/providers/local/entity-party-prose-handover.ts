/**
 * More sentences of a sole trader's mail or letter that hand the invoice to the firm it bills, beside
 * those of entity-party-prose-for and entity-party-prose-to:
 *   "anbei meine Rechnung an die Brunnholz Technik GmbH, ..." (the writer's own invoice, with no number),
 *   "**Invoice 2026-41** — date 08.05.2026 — to Fjord Freight ApS, ..." (a heading's dashes, not commas),
 *   "le dîner organisé pour le compte de Azur Services SARL" (on the account of a firm: a legal form needed).
 * And a shop's name in the possessive, "Invoice No. 118 for Dunne's Bakery, Main Street" (two capitals,
 * where the other readers want three or a legal form): the possessive names a business, not a project.
 * Read in the same place (only where nothing else names the customer); a sentence that pays
 * ("transfer ... to") names the payee and is skipped as in entity-party-prose-to.
 */
import type { FoundParty } from './entity-parties';
import { ARTICLE, invoiceForCustomer, NAME_STOP, REFERENCE, TITLE } from './entity-party-prose-for';
import { PAYING_BEFORE, TO } from './entity-party-prose-to';
import { HAS_LEGAL_FORM } from './entity-party-names';

const NAME = `${ARTICLE}(?<name>\\p{Lu}[^\\n:;,()]{0,80}?)${NAME_STOP}`;
/** "date 08.05.2026", "dated 3 May 2026" between dashes. */
const DASHED_DATE = '(?:[ \\t]+[—–][ \\t]+(?:dated?|dato|datum|du|del)[ \\t]+[\\p{L}\\d ./-]{4,30}?)?';

const PATTERNS = [
  new RegExp(`(?<![\\p{L}])(?:my|our|meine|unsere|ma|notre|mijn|onze|la[ \\t]+mia|la[ \\t]+nostra)[ \\t]+${TITLE}[ \\t]+${TO}${NAME}`, 'gimu'),
  new RegExp(`(?<![\\p{L}])${TITLE}${REFERENCE}\\*{0,2}${DASHED_DATE}[ \\t]+[—–][ \\t]+${TO}${NAME}`, 'gimu'),
];
const ON_ACCOUNT_OF = [new RegExp(`(?<![\\p{L}])pour[ \\t]+le[ \\t]+compte[ \\t]+(?:de[ \\t]+|d['’])${NAME}`, 'gimu')];

/** A possessive shop's name: "Hegarty's Pharmacy", "O'Brien's Hardware". */
const POSSESSIVE_SHOP = /^\p{Lu}[\p{L}'’]*['’]s[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?$/u;
const FOR_POSSESSIVE = [
  new RegExp(`(?<![\\p{L}])${TITLE}${REFERENCE}[ \\t]+for[ \\t]+(?<name>\\p{Lu}[\\p{L}'’]*['’]s[ \\t]+\\p{Lu}[^\\n:;,()]{0,40}?)${NAME_STOP}`, 'gimu'),
];

function notPaying(text: string, party: FoundParty): boolean {
  const lineStart = text.lastIndexOf('\n', party.start - 1) + 1;
  return !PAYING_BEFORE.test(text.slice(lineStart, party.start));
}

export function handoverCustomer(text: string): FoundParty[] {
  const handed = invoiceForCustomer(text, PATTERNS).filter((party) => notPaying(text, party));
  if (handed.length) return handed;
  const onAccount = invoiceForCustomer(text, ON_ACCOUNT_OF).filter((party) => notPaying(text, party) && HAS_LEGAL_FORM.test(party.name));
  if (onAccount.length) return onAccount;
  return possessiveShopCustomer(text);
}

function possessiveShopCustomer(text: string): FoundParty[] {
  for (const pattern of FOR_POSSESSIVE) {
    for (const match of text.matchAll(pattern)) {
      const name = (match.groups?.name ?? '').trim();
      if (!POSSESSIVE_SHOP.test(name)) continue;
      const start = match.index ?? 0;
      return [{ role: 'customer', name, start, end: start + match[0].length, text: match[0].trim() }];
    }
  }
  return [];
}
