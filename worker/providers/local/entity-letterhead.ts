/**
 * Parties no label names. The vendor from the letterhead: the first company-like name above the
 * customer ("Schreinerei Albrecht e.K." over its street and town). The customer from the address
 * block of a letter: the name under "Herrn", "Frau", "Spett.le", "Monsieur"... The signature's vendor is
 * read in entity-signature, a name's full form elsewhere in entity-full-name.
 */
import { firmOpeningWithLabelWord } from './entity-party-label-word-firm';
import { placeName } from './entity-name-place';
import { endOfFormRun } from './entity-party-form-run';
import { withLegalForm } from './entity-full-name';
import { foldText } from './entity-ocr';
import type { FoundParty } from './entity-parties';
import { HAS_LEGAL_FORM, leadingName, looksLikeName, NAME_END, wholeSegmentIsName } from './entity-party-names';
import { splitLines, type Line } from './entity-text';
import { CLOSING } from './entity-closing';
import { organisationOverSaluted } from './entity-party-person-firm';
import { organisationUnderSaluted } from './entity-party-firm-under-person';

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
/** A bilingual invoice pairs two, slashed or glossed ("Spett.le / Messrs.", "Spett.le (Messrs)"). */
export const SALUTATION = new RegExp(`^${SALUTATION_WORDS}(?:[ \\t]*(?:/[ \\t]*${SALUTATION_WORDS}|\\([ \\t]*${SALUTATION_WORDS}[ \\t]*\\)))?,?$`, 'iu');
/** A salutation and the name on one line ("Frau Julia Brenner"), nothing else; perhaps glossed in brackets ("Spett.le (Messrs) Aldgate Ltd"). */
// A letter's address line may close with a comma ("Mr. Evan Kowalczyk," over the addressee's role and firm).
export const SALUTED_NAME = new RegExp(`^${SALUTATION_WORDS}(?:\\s*\\(${SALUTATION_WORDS}\\))?\\s+(?<name>\\p{L}[^\\d\\n,;:]{1,60}),?$`, 'iu');

/**
 * Blanks and the marks before a line's first word: quote marks and bullets ("> ", "• "), the dash a
 * signed-off name opens with ("— Juniper & Co"), a scan's stray bar ("| Merriwether Ltd  |") and a Markdown
 * heading's hashes ("# Harbour View Pan Tuning Ltd"), followed by a blank (not "#4410", a number).
 */
export const LEADING_MARKS = /^(?:[\s>*•·\-–—~|]|#+(?=[ \t]))*/u;

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
const TAGLINE = /^[\p{L} ,.&'’·|/–—>→-]{8,70}$/u;

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
  // "Pty Ltd": the run of forms, not its first word (see entity-party-form-run).
  const end = endOfFormRun(segment, form.index + form[0].length);
  const rest = segment.slice(end);
  return /^\s+[\p{Lu}\d]/u.test(rest) && ADDRESS_LIKE.test(rest) ? segment.slice(0, end) : segment;
}

/** The same after up to two more capitalised words, as a clean copy may write the full name ("Severnmouth Water" + " Services Ltd"). */
/** A form in brackets and the form after it too, as South Africa writes its companies ("Highveld Talent Partners" + " (Pty) Ltd"). */
const FULL_NAME_AFTER = new RegExp(`(?:[ \\t]+\\p{Lu}[\\p{L}&'’-]*){0,2}[ \\t]+(?:\\((?:${HAS_LEGAL_FORM.source})\\)[ \\t]+)?${HAS_LEGAL_FORM.source}`, 'yu');

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

/**
 * "Tonelería Los Andes SpA R.U.T.: 76.412.883-5": what reads as a label opening the line is a name with its legal
 * form, then a tax number's label; the name is cut at its form below (`beforeRunOnAddress`). Not "Co No:", a form opening it.
 */
function nameBeforeLabel(opening: string): boolean {
  if (!/[:：]$/u.test(opening)) return false;
  const form = HAS_LEGAL_FORM.exec(opening);
  return form !== null && form.index > 0 && /\S/u.test(opening.slice(form.index + form[0].length, -1));
}

/**
 * A slash and at most two words before a title word: what precedes the slash is the title in another language, no
 * name. The slash stands apart ("RAČUN / INVOICE"), not inside a legal form ("NORDHAVN CARGO LOGISTICS A/S INVOICE").
 */
const GLOSSED_TITLE = /(?:^|[ \t])\/[ \t]*(?:\p{L}+[ \t]+){0,2}$/u;

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
    // A closing ends the letter: the writer's name under it is its signature (read in entity-signature), no letterhead.
    if (CLOSING.test(line.text.trim())) break;
    filled += 1;
    if (firstCustomer === Infinity && filled > TOP_LINES) break;
    const whole = firstSegment(line.text);
    // "Due West Marine Electronics, Inc." is a firm's whole name, not a label (see entity-party-label-word-firm).
    // A scan's label with digits for letters and no colon, in a column of its own ("0rder N0.        KB/5521"), is read folded.
    const label = FIELD_LABEL_OPENING.test(whole.text) || (/\d/u.test(whole.text) && FIELD_LABEL_OPENING.test(foldText(whole.text)));
    if ((label && !firmOpeningWithLabelWord(whole.text)) || OCR_LABEL.test(line.text.replace(LEADING_MARKS, ''))) continue;
    // A flattened line may run on into the title ("Northwind Traders Ltd INVOICE INV-2231"): keep what comes before it.
    let title = NOT_LETTERHEAD.exec(whole.text);
    if (title && title.index === 0) {
      if (!nameBeforeLabel(title[0])) continue;
      title = null;
    }
    // "RAČUN / INVOICE", "STAÐGREIÐSLUREIKNINGUR / CASH SALE INVOICE": the title in another language, glossed in English.
    if (title && GLOSSED_TITLE.test(whole.text.slice(0, title.index))) continue;
    const segment = title ? { offset: whole.offset, text: whole.text.slice(0, title.index).trim() } : whole;
    // The segment may end in a mid-line label ("Sunbridge Solar Pty Ltd Bill to: ...", "BLUEGILL FREIGHT LINES, INC. REMIT TO: INVOICE").
    const unlabelled = beforeRunOnAddress(segment.text.replace(MID_LINE_LABEL, ''));
    // "Notariat am Rheinsprung": a business named after its place (see entity-name-place).
    const name = placeName(unlabelled) ?? leadingName(unlabelled);
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
      // "Heidkämper Feinmechanik GmbH" over "Herrn Bernd Heidkämper": the person is the organisation's contact.
      // "Ms P. Naidoo" over "Duzi Paddling Events (Pty) Ltd": the firm under the person (see entity-party-firm-under-person).
      const organisation = organisationOverSaluted(text, line.start, name) ?? organisationUnderSaluted(text, line.start, name);
      if (organisation) return [organisation];
      return [{ role: 'customer', name, start: line.start, end: start + name.length, text: text.slice(line.start, start + name.length).trim() }];
    }
    if (!SALUTATION.test(bare)) continue;
    let below = nextFilled(lines, i);
    // "Spett.le" over "Messrs" over the name: a bilingual invoice may gloss its salutation on a line of its own.
    if (below && SALUTATION.test(below.text.replace(LEADING_MARKS, '').trim())) below = nextFilled(lines, lines.indexOf(below));
    if (!below) continue;
    const segment = firstSegment(below.text);
    const name = leadingName(segment.text);
    if (!looksLikeName(name)) continue;
    const start = below.start + segment.offset;
    return [{ role: 'customer', name, start: line.start, end: start + name.length, text: text.slice(line.start, start + name.length).trim() }];
  }
  return [];
}
