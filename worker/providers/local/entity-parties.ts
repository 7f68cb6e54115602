/** Who issues and who receives a document: labelled blocks on invoices, "between X and Y" in contracts. */
import { WORD_END, type Span } from './entity-text';

export type PartyRole = 'vendor' | 'customer' | 'party';

export interface FoundParty extends Span {
  role: PartyRole;
  name: string;
}

const VENDOR_LABELS = [
  'from', 'vendor', 'seller', 'supplier', 'billed\\s+by', 'issued\\s+by', 'service\\s+provider', 'provider', 'payee',
  'lieferant', 'verkäufer', 'rechnungssteller', 'leistungserbringer', 'absender', 'auftragnehmer',
  'fournisseur', 'vendeur', 'émetteur', 'prestataire',
  'proveedor', 'emisor', 'vendedor', 'fornitore', 'cedente', 'prestatore',
];
const CUSTOMER_LABELS = [
  'bill(?:ed)?\\s+to', 'invoice\\s+to', 'sold\\s+to', 'ship\\s+to', 'to', 'customer', 'client', 'buyer', 'purchaser', 'recipient',
  'kunde', 'rechnungsempfänger', 'empfänger', 'käufer', 'auftraggeber',
  'acheteur', 'destinataire', 'factur(?:é|e)\\s+à', 'facturer\\s+à',
  'cliente', 'comprador', 'facturar\\s+a', 'committente', 'cessionario',
];

/**
 * A label opens a line or a column (after two spaces, a tab or a bar), ends at a colon, or stands
 * alone before a column gap or the end of its line ("BILL TO" over an address block).
 */
function labelPattern(labels: string[]): RegExp {
  return new RegExp(
    `(?:^[ \\t]*|(?<=[\\t|]|\\s{2}))(?<label>(?:${labels.join('|')})${WORD_END})(?:[ \\t]*[:：;][ \\t]*|[ \\t]*$|[ \\t]{2,}|\\t)`,
    'gimu',
  );
}

const VENDOR_LABEL = labelPattern(VENDOR_LABELS);
const ANY_LABEL = new RegExp(`^(?:${[...VENDOR_LABELS, ...CUSTOMER_LABELS].join('|')})\\s*[:：]?$`, 'iu');
const CUSTOMER_LABEL = labelPattern(CUSTOMER_LABELS);

