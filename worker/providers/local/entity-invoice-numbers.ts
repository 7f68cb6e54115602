/**
 * Invoice numbers: after a label ("Invoice No: INV-2024-001", "Rechnung Nr. 2024-17", "Facture n°
 * F-889", "Factuurnummer: 2025-0612", "FATURA N.º FT 2025/318", "lnvoice Nurnber: AT-1"), under a
 * column heading, or a bare "INV-2024-001".
 */
import { foldPattern, foldText } from './entity-ocr';
import { valueUnder } from './entity-header-columns';
// Fee notes ("Honorarnote", "Note d'honoraires") are invoices of the professions; see the file.
import { FEE_NOTE_WORDS } from './entity-invoice-number-fee-note';
import { valueLeftOfColumnLabel } from './entity-invoice-number-column';
import { glossedStackNumbers, type GlossReaders } from './entity-invoice-number-gloss';
import { titleColumnNumbers } from './entity-invoice-number-title-column';
import { flatTitleBoxNumbers } from './entity-invoice-number-flat-title';
import { tokenCovering } from './entity-invoice-number-covering';
import { holdsDateAsTail } from './entity-invoice-number-dated';
import { tokenBeforeFirstDate } from './entity-invoice-number-before-date';
import { flatBareHeadingNumbers } from './entity-invoice-number-flat-bare';
import { GLUED_INVOICE_KIND } from './entity-invoice-title-glued';
import { peruvianSeriesNumbers } from './entity-invoice-number-series';
import { otherLabelNumbers } from './entity-invoice-number-other-labels';
import { seriesColumnNumbers } from './entity-invoice-number-series-column';
import { BULGARIAN_INVOICE_WORDS, numberFirstLabelNumbers } from './entity-invoice-number-gr-sk-bg';
import { FACTURA_CLASS_LETTER } from './entity-invoice-number-letter-kind';
import { typeCodeSeriesAt } from './entity-invoice-number-pt-series';
// "№", "št.", "br." and glosses in other scripts (see the file).
import { NUMBER_SIGN, SOUTH_SLAVIC_NUMBER_WORDS, GLOSS_BEFORE_NUMBER_WORD, GLOSS_AFTER_NUMBER_WORD, NUMBER_WORD_GLOSS } from './entity-invoice-number-scripts';
import { ADRIATIC_BALTIC_INVOICE_WORDS, ADRIATIC_BALTIC_NUMBER_WORDS } from './entity-labels-adriatic-baltic';
import { lineIndexAt, removeOverlaps, overlapsAny, WORD_END, type Line, type Span } from './entity-text';
import { matchesOf } from './entity-matches';

/** What an invoice is for, between its title and its number: "Fatura de serviços Nº", "Invoice for services No.", "Facture de loyer N°". */
const SERVICES = '(?:\\s+(?:(?:de|di|of|for|für|voor|pour)\\s+)?(?:servi(?:ços?|cios?|zi|ces?)|leistungen|diensten|prestations?|honor[aá]rios|loyer|location|rent|miete|affitto|alquiler|huur|aluguel))?';
/**
 * Invoice words of more languages and trades: a solicitor's "Fee Note", the Czech "daňový doklad"
 * (tax document), the Finnish "lasku"/"laskun" (invoice, of the invoice), Greek "τιμολόγιο", Turkish "fatura",
 * Russian "Счёт-фактура" and "Счёт на оплату" (not "счёт" alone, which is also a bank account).
 */
const MORE_INVOICE_WORDS =
  '(?:' + FEE_NOTE_WORDS + '|da[nň]ov[yý]\\s+doklad|laskun?|τιμολόγιο|τιμολογίου|сч[её]т(?:-фактура|\\s+на\\s+оплату)' +
  // Croatian, Slovenian, Estonian, Lithuanian, Icelandic: "Račun", "Arve", "Sąskaita faktūra", "Reikningur" (see the file).
  '|' + ADRIATIC_BALTIC_INVOICE_WORDS +
  // Bulgarian "Фактура" (see entity-invoice-number-gr-sk-bg).
  '|' + BULGARIAN_INVOICE_WORDS +
  ')';
