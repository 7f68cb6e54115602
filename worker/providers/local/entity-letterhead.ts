/**
 * Parties no label names. The vendor from the letterhead: the first company-like name above the
 * customer ("Schreinerei Albrecht e.K." over its street and town). The customer from the address
 * block of a letter: the name under "Herrn", "Frau", "Spett.le", "Monsieur"...
 */
import { foldText } from './entity-ocr';
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, JOB_TITLE, leadingName, looksLikeName, NAME_END, ROLE_OR_DEPARTMENT, wholeSegmentIsName } from './entity-party-names';
import { blocksOf, splitAtColumnGap, splitLines, type Line } from './entity-text';

/** A line that titles the document, greets or labels something is no letterhead. */
export const NOT_LETTERHEAD =
  /(?<![\p{L}])(?:(?:tax|sales|vat|commercial)\s+invoice|invoice|rechnung|facture|factura|fattura|factuur|fatura|faktura|credit\s+note|gutschrift|avoir|receipt|quot(?:e|ation)|angebot|devis|delivery\s+note|lieferschein|statement|pro\s*forma|subject|betreff|objet|page|seite|billing\s+document|order\s+confirmation|confirmation\s+de\s+commande|auftragsbestätigung|bestellbestätigung|reminder|mahnung|zahlungserinnerung|rappel|sollecito|recordatorio|herinnering|lembrete|purchase\s+order|remittance(?:\s+advice)?|kontoauszug|relevé|estratto\s+conto|rekeningoverzicht|extrato|estado\s+de\s+cuenta)(?![\p{L}])|^[\p{L} .]{1,30}[:：]/iu;
/**
 * A field's label opening a line, with no colon to give it away ("DUE DATE     March 25", "Due Date - 30 Mar",
 * "Rechnungsnummer / Invoice no.", "Datum / Date"): no letterhead, however capitalised.
 */