/** A name stops at a column gap, a bar, a tab, or a comma not followed by a legal form ("Acme, Inc."). */
const NAME_END = /\s{2,}|\t|\||;|,(?!\s*(?:Inc|LLC|Ltd|L\.L\.C|GmbH|AG|SA|S\.A|SAS|SARL|BV|NV|plc|Co)\b)|$/m;
const LEGAL_NOTE = /\s*\((?:the\s+)?["“]?[^)]*\)\s*$/u;
const STARTS_LIKE_NAME = /^["“]?\p{Lu}/u;

function restOfLine(text: string, from: number): string {
  const lineEnd = text.indexOf('\n', from);
  return text.slice(from, lineEnd < 0 ? text.length : lineEnd);
}

/** The name at `from` on its line: start and end offsets, trimmed. */
function nameAt(text: string, from: number): { start: number; end: number } | null {
  const line = restOfLine(text, from);
  const leading = line.length - line.trimStart().length;
  const body = line.slice(leading);
  const stop = NAME_END.exec(body);
  const name = body.slice(0, stop ? stop.index : body.length).trimEnd();
  if (!/\p{L}/u.test(name)) return null;
  return { start: from + leading, end: from + leading + name.length };
}

/** The next non-blank line's start, within two lines ("Bill To:" with the name below it). */
function nextLineStart(text: string, from: number): number | null {
  let cursor = text.indexOf('\n', from);
  for (let hops = 0; cursor >= 0 && hops < 2; hops += 1) {
    const next = text.indexOf('\n', cursor + 1);
    const line = text.slice(cursor + 1, next < 0 ? text.length : next);
    if (line.trim()) return cursor + 1;
    cursor = next;
  }
  return null;
}

/** Where the column starting near `column` begins on the line at `lineStart` ("From:      To:" over "Acme      Globex"). */
function columnStart(text: string, lineStart: number, column: number): number | null {
  const line = restOfLine(text, lineStart);
  for (let i = Math.max(0, column - 2); i < line.length; i += 1) {
    if (/\S/.test(line[i] ?? '') && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return lineStart + i;
  }
  return null;
}

function labelled(text: string, pattern: RegExp, role: PartyRole): FoundParty[] {
  const parties: FoundParty[] = [];
  for (const match of text.matchAll(pattern)) {
    const labelStart = match.index + match[0].indexOf(match.groups?.label ?? '');
    let name = nameAt(text, match.index + match[0].length);
    // A label with nothing after it, or with another label after it (a header row), names the block below.
    if (!name || ANY_LABEL.test(text.slice(name.start, name.end))) {
      const below = nextLineStart(text, labelStart);
      const column = labelStart - (text.lastIndexOf('\n', labelStart - 1) + 1);
      const start = below === null ? null : columnStart(text, below, column);
      name = start === null ? null : nameAt(text, start);
    }
    if (!name) continue;
    const value = text.slice(name.start, name.end);
    parties.push({ role, name: value, start: labelStart, end: name.end, text: text.slice(labelStart, name.end) });
  }
  return parties;
}

/** Names start with a non-blank so the blanks before them can be matched only one way. */
const BETWEEN_PARTIES = [
  /\bbetween[ \t]+(?<first>\S[^\n]{1,119}?)[ \t]+and[ \t]+(?<second>\S[^\n]{1,119}?)(?=[ \t]*(?:[,;(]|\.(?:\s|$)|$))/gimu,
  /\bzwischen[ \t]+(?<first>\S[^\n]{1,119}?)[ \t]+und[ \t]+(?<second>\S[^\n]{1,119}?)(?=[ \t]*(?:[,;(]|\.(?:\s|$)|$))/gimu,
  /\bentre[ \t]+(?<first>\S[^\n]{1,119}?)[ \t]+et[ \t]+(?<second>\S[^\n]{1,119}?)(?=[ \t]*(?:[,;(]|\.(?:\s|$)|$))/gimu,
];

/** Lower-case words that may sit inside or at the end of a company name. */
const NAME_PARTICLES = new Set(['of', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'und', 'and', '&', 'plc', 'mbh', 'e.v.', 'inc.', 'ltd.', 'co.', 'bv', 'nv']);
const WORD_SPLIT = /(\s+)/;

/**
 * The name part of "Acme Corp., a Delaware corporation (the "Seller")": up to a comma or a note in
 * brackets, and up to the first ordinary lower-case word ("Beispiel AG geschlossen" → "Beispiel AG").
 */
function partyName(raw: string): string {
  const comma = raw.search(NAME_END);
  const head = raw.slice(0, comma < 0 ? raw.length : comma).replace(LEGAL_NOTE, '');
  const parts = head.split(WORD_SPLIT);
  let name = '';
  for (const part of parts) {
    if (part.trim() && /^\p{Ll}/u.test(part) && !NAME_PARTICLES.has(part.toLowerCase())) break;
    name += part;
  }
  return name.trim().replace(/\s+(?:of|de|du|des|la|le|von|van|der|den|und|and|&)$/u, '');
}

function contractParties(text: string): FoundParty[] {
  const parties: FoundParty[] = [];
  for (const pattern of BETWEEN_PARTIES) {
    for (const match of text.matchAll(pattern)) {
      const names = [partyName(match.groups?.first ?? ''), partyName(match.groups?.second ?? '')];
      // "between 9 am and 5 pm" or "between the parties and ..." are not two names.
      if (!names.every((name) => STARTS_LIKE_NAME.test(name) && /\p{L}{2}/u.test(name))) continue;
      const start = match.index;
      const end = start + match[0].length;
      for (const name of names) parties.push({ role: 'party', name, start, end, text: match[0] });
    }
  }
  return parties;
}

export function findParties(text: string): FoundParty[] {
  return [...labelled(text, VENDOR_LABEL, 'vendor'), ...labelled(text, CUSTOMER_LABEL, 'customer'), ...contractParties(text)].sort(
    (a, b) => a.start - b.start,
  );
}
