/**
 * Parties named in sentences: "Invoice from Acme GmbH to Borealis Ltd", "issued by X to Y",
 * "billed to Y", "Rechnung von X an Y", and the parties of a contract ("between X and Y", in the
 * seven languages). A name is cut out of the words that follow the cue (see `leadingName`).
 */
import { leadingName, looksLikeName } from './entity-party-names';
import type { FoundParty } from './entity-parties';

/** The words a document calls itself by, at the start of a line. */
const INVOICE_TITLE = '(?:(?:tax\\s+)?invoice|bill|rechnung|facture|factura|fattura|factuur|fatura)';
/** A reference after the title: "Invoice 2025-88", "Invoice No. 12". */
const TITLE_REFERENCE = '(?:[ \\t]+(?:no\\.?|nr\\.?|n[°º.]|#)?[ \\t]*[\\p{L}\\d][\\p{L}\\d/.-]*\\d[\\p{L}\\d/-]*)?';
/** Cues before the vendor and before the customer, per language; "to" after "from", "an" after "von". */
const FROM_TO = [
  ['from', 'to'], ['von', 'an'], ['de', 'à'], ['de', 'a'], ['da', 'a'], ['van', 'aan'], ['de', 'para'],
];
const ISSUED_BY_TO = [
  ['(?:issued|billed|sent|invoiced|supplied|provided|raised)\\s+by', '(?:to|for)'],
  ['(?:ausgestellt|gestellt|erstellt)\\s+von', 'an'],
  ['(?:émise?|établie?|adressée?)\\s+par', 'à'],
  ['(?:emessa|rilasciata)\\s+da', 'a'],
  ['(?:emitida|expedida)\\s+por', '(?:a|para)'],
  ['(?:uitgegeven|verstuurd|opgesteld)\\s+door', 'aan'],
  ['(?:emitida|emitido)\\s+por', '(?:a|para)'],
];
const CUSTOMER_ONLY = '(?:billed|invoiced|issued|addressed|made\\s+out|charged|sold|supplied)\\s+to|(?:ausgestellt|gestellt)\\s+an|(?:adressée?|facturée?)\\s+à|intestata\\s+a|(?:emitida|facturada)\\s+a|gericht\\s+aan';
const NAME = '(?<vendor>\\p{Lu}[^\\n]{0,100}?)';
const REST = '(?<customer>\\p{Lu}[^\\n]{0,120})';

const PATTERNS: RegExp[] = [
  // "Invoice from X to Y", "Invoice 2025-88 - X to Y", "Rechnung von X an Y"
  ...FROM_TO.map(
    ([from, to]) => new RegExp(`^[ \\t]*${INVOICE_TITLE}${TITLE_REFERENCE}[ \\t]*(?:[-–—:,][ \\t]*)?(?:${from}[ \\t]+)?${NAME}[ \\t]+${to}[ \\t]+${REST}`, 'gimu'),
  ),
  // "From X to Y" opening a line
  /^[ \t]*from[ \t]+(?<vendor>\p{Lu}[^\n]{0,100}?)[ \t]+to[ \t]+(?<customer>\p{Lu}[^\n]{0,120})/gimu,
  // "issued by X to Y", "issued by X" alone
  ...ISSUED_BY_TO.map(([by, to]) => new RegExp(`(?<![\\p{L}])${by}[ \\t]+${NAME}(?:[ \\t]+${to}[ \\t]+${REST}|(?=[ \\t]*(?:[.,;(]|on\\s|am\\s|le\\s|il\\s|el\\s|op\\s|em\\s|$)))`, 'gimu')),
  new RegExp(`(?<![\\p{L}])(?:${CUSTOMER_ONLY})[ \\t]+${REST}`, 'gimu'),
];

function party(role: FoundParty['role'], name: string, match: RegExpMatchArray): FoundParty {
  const start = match.index ?? 0;
  return { role, name, start, end: start + match[0].length, text: match[0].trim() };
}

export function proseParties(text: string): FoundParty[] {
  const parties: FoundParty[] = [];
  for (const pattern of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const rawVendor = match.groups?.vendor?.trim();
      // The vendor runs up to the cue before the customer, so all of it must be a name; otherwise
      // that cue sat inside a sentence ("from the office to the site").
      const vendor = rawVendor === undefined ? undefined : leadingName(rawVendor);
      if (rawVendor !== undefined && (vendor !== rawVendor.replace(/[,:;]+$/u, '') || !looksLikeName(vendor ?? ''))) continue;
      const customer = match.groups?.customer === undefined ? undefined : leadingName(match.groups.customer);
      if (customer !== undefined && !looksLikeName(customer)) continue;
      if (vendor) parties.push(party('vendor', vendor, match));
      if (customer) parties.push(party('customer', customer, match));
    }
  }
  return parties;
}

/** Names start with a non-blank so the blanks before them can be matched only one way. */
const BETWEEN_PARTIES = [
  ['between', 'and'], ['zwischen', 'und'], ['entre', 'et'], ['entre', 'y'], ['entre', 'e'], ['tra', 'e'], ['fra', 'e'], ['tussen', 'en'],
].map(
  ([between, and]) =>
    new RegExp(`(?<![\\p{L}])${between}[ \\t]+(?<first>\\S[^\\n]{1,119}?)[ \\t]+${and}[ \\t]+(?<second>\\S[^\\n]{1,119}?)(?=[ \\t]*(?:[,;(]|\\.(?:\\s|$)|$))`, 'gimu'),
);

export function contractParties(text: string): FoundParty[] {
  const parties: FoundParty[] = [];
  for (const pattern of BETWEEN_PARTIES) {
    for (const match of text.matchAll(pattern)) {
      const names = [leadingName(match.groups?.first ?? ''), leadingName(match.groups?.second ?? '')];
      // "between 9 am and 5 pm" or "between the parties and ..." are not two names.
      if (!names.every((name) => looksLikeName(name) && /\p{L}{2}/u.test(name))) continue;
      for (const name of names) parties.push(party('party', name, match));
    }
  }
  return parties;
}