/**
 * What kind of invoice, between its word and its number word: "FACTURE D'ACOMPTE N°" (a deposit
 * invoice), Polish "FAKTURA VAT nr". Only with the number word after it: "Invoice VAT 20%" names no number.
 */
const INVOICE_KIND = "(?:\\s+(?:d['’]\\s*acompte|de\\s+acompte|di\\s+acconto|de\\s+anticipo|VAT)(?=[ \\t]+(?:n[°º.o]|nr|#)))?";
const INVOICE_WORD = foldPattern(
  // Corrective invoices first, so that "Factura" alone does not stop short of "rectificativa"; so too Portugal's
  // invoice-receipt and the simplified invoice ("FATURA-RECIBO FR 2026/58", "Factura simplificada Nº FS-12"), whose
  // number would otherwise be sought in "-RECIBO" or "simplificada".
  `(?:factura\\s+rectificativa|fatura(?:-|\\s*/\\s*|\\s+)recibo|fa(?:c)?tura\\s+simplificada|${FACTURA_CLASS_LETTER}|factura\\s+electr[oó]nica(?:\\s+de\\s+(?:venta|exportaci[oó]n))?|factura\\s+de\\s+venta|fatura\\s+retificativa|facture\\s+rectificative|fattura\\s+(?:differita|accompagnatoria)|(?:korrektur|storno)rechnung|rechnungskorrektur|(?:invoice|rechnungs?|facture|factura|fattura|factuur|fatura)${SERVICES}${INVOICE_KIND}|faktura(?:nummer|nr)?${INVOICE_KIND}|fattura\\s+elettronica|nota\\s+fiscal(?:\\s+de\\s+servi(?:ços?|cos?))?(?:\\s+eletr[oô]nica)?|nfs-?e|nf-?e|credit\\s+note|gutschrift|avoir|nota\\s+di\\s+credito|nota\\s+de\\s+cr[ée]dito|creditnota|${MORE_INVOICE_WORDS})`,
);
/** A number word: "No.", "Nr.", "№", "Number", and the Maltese "Nru." ("FATTURA / INVOICE   Nru. / No. FTR-26-031"), tried before "Nr". */
const NUMBER_WORD = `(?:${NUMBER_SIGN}|${foldPattern('nru\\.')}|${foldPattern(SOUTH_SLAVIC_NUMBER_WORDS)}|${foldPattern(ADRIATIC_BALTIC_NUMBER_WORDS)}${WORD_END}|n[o0](?:\\.|(?![\\p{L}]))|nr(?:\\.|(?![\\p{L}]))|${foldPattern('(?:č|čís)')}\\.|${foldPattern('αριθμός')}|${foldPattern('(?:number|nummer|num(?:éro|ero)?\\.?|número|ref(?:erence|erenz)?\\.?)')}|n\\.?[°º]\\.?|n\\.|#|${foldPattern('id')}${WORD_END})`;
/** Short or other words that name an invoice only with a number word after them: "Inv. No. 12", "Bill No: 7". */
const INVOICE_ABBREVIATION = foldPattern('(?:inv\\.?|bill|re\\.?|rg\\.?)');
/**
 * The label before a number: "Invoice No:", "Rechnung Nr.", "Facture n°", "N° de facture :",
 * "Factuurnummer:", "invoice (no. 2025/044)", "this invoice, number HD/0326/12", bilingual "INVOICE  N. / No.", OCR's "Rechnungs-Nr,:" (a comma
 * read for the dot before the colon), a dash for the colon ("Invoice No - GJ-7741"). Matched in the folded text (see `foldText`).
 * No two blank-matching quantifiers touch, so a long run of blanks is matched one way only.
 */