export const FIELD_LABEL_OPENING =
  /^(?:(?:invoice|issue|due|payment|tax|order|delivery)\s+)?(?:date|number|no\.?|nr\.?|#)(?![\p{L}])|^(?:due|total|subtotal|amount\s+due|balance\s+due)(?![\p{L}])|^\p{L}*(?:nummer|datum)(?![\p{L}])|^(?:fällig|faellig|gesamtbetrag|zwischensumme)\p{L}*/iu;
/** Street numbers and postcodes: the line under a letterhead name. */
const ADDRESS_LIKE = /\p{L}.*\d|\d.*\p{L}/u;
/** How far down a letterhead may stand when no customer block bounds it. */
const TOP_LINES = 12;

const SALUTATION_WORDS =
  '(?:herrn?|frau|firma|spett(?:\\.le|abile)|gentile|gent\\.(?:mo|ma|mi)|egregio|egr\\.(?:\\s*sig\\.(?:ra)?)?|sig\\.(?:ra)?|monsieur|madame|mme|m\\.|messrs\\.?|attn\\.?|sr\\.|sra\\.|srs\\.|d\\.|dª|exm[oa]s?\\.(?:\\s*(?:sr|sra|srs|senhor(?:es)?|senhora?)\\.?)?|ex\\.m[oa]s?|ilm[oa]\\.|dhr\\.|mevr\\.|de\\s+heer|mevrouw|t\\.a\\.v\\.|mr\\.?|mrs\\.?|ms\\.?)';
/** A salutation alone on its line, with the name below it ("Herrn" over "Dr. Matthias Keller"). */
/** Perhaps with a comma, as a letter's greeting has it ("Exmos. Senhores," over "Pastelaria Flor do Sado"). */
export const SALUTATION = new RegExp(`^${SALUTATION_WORDS},?$`, 'iu');
/** A salutation and the name on one line ("Frau Julia Brenner"), nothing else; perhaps glossed in brackets ("Spett.le (Messrs) Aldgate Ltd"). */
export const SALUTED_NAME = new RegExp(`^${SALUTATION_WORDS}(?:\\s*\\(${SALUTATION_WORDS}\\))?\\s+(?<name>\\p{L}[^\\d\\n,;:]{1,60})$`, 'iu');

/**
 * Blanks and the marks before a line's first word: quote marks and bullets ("> ", "• "), the dash a
 * signed-off name opens with ("— Juniper & Co") and a scan's stray bar ("| Merriwether Ltd  |").
 */
export const LEADING_MARKS = /^[\s>*•·\-–—~|]*/u;

/** A line's first part, its leading marks left out, up to a separator or column gap (see `NAME_END`). */
export function firstSegment(text: string): { offset: number; text: string } {
  const leading = LEADING_MARKS.exec(text)?.[0].length ?? 0;
  const body = text.slice(leading);
  // Separators as in "Garage Müller AG · Zürcherstrasse 150 · 8406 Winterthur".
  const stop = NAME_END.exec(body);
  // Markdown emphasis around a name ("**Quokkaridge Lab Supplies Pty Ltd** — ABN ...") is no part of it, nor a hotel's
  // stars after a blank ("HOTEL BELVEDERE GARDESANA ****").
  return { offset: leading, text: body.slice(0, stop ? stop.index : body.length).trim().replace(/[*_`]+$/u, '').trimEnd() };
}

function nextFilled(lines: Line[], index: number): Line | undefined {
  for (let i = index + 1; i < lines.length && i <= index + 2; i += 1) if (lines[i]?.text.trim()) return lines[i];
  return undefined;
}

/** A trade's description under its name: "Reliure et restauration de livres anciens", "Fenster · Türen · Wintergärten". */
/** Arrows too, as a translator's languages are written ("Traduzioni tecniche DE/EN > IT"). */
const TAGLINE = /^[\p{L} ,.&'’·|/–>→-]{8,70}$/u;

/** A tagline stands under the name that opens the document, among its first lines (not in a mail's signature). */
const TAGLINE_TOP = 3;

/** "Atelier Chantereine" over its tagline over "3, impasse des Cordiers – 21000 Dijon": the address follows the tagline. */
function addressUnderTagline(lines: Line[], tagline: Line): boolean {
  const trimmed = tagline.text.trim();
  if (!TAGLINE.test(trimmed)) return false;
  const address = nextFilled(lines, lines.indexOf(tagline));
  return address !== undefined && ADDRESS_LIKE.test(address.text);
}

/** "MERIDIAN TOOL HIRE LTD Unit 3 Dock Road": a scan ran the address into the name, which its legal form ends. */
function beforeRunOnAddress(segment: string): string {
  const form = new RegExp(HAS_LEGAL_FORM.source, 'gu').exec(segment);
  if (!form) return segment;
  const end = form.index + form[0].length;
  const rest = segment.slice(end);
  return /^\s+[\p{Lu}\d]/u.test(rest) && ADDRESS_LIKE.test(rest) ? segment.slice(0, end) : segment;
}

/** A legal form right after a name, at the sticky position. */
const LEGAL_FORM_AFTER = new RegExp(`[ \\t]+${HAS_LEGAL_FORM.source}`, 'yu');
/** The same after up to two more capitalised words, as a clean copy may write the full name ("Severnmouth Water" + " Services Ltd"). */
const FULL_NAME_AFTER = new RegExp(`(?:[ \\t]+\\p{Lu}[\\p{L}&'’-]*){0,2}[ \\t]+${HAS_LEGAL_FORM.source}`, 'yu');

/**
 * The letterhead's name written out with its legal form elsewhere, as footers do: "KILNWORTH
 * JOINERY" at the top and "Kilnworth Joinery Ltd · Unit 4, ..." at the bottom name one company.
 */
function withLegalForm(text: string, name: string): { name: string; start: number } | undefined {
  const lower = text.toLowerCase();
  const wanted = name.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
    LEGAL_FORM_AFTER.lastIndex = at + name.length;
    const form = LEGAL_FORM_AFTER.exec(text);
    if (form) return { name: text.slice(at, at + name.length + form[0].length).trimEnd(), start: at };
  }
  return undefined;
}

/** OCR's digits inside a word ("V0SS", "Apri1") or l for I among capitals ("SERVlCES"), or capitals only: a letterhead that may be written better elsewhere. */
const DAMAGED = /\p{L}\d|\d\p{L}|\p{Lu}{2}[li]|[li]\p{Lu}{2}/u;
const DAMAGED_OR_CAPITALS = (name: string): boolean => DAMAGED.test(name) || (name === name.toUpperCase() && /\p{Lu}{2}/u.test(name));

/**
 * The letterhead's name written cleanly elsewhere, as footers do: "CARRICK & V0SS SURVEY0RS" at the
 * top and "Carrick & Voss Surveyors LLP, 9 Lemon Quay" at the bottom name one company. The two must
 * read the same once OCR's confusions are folded (0/O, 1/l/I, rn/m), and the copy must be neither
 * damaged nor in capitals; its legal form comes with it.
 */
function cleanCopy(text: string, start: number, name: string): { name: string; start: number } | undefined {
  if (!DAMAGED_OR_CAPITALS(name)) return undefined;
  const folded = foldText(text).toLowerCase();
  const key = folded.slice(start, start + name.length);
  for (let at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
    if (at === start || (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) || /[\p{L}\p{N}]/u.test(text[at + name.length] ?? '')) continue;
    const copy = text.slice(at, at + name.length);
    if (DAMAGED_OR_CAPITALS(copy)) continue;
    FULL_NAME_AFTER.lastIndex = at + name.length;
    const form = HAS_LEGAL_FORM.test(copy) ? null : FULL_NAME_AFTER.exec(text);
    // Capitals are a style, not damage: "KILNWORTH JOINERY" gives way only to a copy with a legal form.
    if (!DAMAGED.test(name) && !form && !HAS_LEGAL_FORM.test(copy)) continue;
    // The copy may stand inside a longer name opening its line, the letterhead's second line being its last words
    // ("HR C0NSULTING" under the spaced-out "G 0 R S U C H   P E N R 0 S E"; "Gorsuch Penrose HR Consulting Ltd, 12 ...").
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const head = text.slice(lineStart, at);
    const from = CAPITALISED_WORDS.test(head) && looksLikeName(head.trim()) && !DAMAGED_OR_CAPITALS(head.trim()) ? lineStart : at;
    return { name: text.slice(from, at + name.length + (form?.[0].length ?? 0)).trimEnd(), start: from };
  }
  return undefined;
}

/** One to three capitalised words one blank apart, a blank after the last: the head of a name opening its line (not "For", nor capitals). */
const CAPITALISED_WORDS = /^(?:\p{Lu}[\p{L}'’&-]* ){1,3}$/u;

/** A document's title alone on its line: a title word in four words or fewer, no label ("BILLING DOCUMENT", "Payment reminder", "PRO FORMA INVOICE"). */
function titleLine(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length <= 4 && !/[:：]/u.test(text) && NOT_LETTERHEAD.test(text);
}

/**
 * A tax number's label opening the line ("C.F. BRDCHR86P52C957K – P.IVA 04871230265", "VAT No GB 123"):
 * the letterhead's registration line, never its name, however name-like its code looks.
 */
const TAX_ID_OPENING = /^(?:c\.[ \t]?f\.|cod(?:ice|\.)?[ \t]+fisc(?:ale|\.)?|p\.?[ \t]?iva|partita[ \t]+iva|vat|ust-?id(?:nr)?|steuer-?nr|nif|cif|nipc|btw|tva|uid|abn|gstin?)(?![\p{L}])/iu;

/** A label a scan opened with a digit for a letter ("0rder Date:   02-Mar-2026"), which the title's label test (letters only) lets by. */
const OCR_LABEL = /^\d\p{L}[\p{L}\d .]{0,28}[:：]/u;

/** A label another column opens mid-line, flattened onto the letterhead's line: the name ends before it. */
const MID_LINE_LABEL = /\s+(?:bill(?:ed)?\s+to|invoice\s+to|customer|client|remit\s+to|sold\s+to|ship\s+to)\s*:.*$/iu;

export function letterheadVendor(text: string, known: FoundParty[]): FoundParty[] {
  const lines = splitLines(text);
  const firstCustomer = known.find((party) => party.role === 'customer')?.start ?? Infinity;
  // The customer's own name, indented on the line where its block starts, is no letterhead.
  const customers = new Set(known.filter((party) => party.role === 'customer').map((party) => party.name));
  let filled = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line || line.start >= firstCustomer) break;
    if (!line.text.trim()) continue;
    filled += 1;
    if (firstCustomer === Infinity && filled > TOP_LINES) break;
    const whole = firstSegment(line.text);
    if (FIELD_LABEL_OPENING.test(whole.text) || OCR_LABEL.test(line.text.replace(LEADING_MARKS, ''))) continue;
    // A flattened line may run on into the title ("Northwind Traders Ltd INVOICE INV-2231"): keep what comes before it.
    const title = NOT_LETTERHEAD.exec(whole.text);
    if (title && title.index === 0) continue;
    const segment = title ? { offset: whole.offset, text: whole.text.slice(0, title.index).trim() } : whole;
    // The segment may end in a mid-line label ("Sunbridge Solar Pty Ltd Bill to: ...", "BLUEGILL FREIGHT LINES, INC. REMIT TO: INVOICE").
    const unlabelled = beforeRunOnAddress(segment.text.replace(MID_LINE_LABEL, ''));
    const name = leadingName(unlabelled);
    // A number on its own is an address; digits inside a word are OCR's ("Studi0 Grafic0").
    if (!looksLikeName(name) || TAX_ID_OPENING.test(name) || customers.has(name) || /(?<![\p{L}\d])\d+(?![\p{L}\d])/u.test(name) || !wholeSegmentIsName(unlabelled, name)) continue;
    const restOfLine = line.text.slice(segment.offset + unlabelled.length);
    const below = nextFilled(lines, i);
    const company = HAS_LEGAL_FORM.test(name);
    // An address under the name, or the document's title ("Stavely Office Interiors" over "BILLING DOCUMENT").
    const addressFollows =
      ADDRESS_LIKE.test(restOfLine) || (below !== undefined && (ADDRESS_LIKE.test(below.text) || titleLine(below.text) || (filled <= TAGLINE_TOP && addressUnderTagline(lines, below))));
    if (!company && !(addressFollows && name.includes(' '))) continue;
    const start = line.start + segment.offset;
    const clean = cleanCopy(text, line.start + line.text.indexOf(name), name);
    if (clean) return [{ role: 'vendor', name: clean.name, start: clean.start, end: clean.start + clean.name.length, text: clean.name }];
    const full = company ? undefined : withLegalForm(text, name);
    if (full) return [{ role: 'vendor', name: full.name, start: full.start, end: full.start + full.name.length, text: full.name }];
    return [{ role: 'vendor', name, start, end: start + name.length, text: name }];
  }
  return [];
}

/** "Mr", "Mrs", "Ms" before a name on its line, with the blank after it. */
const COURTESY_TITLE = /^(?:mr|mrs|ms)\.?[ \t]+(?=\p{Lu})/iu;

export function addressedCustomer(text: string): FoundParty[] {
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line) continue;
    const bare = line.text.replace(LEADING_MARKS, '').trim();
    // "Exmos. Senhores" is a salutation alone, with the name on the line below, not a name "Senhores".
    const saluted = SALUTATION.test(bare) ? undefined : SALUTED_NAME.exec(bare)?.groups?.name;
    if (saluted && looksLikeName(leadingName(saluted))) {
      // An English courtesy title is part of how the customer is named ("Mrs Annwen Caradoc"); "Herrn", "Spett.le", "Attn." are not.
      const title = COURTESY_TITLE.exec(bare)?.[0] ?? '';
      const name = `${title}${leadingName(saluted)}`;
      const start = line.start + line.text.indexOf(name);
      return [{ role: 'customer', name, start: line.start, end: start + name.length, text: text.slice(line.start, start + name.length).trim() }];
    }
    if (!SALUTATION.test(bare)) continue;
    const below = nextFilled(lines, i);
    if (!below) continue;
    const segment = firstSegment(below.text);
    const name = leadingName(segment.text);
    if (!looksLikeName(name)) continue;
    const start = below.start + segment.offset;
    return [{ role: 'customer', name, start: line.start, end: start + name.length, text: text.slice(line.start, start + name.length).trim() }];
  }
  return [];
}

/** A mail's or letter's closing, alone on its line, or the "-- " that opens a signature; bilingual too ("Met vriendelijke groet / Kind regards,"). */
const CLOSING_WORDS = `(?:--\\s*|(?:(?:kind|best|warm|warmest|many|with)\\s+)?(?:regards|wishes|thanks|thank\\s+you|cheers|sincerely|best)(?:\\s+(?:so\\s+much|very\\s+much|a\\s+lot|again|in\\s+advance))?|yours(?:\\s+(?:sincerely|faithfully|truly))?|${[
    'mit\\s+freundlichen\\s+grüßen', 'mit\\s+freundlichen\\s+grüssen', 'freundliche\\s+grüße', 'viele\\s+grüße', 'beste\\s+grüße', 'mfg',
    'cordialement', 'bien\\s+cordialement', 'salutations(?:\\s+distinguées)?', 'bien\\s+à\\s+vous',
    'cordiali\\s+saluti', 'distinti\\s+saluti', 'saluti', 'un\\s+saluto',
    'saludos(?:\\s+cordiales)?', 'atentamente', 'un\\s+saludo',
    'met\\s+vriendelijke\\s+groet(?:en)?', 'vriendelijke\\s+groet(?:en)?', 'groeten',
    'atenciosamente', 'cumprimentos', 'com\\s+os\\s+melhores\\s+cumprimentos', 'abraços',
  ].join('|')})`;
const CLOSING = new RegExp(`^(?:${CLOSING_WORDS}[,.]?[ \\t]*/[ \\t]*)?${CLOSING_WORDS}[,.!]?\\s*$`, 'iu');
/** A short sign-off in the writer's own words, alone on its line: "Ride safe,", "Take care!", "Speak soon,". */
const SIGN_OFF = /^\p{L}[\p{L}'’]*(?:[ \t]+\p{L}[\p{L}'’]*){1,2}[,!]$/u;
/** The writer and the company on one signature line: "Ivo — Pennyroyal Web Works", "Mel | Juniper Vale". */
const WRITER_COMPANY = /[ \t]+[—–|][ \t]+/u;

/** A signature line as its parts: the writer's, then the company's, where a dash or a bar parts them. */
function writerAndCompany(line: Line): Line[] {
  const split = WRITER_COMPANY.exec(line.text);
  if (!split || split.index === 0) return [line];
  const second = split.index + split[0].length;
  return [
    { start: line.start, end: line.start + split.index, text: line.text.slice(0, split.index) },
    { ...line, start: line.start + second, text: line.text.slice(second) },
  ];
}

/** How many lines under the closing a signature may run. */
const SIGNATURE_LINES = 4;

/** A signature's line that is a name alone (before a " · " or a comma), with what it reads as. */
/** What a signature's line says: a name alone (before a " · " or a comma), a job title, or neither. */
function signatureName(line: Line): { name: string } | 'title' | null {
  // "Kunde: Albrecht Bau GmbH" is a label's value, not a signature.
  if (/[:：]/u.test(line.text)) return null;
  let segment = firstSegment(line.text);
  // "Owner, Lopez Design Studio": a job title before the company; "Project Manager" alone.
  if (JOB_TITLE.test(segment.text) || ROLE_OR_DEPARTMENT.test(segment.text)) {
    const comma = /^[ \t]*,[ \t]*/u.exec(line.text.slice(segment.offset + segment.text.length));
    if (!comma) return 'title';
    const from = segment.offset + segment.text.length + comma[0].length;
    const next = firstSegment(line.text.slice(from));
    segment = { offset: from + next.offset, text: next.text };
  }
  if (/[@\d]/u.test(segment.text)) return null;
  const name = leadingName(segment.text);
  return looksLikeName(name) && wholeSegmentIsName(segment.text, name) ? { name } : null;
}

/**
 * The company a mail is signed for: under its last closing (or in its last block, see below) ("Kind regards," "Oksana Dreyer" "Dreyer
 * Visual Studio"), the line with a legal form, else the name under the writer's own. A mail header
 * names who wrote; the signature names whom they write for.
 */
export function signatureVendor(text: string): FoundParty[] {
  const lines = splitLines(text);
  let closing = -1;
  // The closing and the name under it joined onto one line, a column gap apart ("Thanks so much!  Mel"): the rest reads as the line below.
  let besideClosing: Line | undefined;
  for (let i = lines.length - 1; i >= 0 && closing < 0; i -= 1) {
    const line = lines[i];
    if (!line) continue;
    if (CLOSING.test(line.text.trim())) closing = i;
    else {
      const split = splitAtColumnGap(line.text);
      if (split && CLOSING.test(split.before.trim())) {
        closing = i;
        besideClosing = { start: line.start + split.afterStart, end: line.end, text: line.text.slice(split.afterStart) };
      }
    }
  }
  // Without a closing, the mail's last block is its signature when it holds names only ("Oksana Dreyer" over "Dreyer Visual Studio").
  const blocks = closing < 0 ? blocksOf(lines) : [];
  // A signature block follows the mail's body, and names the writer before whom they write for.
  const lastBlock = blocks.length >= 2 && (blocks[blocks.length - 1]?.length ?? 0) >= 2 ? blocks[blocks.length - 1] : undefined;
  // A sign-off of the writer's own words opening that block ("Ride safe,", "Take care!") is a closing too.
  const signedOff = closing < 0 && lastBlock !== undefined && SIGN_OFF.test(lastBlock[0]?.text.trim() ?? '');
  const block = signedOff ? (lastBlock ?? []).slice(1) : (lastBlock ?? []);
  const below = closing >= 0 ? [...(besideClosing ? [besideClosing] : []), ...lines.slice(closing + 1).filter((line) => line.text.trim())].slice(0, SIGNATURE_LINES) : block;
  const entries = below.flatMap((line) => writerAndCompany(line).map((part) => ({ line: part, said: signatureName(part) })));
  if (closing < 0 && (entries.length > SIGNATURE_LINES || entries.some((entry) => entry.said === null))) return [];
  // Job titles name no one: the company is the name after the writer's, titles aside.
  const names = entries.flatMap(({ line, said }) => (said && said !== 'title' ? [{ line, name: said.name }] : []));
  // After a closing, a name alone of three capitalised words or more is a business's ("Spokeworth Bicycle Repair"), not a writer's.
  const alone = (closing >= 0 || signedOff) && names.length === 1 && (names[0]?.name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length >= 3 ? names[0] : undefined;
  const company = names.find((entry) => HAS_LEGAL_FORM.test(entry.name)) ?? (names.length >= 2 && names[1]?.name.includes(' ') ? names[1] : undefined) ?? alone;
  if (!company) return [];
  const start = company.line.start + company.line.text.indexOf(company.name);
  return [{ role: 'vendor', name: company.name, start, end: start + company.name.length, text: company.name, generic: true }];
}

/**
 * A party named without its legal form that the text writes out with one elsewhere ("Invoice from
 * Ravensholt Translation" and "Ravensholt Translation ApS · Aarhus" in the signature): the full name.
 */
/**
 * "... made out to Tollgate Dental Practice Ltd. The call-out ...": a full stop ending the sentence
 * is no part of the name, when the text writes the name elsewhere without it ("Subject: ... Tollgate
 * Dental Practice Ltd").
 */
function withoutSentenceStop(text: string, party: FoundParty): FoundParty {
  if (!party.name.endsWith('.')) return party;
  const at = text.indexOf(party.name, party.start);
  if (at < 0 || !/^(?:[ \t]+\p{Lu}|[ \t]*(?:\n|$))/u.test(text.slice(at + party.name.length, at + party.name.length + 3))) return party;
  const bare = party.name.slice(0, -1);
  for (let from = text.indexOf(bare); from >= 0; from = text.indexOf(bare, from + 1)) {
    if (text[from + bare.length] !== '.') return { ...party, name: bare };
  }
  return party;
}

export function withFullName(text: string, found: FoundParty): FoundParty {
  const party = withoutSentenceStop(text, found);
  if (HAS_LEGAL_FORM.test(party.name)) return party;
  const full = withLegalForm(text, party.name);
  return full ? { ...party, name: full.name } : (wrappedName(text, party) ?? party);
}

/** The capitalised words opening the next line, a full stop or comma perhaps after them. */
const NEXT_LINE_WORDS = /^\n[ \t]*(?<words>\p{Lu}[\p{L}'’&-]*(?:[ \t]\p{Lu}[\p{L}'’&-]*)?)(?=[.,;]?(?:\s|$))/u;

/**
 * A name that a sentence wrapped at its line's end ("cheque payable to Whitlow Piano" over "Services."),
 * when the whole name stands alone on a line of its own elsewhere, as the letterhead writes it.
 */
function wrappedName(text: string, party: FoundParty): FoundParty | null {
  const at = text.indexOf(party.name, party.start);
  if (at < 0) return null;
  const words = NEXT_LINE_WORDS.exec(text.slice(at + party.name.length, at + party.name.length + 60))?.groups?.words;
  if (!words) return null;
  const whole = `${party.name} ${words}`;
  const alone = splitLines(text).some((line) => line.text.trim() === whole);
  return alone ? { ...party, name: whole } : null;
}