const INVOICE_NUMBER_LABEL = new RegExp(
  `(?<![\\p{L}])(?:(?:${foldPattern(GLUED_INVOICE_KIND)})?${INVOICE_WORD}(?:${GLOSS_BEFORE_NUMBER_WORD}[\\s(|,-]*(?<numberWord>${NUMBER_WORD}(?:[ \\t]*/[ \\t]*${NUMBER_WORD})?${GLOSS_AFTER_NUMBER_WORD}))?|(?<abbreviated>${INVOICE_ABBREVIATION}[\\s-]*${NUMBER_WORD})|(?:n[°º]|${foldPattern('(?:num(?:éro|ero)|número)')}|${foldPattern(ADRIATIC_BALTIC_NUMBER_WORDS)}|no\\.?|nr\\.?)\\s*(?:de\\s+|der\\s+|da\\s+)?${INVOICE_WORD})(?:[ \\t]*\\([^)\\n]{1,40}\\))?(?:,(?=[ \\t]*[:：]))?[\\s:;#.|]*(?:\\*{1,2}[ \\t]*)?(?:[–-][ \\t]+)?`,
  'giu',
);
/**
 * A reference with at least one digit, not ending in punctuation: INV-2024-001, 2024-17, F-889;
 * after a number word perhaps a series apart, as Portuguese invoices write it ("FT 2025/318").
 * Never the start of an amount: in "Total factura: 641,30 €" the 641 is money, not a number.
 */
const REFERENCE_BODY = '(?=[\\p{L}\\d_/.-]*\\d)[\\p{L}\\d](?:[\\p{L}\\d_/.-]*[\\p{L}\\d])?(?![\\p{L}\\d]|[.,]\\d)';
const REFERENCE = new RegExp(REFERENCE_BODY, 'yu');
const SERIES_REFERENCE = new RegExp(`\\p{Lu}{1,4} ${REFERENCE_BODY}`, 'yu');
/** Words that may follow "Invoice number" in a header row written with single blanks; the invoice word may open a compound ("Rechnungsnr. Rechnungsdatum"). */
const NEXT_HEADING = `(?:${INVOICE_WORD}\\p{L}*|${foldPattern('(?:date|datum|data|fecha|due|issue|payment|terms|order|customer|po|ref|reference|account)')})${WORD_END}`;
/**
 * "Invoice Number" heading a column of a table; its value stands under it on the next line. The
 * heading may be glossed in its cell: "Rechnungsnummer / Invoice No.", "Número de factura (Invoice No.)".
 * Words with no figure may close its line after it: other headings ("Job No. Due Date") or, in a flattened
 * header, the next column's name ("Maple & Birch Outfitters Inc.").
 */
const INVOICE_NUMBER_HEADING = new RegExp(
  `(?<![\\p{L}])(?:${INVOICE_WORD}[ \\t-]*${NUMBER_WORD}|(?:${foldPattern('(?:num(?:éro|ero)|número|nummer)')}|${foldPattern(ADRIATIC_BALTIC_NUMBER_WORDS)}|n[°º]|nr\\.?)[ \\t]*(?:de[ \\t]+|da[ \\t]+|der[ \\t]+)?${INVOICE_WORD})(?=[ \\t]{2,}|[ \\t]*$|[ \\t]*[|/()]|[ \\t]+(?:${NEXT_HEADING}|[\\p{L} \\t.&,'’-]+$))`,
  'gimu',
);
/** OCR and hand-made tables drift by a character or two. */
const COLUMN_SLACK = 2;
/** A bare "INV-2024-001" with no label in front of it; not the OCR-damaged word "INV0ICE". */
const INVOICE_CODE = /(?<![\w-])INV(?![0O][I1l]CE)[-/]?\d[\w/-]*\w|(?<![\w-])INV[-/]?\d(?![\w])/g;

/** The reference at `offset` of the original text, with a series only where `series` allows one. */
function referenceAt(text: string, offset: number, series: boolean): Span | null {
  for (const pattern of series ? [SERIES_REFERENCE, REFERENCE] : [REFERENCE]) {
    pattern.lastIndex = offset;
    const match = pattern.exec(text);
    // A number, or letters with two digits or a separator: "7", "F-9", "CL2291", not the OCR-damaged word "Bil1".
    if (match && (/^\d+$/u.test(match[0]) || (match[0].match(/\d/g) ?? []).length >= 2 || /[-/.]/.test(match[0]))) {
      return { start: offset, end: offset + match[0].length, text: match[0] };
    }
  }
  return null;
}

/** A title opening its line, perhaps after its gloss in another language: "FATURA / INVOICE  FT 2026/318". */
const TITLE_AT_LINE_START = /(?:^|\n)[ \t#*]*(?:\p{L}+[ \t]*\/[ \t]*)?$/u;

/** `series`: a number under an invoice heading may carry a series apart ("HTM 330918", "FT 2025/318"). */
function headingInvoiceNumbers(text: string, folded: string, lines: Line[], heading = INVOICE_NUMBER_HEADING, series = true, dates: Span[] = []): Span[] {
  const found: Span[] = [];
  for (const match of matchesOf(heading, folded)) {
    const headingLineNo = lineIndexAt(lines, match.index);
    let lineNo = headingLineNo;
    const column = match.index - (lines[lineNo]?.start ?? 0);
    do lineNo += 1;
    while (lineNo < lines.length && !lines[lineNo]?.text.trim());
    const below = lines[lineNo];
    if (!below) continue;
    // A heading row flattened to single blanks: the number stands before the row's first date (see the file).
    const beforeDate = tokenBeforeFirstDate(folded, lines, headingLineNo, match.index + match[0].length, dates);
    const flat = beforeDate === null ? null : referenceAt(text, beforeDate, false);
    if (flat) {
      found.push(flat);
      continue;
    }
    // The token that starts within the slack of the heading's column.
    const from = Math.max(0, column - COLUMN_SLACK);
    const offset = below.text.slice(from, column + COLUMN_SLACK + 1).search(/(?<=^|\s)\S/u);
    const aligned = offset < 0 || (from + offset > 0 && !/\s/.test(below.text[from + offset - 1] ?? '')) ? null : referenceAt(text, below.start + from + offset, series);
    // Else the token running through the heading's column, in a header whose columns drift (see entity-invoice-number-covering).
    const covering = aligned ? -1 : tokenCovering(below.text, column);
    const drifted = covering < 0 ? null : referenceAt(text, below.start + covering, false);
    // Else the value in the heading's cell, when the rows pair off cell for cell ("Rechnungsnummer / Invoice No." over "NB-40417").
    const cell = aligned ?? drifted ? null : valueUnder(lines, headingLineNo, match.index);
    const reference = aligned ?? drifted ?? (cell === null ? null : referenceAt(text, cell, series));
    if (reference) found.push(reference);
  }
  return found;
}

/**
 * A document that calls itself an invoice in a line of its own, or at the start of a line ("INVOICE",
 * "Facture N° ..."), or before a dash and what kind it is ("FAKTURA – DAŇOVÝ DOKLAD", "INVOICE – TAX DOCUMENT").
 */
// "FAKTURA VAT" and "VAT INVOICE" are the Polish and British titles of a tax invoice; a bilingual title
// gives the other language first ("ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ / SERVICE INVOICE"), also in a right-hand column after the
// sender's name ("Conservas Lda     FACTURA / INVOICE"); "SALES INVOICE" is the British title of an ordinary invoice.
// A title may name a second document it also is, after a slash: "TAX INVOICE / RECEIPT" (the number then opens the next line: "No. LT-2605-019").
// A gloss may be in a script that writes its vowels as combining marks (Thai "ใบกำกับภาษี", Hindi "बीजक"), so its word takes \p{M} too.
const INVOICE_TITLE = new RegExp(
  `(?:^|(?:\\s{2,}|\\|[ \\t]*)(?:[\\p{L}\\p{M}]+[ \\t]*/[ \\t]*)?|^[\\p{L} /|]{0,30}\\s|^[\\p{L}\\p{M} ]{1,60}/[ \\t]*(?:[\\p{L}]+[ \\t]+)?)(?:(?:tax|vat|sales)\\s+)?${INVOICE_WORD}(?:[ \\t]+vat)?(?=\\s{2,}|\\s*$|[ \\t]+[–—-][ \\t]|[ \\t]*/[ \\t]*[\\p{L}\\p{M}]+[ \\t]*$)`,
  'mu',
);
/** An invoice word alone ending its line after a column gap: a right-hand column's heading. */
const TITLE_COLUMN_HEADING = new RegExp(`(?<=\\S[ \\t]{2,})${INVOICE_WORD}[ \\t]*$`, 'gmu');
/** The same word closing a line after a single blank, and "N° F2026-0077" closing the next (see entity-invoice-number-flat-title). */
const TITLE_LINE_END = new RegExp(`(?<=\\p{L}[ \\t])${INVOICE_WORD}[ \\t]*$`, 'gmu');
/** "No. QE-5531" with no invoice word before it: a column under an "INVOICE" heading; Czech and Slovak write "č." or "čís.". */
const SHORT_NUMBER_WORD = `(?:${NUMBER_SIGN}|n[o0]\\.?|nr\\.?|n\\.?[°º]\\.?|#|${foldPattern('(?:č|čís)')}\\.)`;
/** A short number word and a reference closing a line after a blank: "Hangar 3 N° F2026-0077". */
const FLAT_NUMBER_END = new RegExp(`[ \\t]${SHORT_NUMBER_WORD}[ \\t]*:?[ \\t]*(?<ref>[^\\s:]+)[ \\t]*$`, 'u');
/** "Number:", "Numero / Number:", Czech and Slovak "Číslo / Number:": a number word written out, which then needs its colon. */
const LONG_NUMBER_WORD = foldPattern('(?:number|nummer|num(?:éro|ero)|número|αριθμός|číslo)');
/** A document's number under an invoice title: "Document No.", "Beleg-Nr.", "N° de pièce", "Nº documento", "Documentnummer", Quebec's "No de document". */
const DOCUMENT_NUMBER = foldPattern(
  '(?:(?:document|doc\\.?|beleg|documento|pièce|piece)[ \\t-]*(?:no\\.?|nr\\.?|number|nummer|n[°º]\\.?|#)|belegnummer|documentnummer|dokumentnummer|n(?:[°º]|o\\.?)\\s*(?:de\\s+)?(?:pièce|piece|documento?)|num[ée]ro\\s+de\\s+documento?)',
);
const BARE_NUMBER_LABEL = new RegExp(
  `(?:^|(?<=\\s{2}|\\t|\\|[ \\t]))(?:${DOCUMENT_NUMBER}[ \\t]*:?|${SHORT_NUMBER_WORD}(?:[ \\t]*/[ \\t]*${SHORT_NUMBER_WORD})*[ \\t]*:?|${NUMBER_WORD_GLOSS}${SHORT_NUMBER_WORD}[ \\t]*:|(?:${SHORT_NUMBER_WORD}|${LONG_NUMBER_WORD})(?:[ \\t]*/[ \\t]*(?:${SHORT_NUMBER_WORD}|${LONG_NUMBER_WORD}))*[ \\t]*:|${LONG_NUMBER_WORD}[ \\t]*\\n(?=[ \\t]*\\S+[ \\t]*$))[ \\t]*(?:\\.{3,}[ \\t]*|\\|[ \\t]*)?`,
  'gmu',
);
/**
 * "Document no." ("Doc. No.") names the document's own number with no invoice title over it too, as a bill or a
 * statement has it ("| Document no.     | BT-2603-0448172 |" under "Business bill").
 */
// Abbreviated too: "Doc. No.: GW-26-0311" (a scan's "D0c. N0.:" folds to it).
const DOCUMENT_NUMBER_LABEL = new RegExp(`(?:^|(?<=\\s{2}|\\t|\\|[ \\t]))${foldPattern('doc(?:ument|\\.)[ \\t]*(?:no\\.?|number|#)')}[ \\t]*:?[ \\t]*(?:\\.{3,}[ \\t]*|\\|[ \\t]*)?`, 'gmu');
/** A document that says it is something else: its number is not an invoice's ("LIEFERSCHEIN", "Delivery note", "Quotation"). */
const OTHER_DOCUMENT = new RegExp(
  `(?<![\\p{L}])${foldPattern('(?:lieferschein|delivery\\s+note|packing\\s+(?:slip|list)|quot(?:e|ation)|angebot|devis|order\\s+confirmation|statement|remittance|receipt|credit\\s+note)')}(?![\\p{L}])`,
  'u',
);

/** A date column's heading, in the seven languages. */
const DATE_HEADING = foldPattern('(?:date|dated|datum|data|fecha|issued|due|fällig|échéance|scadenza|vencimiento|vervaldatum|vencimento)');
/**
 * "Number" heading a column of a header row beside a date column, under an "INVOICE" title:
 * "Numero        Data           Scadenza" over "118/2026      10/03/2026     30/04/2026";
 * so does an accounting system's "Document No." beside its "Document date" ("Beleg-Nr.   Datum").
 */
const BARE_NUMBER_HEADING = new RegExp(
  `(?:^|(?<=\\s{2}|\\t))(?:${DOCUMENT_NUMBER}|${foldPattern('(?:number|nummer|num(?:éro|ero)|número)')}|n[o0]\\.?|nr\\.?|n\\.?[°º]\\.?)(?=(?:[ \\t]{2,}|\\t)[^\\n]*(?<![\\p{L}])${DATE_HEADING}${WORD_END})`,
  'gimu',
);

function untitledNumbers(text: string, folded: string, lines: Line[], dates: Span[]): Span[] {
  const titled = INVOICE_TITLE.test(folded);
  const found: Span[] = titled ? headingInvoiceNumbers(text, folded, lines, BARE_NUMBER_HEADING, false) : [];
  // "Nummer / Number Datum / Date" flattened to single blanks: the token before the row's first date (see the file).
  if (!found.length) found.push(...flatBareHeadingNumbers(text, folded, lines, dates, titled, (offset) => referenceAt(text, offset, false)));
  if (!titled && OTHER_DOCUMENT.test(folded)) return found;
  for (const match of folded.matchAll(titled ? BARE_NUMBER_LABEL : DOCUMENT_NUMBER_LABEL)) {
    const reference = referenceAt(text, match.index + match[0].length, false);
    if (reference) found.push(reference);
  }
  return found;
}

/**
 * A value printed before its label, as right-aligned header boxes come out of PDF-to-text:
 * "TL-INV-26-0214 Invoice No:" alone on its line, with the label's colon ending the line; or in a
 * right-hand column after a gap, its label after another gap: "Otterbury Estates LLP   WMS-2603-118   Invoice no.".
 */
const LABEL_AFTER = `(?:${INVOICE_WORD}[ \\t-]*${NUMBER_WORD}|${INVOICE_ABBREVIATION}[ \\t-]*${NUMBER_WORD})`;
const VALUE_BEFORE_LABEL = new RegExp(
  `^(?:[ \\t]*(?<value>[^\\s:]+)[ \\t]+${LABEL_AFTER}[ \\t]*[:：]|(?:[^\\n]*?\\S[ \\t]{2,})?(?<columnValue>[^\\s:]+)[ \\t]{2,}${LABEL_AFTER})[ \\t]*$`,
  'gimu',
);
/** The label glossed in another language, filling the line's last cell: "Rechnungsnummer / Invoice no.", "Número de factura (Invoice no.)". */
const GLOSS = "[\\p{L}' ]{1,30}";
const GLOSSED_LABEL_CELL = new RegExp(
  `^(?:${GLOSS}[ \\t]*/[ \\t]*${LABEL_AFTER}|${LABEL_AFTER}[ \\t]*/[ \\t]*${GLOSS}|${GLOSS}\\([ \\t]*${LABEL_AFTER}[ \\t]*\\))$`,
  'iu',
);

/** A line's last cell (after a column gap) holding a slash or a bracket, as a glossed label does. */
const LAST_CELL_GLOSSED = /(?<=\S)[ \t]{2,}(?=\S)(?<cell>(?:(?![ \t]{2,})[^\t\n])*[/(](?:(?![ \t]{2,})[^\t\n])*?)[ \t]*$/gmu;

/**
 * The same in a right-hand column with its label glossed: "Otterbury Estates LLP   WMS-2603-118   Número
 * de factura (Invoice no.)". Only last cells with a slash or a bracket are tried: one regex trying
 * every split of every line was slow, and so was slicing every line.
 */
function glossedValueBeforeLabel(text: string, folded: string): Span[] {
  const found: Span[] = [];
  for (const match of folded.matchAll(LAST_CELL_GLOSSED)) {
    if (!GLOSSED_LABEL_CELL.test(match.groups?.cell ?? '')) continue;
    const lineStart = folded.lastIndexOf('\n', match.index) + 1;
    const before = folded.slice(lineStart, match.index);
    const valueStart = lineStart + before.search(/\S+$/u);
    const reference = referenceAt(text, valueStart, false);
    if (reference && reference.end === match.index) found.push(reference);
  }
  return found;
}

function valueBeforeLabel(text: string, folded: string): Span[] {
  const found: Span[] = [];
  for (const match of matchesOf(VALUE_BEFORE_LABEL, folded)) {
    const columnValue = match.groups?.columnValue;
    const value = match.groups?.value ?? columnValue ?? '';
    // A column's value is the last word before its label (which, holding no digit, cannot contain it).
    const start = match.index + (columnValue === undefined ? match[0].indexOf(value) : match[0].lastIndexOf(value));
    const reference = referenceAt(text, start, false);
    if (reference && reference.end === start + value.length) found.push(reference);
  }
  return found.concat(glossedValueBeforeLabel(text, folded));
}

/**
 * "Amount of this invoice: 3 100,00", "Montant de la facture :", "Total this invoice  121.61": the invoice
 * word names an amount, not a number. Folded, as the text it is tried on is ("T0TAL THIS lNVOICE").
 */
const AMOUNT_OF = new RegExp(
  `${foldPattern('(?:amount|total|sum|montant|somme|betrag|importe|importo|valor|bedrag)')}\\s+(?:${foldPattern('(?:of|de|di|da|van)')}\\s+)?(?:${foldPattern('(?:this|the|la|cette|dieser|der|della|questa|esta|desta|deze)')})?\\s*$`,
  'u',
);

/**
 * The reference a payer is asked to quote with the transfer, in prose: "merci d'indiquer la référence
 * FA-2026-0311", "please quote reference QS-118 with your payment", "bitte geben Sie die Referenz R-77 an".
 * Read only when no label names the invoice's number: it is then the number the invoice goes by.
 */
const QUOTED_REFERENCE = new RegExp(
  `(?<![\\p{L}])(?:${foldPattern('(?:(?:please|kindly)\\s+(?:quote|state|use)|(?:quote|quoting|indiquer|mentionner|rappeler|angeben|indicare|indicar|vermelden)\\s+(?:la|le|our|the|this|notre|die|den|il|el|de|onze))')})[ \\t]+(?:${foldPattern('(?:invoice\\s+|payment\\s+)?(?:reference|ref\\.?|referenz|riferimento|referencia|referentie)')})[ \\t:]+`,
  'giu',
);

function quotedReferences(text: string, folded: string): Span[] {
  const found: Span[] = [];
  for (const match of folded.matchAll(QUOTED_REFERENCE)) {
    const reference = referenceAt(text, match.index + match[0].length, false);
    // A reference with letters and digits ("FA-2026-0311"), not a bare account or customer number.
    if (reference && /\p{L}/u.test(reference.text) && /[-/]/u.test(reference.text)) found.push(reference);
  }
  return found;
}

/**
 * A label line alone: an invoice word, perhaps with its number word ("Facture", "Invoice No."), or a
 * number word alone ("Numero", "Nr."); not a reference word ("Ref."), which names other numbers too. Folded.
 */
const BARE_NUMBER_WORD = `(?:${SHORT_NUMBER_WORD}|${LONG_NUMBER_WORD})`;
const NUMBER_LABEL_LINE = new RegExp(`^(?:${INVOICE_WORD}(?:[ \\t-]*${NUMBER_WORD})?|${BARE_NUMBER_WORD}(?:[ \\t]*(?:de|da|der)?[ \\t]*${INVOICE_WORD})?)[ \\t]*[:.]?$`, 'iu');
const BARE_NUMBER_LINE = new RegExp(`^${BARE_NUMBER_WORD}[ \\t]*[:.]?$`, 'iu');

function glossReaders(text: string): GlossReaders {
  return {
    isNumberLabel: (line) => NUMBER_LABEL_LINE.test(line),
    isBareNumberWord: (line) => BARE_NUMBER_LINE.test(line),
    referenceAt: (offset) => referenceAt(text, offset, true),
  };
}

export function findInvoiceNumbers(text: string, lines: Line[], dates: Span[], folded = foldText(text)): Span[] {
  const found: Span[] = headingInvoiceNumbers(text, folded, lines, INVOICE_NUMBER_HEADING, true, dates);
  for (const match of matchesOf(INVOICE_NUMBER_LABEL, folded)) {
    if (AMOUNT_OF.test(folded.slice(Math.max(0, match.index - 32), match.index))) continue;
    // An abbreviation is read only with its number word ("lnv. N0." over its value).
    const numberWord = match.groups?.numberWord !== undefined || match.groups?.abbreviated !== undefined;
    // "Invoice" alone ends a title line ("Meadowlark Veterinary Clinic Invoice"); what opens the
    // next line is an address, not its number. "Invoice no" over its value is a label.
    if (!numberWord && match[0].includes('\n') && !/[:：#]/u.test(match[0])) continue;
    // A title opening its line may carry a series: "FATURA FT 2025/1442".
    // So may a Portuguese-style number after its invoice word anywhere: "Assunto: Fatura FT 2026/88" (see entity-invoice-number-pt-series).
    const series = numberWord || TITLE_AT_LINE_START.test(folded.slice(Math.max(0, match.index - 24), match.index)) || typeCodeSeriesAt(text, match.index + match[0].length);
    const reference = referenceAt(text, match.index + match[0].length, series);
    // A right-hand column's label reads its value under it, not the next line's left column (see the file).
    if (reference && !(match[0].includes('\n') && valueLeftOfColumnLabel(text, match.index, reference.start, COLUMN_SLACK))) found.push(reference);
  }
  for (const match of text.matchAll(INVOICE_CODE)) found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  found.push(...valueBeforeLabel(text, folded));
  // Greek "Αριθμός τιμολογίου:", Slovak "Číslo faktúry:", Bulgarian "Номер на фактура:" (see the file).
  found.push(...numberFirstLabelNumbers(folded, (offset) => referenceAt(text, offset, true)));
  found.push(...glossedStackNumbers(folded, lines, () => INVOICE_TITLE.test(folded), glossReaders(text)));
  // "OCL/2026/04/07": a date as a reference's tail is part of the number (see entity-invoice-number-dated).
  const labelled = removeOverlaps(found.filter((span) => !overlapsAny(span, dates) || holdsDateAsTail(span, dates)));
  if (labelled.length) return labelled;
  // An "Invoice" heading the right-hand column of a flattened header, its number under it (see the file).
  const underTitle = titleColumnNumbers(folded, lines, TITLE_COLUMN_HEADING, (offset) => referenceAt(text, offset, false)).filter((span) => !overlapsAny(span, dates));
  if (underTitle.length) return underTitle;
  const inTitleBox = flatTitleBoxNumbers(folded, lines, TITLE_LINE_END, FLAT_NUMBER_END, (offset) => referenceAt(text, offset, false)).filter((span) => !overlapsAny(span, dates));
  if (inTitleBox.length) return inTitleBox;
  const untitled = untitledNumbers(text, folded, lines, dates).filter((span) => !overlapsAny(span, dates));
  if (untitled.length) return untitled;
  // "SERIE   NÚMERO" over "A   0004512": the series and the number in cells of their own (see the file).
  const seriesColumn = seriesColumnNumbers(text, lines);
  if (seriesColumn.length) return seriesColumn;
  const quoted = quotedReferences(text, folded).filter((span) => !overlapsAny(span, dates));
  if (quoted.length) return quoted;
  // A CFDI's "Serie y folio:", a letter's "Our ref.:" (see the file).
  const otherLabelled = otherLabelNumbers(text, folded, (offset) => referenceAt(text, offset, false)).filter((span) => !overlapsAny(span, dates));
  // Failing all those, a Peruvian series and correlative under the RUC (see the file).
  return otherLabelled.length ? otherLabelled : peruvianSeriesNumbers(text);
}
