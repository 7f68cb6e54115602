/**
 * What a date or an amount is (issue/due date, total/tax...), read from the words just before it on
 * its line, or from a header line right above a line that holds only values (table layouts).
 * Keywords cover English, German, French, Italian, Spanish, Dutch and Portuguese business documents,
 * and tolerate OCR damage (see `keywords`).
 */
import { CURRENCY_CODES } from './entity-amounts';
import { foldPattern, foldText } from './entity-ocr';
import { DATE_LABEL_RULES, GENERIC_DATE_RULES } from './entity-date-labels';
import {
  CAPITAL_LABELS,
  MORE_PAID_LABELS,
  MORE_PLAIN_TOTAL_LABELS,
  MORE_SUBTOTAL_LABELS,
  MORE_TAX_LABELS,
  MORE_TOTAL_LABELS,
  PREVIOUS_BALANCE_LABELS,
} from './entity-labels-more';
import { hasLetters, keywordHits, type KeywordHit, keywords, lineIndexAt, WORD_END, type LabelRule, type Line, type Span } from './entity-text';

export { DATE_LABEL_RULES };

/** A currency at most between a prose cue and its figure, and then the figure: "for EUR 1,140.00", "amount $640.00". */
const CURRENCY_BEFORE = '\\s*(?:eur|chf|usd|gbp|cad|aud|sek|dkk|nok|jpy|inr|€|\\$|£|fr\\.)?\\s*$';

const E = WORD_END;

/**
 * "Köln, den 15.04.2025", "Winterthur, 09.04.2025", "Padova, lì 12 luglio 2025": a place and a
 * date, where letters are dated (the issue date of an invoice, the signing date of a contract).
 */
const PLACE_AND_DATE = /(?:^|\s{2,})\p{Lu}[\p{L}' .-]{1,30},[ \t]*(?:(?:den|le|lì|li|il|el|a|am|on|em|op)[ \t]+)?$/u;

/** Ordered by priority for labels starting at the same place ("Total HT" is a subtotal, not a total). */
export const AMOUNT_LABEL_RULES: LabelRule[] = [
  { label: 'capital', pattern: keywords(CAPITAL_LABELS) },
  {
    label: 'subtotal',
    pattern: keywords([
      `sub[-\\s]?total${E}`, 'subtotaal', 'zwischensumme', 'netto', 'summe\\s+netto', 'total\\s+(?:HT|hors\\s+tax|net|excl|before\\s+tax|sin\\s+IVA|ilíquido|iliquido|sem\\s+IVA)',
      `montant\\s+(?:HT|net)${E}`, 'net\\s+amount', 'net\\s+total', `net${E}`, 'taxable\\s+amount', 'amount\\s+before\\s+tax', 'base\\s+imponible', 'imponibile', 'subtotale',
      'totaal\\s+excl', 'base\\s+(?:tributável|tributavel|imponível)',
      // British "Nett", and the goods' value before carriage and VAT ("Goods  1,046.52", "Warenwert"),
      // the latter only as a label standing alone before its figure, so an item "Goods as ordered" stays one.
      `nett${E}`, `(?:total\\s+)?(?:goods|merchandise)(?:\\s+(?:total|value|net))?(?=\\s*:?${CURRENCY_BEFORE})`, 'warenwert', 'total\\s+marchandises?', 'valeur\\s+(?:des\\s+)?marchandises?',
      '(?:total|summe|summa|sum|betrag|gesamt)\\s+(?:exkl|excl|ohne|hors|sin|senza|sem|zonder|utan|uden|uten)', 'razem\\s+netto', 'wartość\\s+netto', 'netto\\s+(?:razem|summa|sum)', ...MORE_SUBTOTAL_LABELS,
    ]),
  },
  {
    label: 'total',
    pattern: keywords([
      'grand\\s+total', 'total\\s+(?:TTC|due|amount|incl|inc\\.|payable|à\\s+payer|to\\s+pay|gross)', 'amount\\s+(?:due|payable)', 'invoice\\s+total',
      'gesamt', 'rechnungsbetrag', 'r[eg]\\.?[ \\t]*-?[ \\t]*betrag', 'endbetrag', 'brutto', 'zu\\s+zahlen', 'zahlbetrag', `montant\\s+(?:total|TTC|dû|du)${E}`, 'net\\s+à\\s+payer',
      'total\\s+(?:factura|a\\s+pagar)', 'importe\\s+(?:total|a\\s+pagar)', 'totale\\s+(?:fattura|documento|da\\s+pagare|complessivo)',
      'totaal\\s+(?:te\\s+betalen|incl)', 'totaalbedrag', 'te\\s+betalen', 'valor\\s+total', 'total\\s+(?:geral|com\\s+IVA)',
      'invoice\\s+(?:value|sum)', 'rechnungswert', 'valeur\\s+de\\s+la\\s+facture', 'valore\\s+(?:della\\s+)?fattura', 'valor\\s+de\\s+la\\s+factura', 'factuurwaarde', 'valor\\s+da\\s+fatura',
      'invoice\\s+amount', 'due\\s+amount', 'amount\\s+to\\s+pay', 'net\\s+payable', 'in\\s+the\\s+amount\\s+of', 'for\\s+the\\s+sum\\s+of', 'please\\s+(?:pay|remit)',
      'rechnungssumme', 'endsumme', 'montant\\s+à\\s+régler', 'total\\s+à\\s+régler', 'somme\\s+due', 'importo\\s+(?:totale|da\\s+pagare)', 'eindtotaal', 'valor\\s+a\\s+pagar',
      // Credit notes: "Total credit", "Gutschriftsbetrag", "Montant de l'avoir".
      'att\\s+betala', `i\\s+alt${E}`, `totalt${E}`, 'å\\s+betale', 'at\\s+betale', 'do\\s+zapłaty', 'razem\\s+brutto', 'summa\\s+att\\s+betala', 'total\\s+a\\s+pagar',
      // "Amount of this invoice", "Montant de cette facture", "Importe de la factura", "Factuurbedrag".
      'amount\\s+of\\s+(?:this|the)\\s+invoice', 'betrag\\s+dieser\\s+rechnung', 'montant\\s+de\\s+(?:la|cette)\\s+facture', 'importo\\s+(?:della|di\\s+questa)\\s+fattura',
      'importe\\s+de\\s+(?:la|esta)\\s+factura', 'factuurbedrag', 'bedrag\\s+van\\s+deze\\s+factuur', 'valor\\s+(?:da|desta)\\s+fatura',
      // In prose: "The sum of €1,480.00 is payable", "Der Betrag von ...", "La somme de ...", "Het bedrag van ...".
      'the\\s+(?:total\\s+)?sum\\s+of', 'the\\s+total\\s+amount\\s+of', 'die\\s+summe\\s+von', 'der\\s+(?:gesamt)?betrag\\s+von', 'la\\s+somme\\s+de', 'le\\s+montant\\s+total\\s+de',
      "l['’]importo\\s+(?:totale\\s+)?di", 'la\\s+suma\\s+de', 'el\\s+importe\\s+total\\s+de', 'het\\s+(?:totale\\s+)?bedrag\\s+van', 'o\\s+valor\\s+total\\s+de', 'a\\s+quantia\\s+de',
      // "por importe de", "pour un montant de", "per un importo di", "im Betrag von", "ten bedrage van", "no valor de".
      'for\\s+the\\s+amount\\s+of', 'por\\s+(?:un\\s+)?importe\\s+(?:total\\s+)?de', '(?:pour\\s+un|d[\'’]un)\\s+montant\\s+(?:total\\s+)?de', 'per\\s+un\\s+importo\\s+(?:totale\\s+)?di',
      '(?:im|über\\s+einen)\\s+(?:gesamt)?betrag\\s+von', 'über(?=\\s*(?:eur|chf|€|fr\\.)?\\s*$)', 'in\\s+höhe\\s+von', '(?:ten\\s+bedrage|voor\\s+een\\s+(?:totaal)?bedrag)\\s+van', 'no\\s+(?:valor|montante)\\s+(?:total\\s+)?de',
      // Mail prose: "our invoice 2026-0342 ..., amount CHF 3'120.00", "our invoice X of 12 January 2026 for EUR 1,140.00", "You owe $185.00".
      // A sum in prose: "plus VAT of £425.00, making £2,550.00 in all", "totalling €1,200.00", "bringing the total to $80.00".
      // After a comma only, so that a row such as "Cabinet making   £1,200.00" stays an item.
      `(?:(?<=,[ \\t]{0,3})(?:which\\s+makes|making|totall?ing|coming\\s+to)|bringing\\s+(?:it|the\\s+total|the\\s+invoice)\\s+to)(?:\\s+(?:a\\s+)?(?:total|sum)\\s+of)?(?=${CURRENCY_BEFORE})`,
      `(?:(?<=,[ \\t]{0,3})|(?:for|of)\\s+(?:an?\\s+|the\\s+)?)amount(?=${CURRENCY_BEFORE})`, `invoice\\s[^\\n]{0,80}?\\sfor(?=${CURRENCY_BEFORE})`, 'you\\s+owe(?:\\s+us)?', 'amount\\s+owed',
      'total\\s+credit', 'credit\\s+total', 'amount\\s+credited', 'gutschriftsbetrag', 'erstattungsbetrag', "montant\\s+de\\s+l['’]avoir", 'totale\\s+nota\\s+di\\s+credito', ...MORE_TOTAL_LABELS,
    ]),
  },
  {
    // Payments already made, ranked above the plain "Total" so that "Total paid" is a payment.
    label: 'paid',
    pattern: keywords([
      'total\\s+paid', 'amount\\s+paid', 'already\\s+paid', 'paid\\s+to\\s+date', 'total\\s+(?:received|payments?)', 'payments?\\s+received', 'less\\s+(?:payment|deposit)',
      'bereits\\s+(?:bezahlt|gezahlt)', 'déjà\\s+(?:payé|réglé)', 'già\\s+pagato', 'ya\\s+pagado', 'reeds\\s+betaald', 'já\\s+pago', ...MORE_PAID_LABELS,
    ]),
  },
  // Owed from earlier bills: neither this invoice's total nor what is left of it.
  { label: 'previous', pattern: keywords(PREVIOUS_BALANCE_LABELS) },
  {
    // What is still owed after payments: the total only when the invoice states no other.
    label: 'balance',
    pattern: keywords([
      'balance\\s+(?:due|outstanding|to\\s+pay|remaining)', `balance${E}`, `outstanding${E}`, 'amount\\s+outstanding', 'remaining\\s+balance', 'restbetrag', 'offener\\s+betrag', 'noch\\s+zu\\s+zahlen',
      `solde${E}`, `saldo${E}`, 'netto\\s+a\\s+pagare', 'neto\\s+a\\s+pagar', 'líquido\\s+a\\s+pagar', 'reste\\s+à\\s+payer', 'saldo\\s+(?:da\\s+pagare|pendiente|a\\s+pagar|em\\s+dívida|te\\s+betalen)', 'importe\\s+pendiente', 'openstaand',
    ]),
  },
  {
    // Charged for paying late, on a reminder, after the invoice's own total: not one of its items.
    label: 'fee',
    pattern: keywords([
      'mahngebühr(?:en)?', 'mahnkosten', 'mahnspesen', 'verzugszinsen', 'verzugspauschale', 'late\\s+(?:payment\\s+)?(?:fee|charge|interest|penalty)', 'reminder\\s+(?:fee|charge)',
      'interest\\s+on\\s+late\\s+payment', 'frais\\s+de\\s+(?:relance|rappel|retard|recouvrement)', 'indemnité\\s+forfaitaire', 'pénalités?\\s+de\\s+retard', 'intérêts\\s+de\\s+retard',
      'spese\\s+(?:di\\s+)?sollecito', 'interessi\\s+(?:di\\s+)?mora', 'intereses\\s+de\\s+demora', 'recargo\\s+por\\s+(?:demora|mora)', 'gastos\\s+de\\s+(?:reclamación|reclamacion|recobro)',
      'aanmaningskosten', 'herinneringskosten', 'incassokosten', 'wettelijke\\s+rente', 'juros\\s+de\\s+mora', 'multa\\s+por\\s+atraso',
    ]),
  },
  {
    // Withheld and so subtracted, whatever its sign: "Retención IRPF 15%", "Ritenuta d'acconto 20%".
    label: 'withholding',
    pattern: keywords(['withholding', 'retención', 'retencion', `IRPF${E}`, 'ritenuta', 'retenção', 'retencao', 'quellensteuer']),
  },
  {
    label: 'tax',
    pattern: keywords([
      `VAT${E}`, `tax(?:es)?${E}`, 'MwSt', 'Mehrwertsteuer', `USt${E}`, 'Umsatzsteuer', `TVA${E}`, `GST${E}`, `HST${E}`, `IVA${E}`, `BTW${E}`, `[ICS]GST${E}`, `QST${E}`, `PST${E}`, 'imposto',
      `ICMS${E}`, `ISS${E}`, `IPI${E}`, 'moms', `MVA${E}`, `ALV${E}`, `MWST${E}`, ...MORE_TAX_LABELS,
    ]),
  },
  { label: 'total', pattern: keywords([`total[e]?${E}(?!\\s*(?:VAT|tax|MwSt|TVA|USt|IVA|BTW)${E})`, `totaal${E}`, `summe${E}`, `summa${E}`, `razem${E}`, ...MORE_PLAIN_TOTAL_LABELS]) },
  { label: 'discount', pattern: keywords(['discount', 'rabatt', 'skonto', 'nachlass', 'remise', 'descuento', 'sconto', 'korting', 'desconto', 'rebate'].map((word) => `${word}s?${E}`)) },
  {
    label: 'paid',
    pattern: keywords([
      `paid${E}`, 'payment\\s+received', `deposit${E}`, 'bezahlt', 'anzahlung', 'acompte', 'déjà\\s+payé', 'pagato', 'acconto', 'anticipo', `pagado${E}`,
      'betaald', 'aanbetaling', `pago${E}`, 'adiantamento', `sinal${E}`, 'less\\s+deposit',
    ]),
  },
];

const MAX_WORDS_TO_DATE = 8;
const WORD = /\p{L}{2,}/gu;

function wordsBetween(context: string, from: number): number {
  return context.slice(from).match(WORD)?.length ?? 0;
}

/** For dates the closest keyword wins ("Issued 1 May, due 30 May"); "Date" alone is the weakest hint. */
function chooseDateLabel(context: string, folded = foldText(context)): string | undefined {
  const specific = keywordHits(folded, DATE_LABEL_RULES, true);
  if (specific.length) {
    let closest = specific.reduce((best, hit) => (hit.end > best.end ? hit : best));
    // "Invoice date / Date of supply: 10 March": one date under two names, of which the issue date is the invoice's.
    const issue = specific.find((hit) => hit.label === 'issue');
    if (issue && closest.label !== 'issue' && /^[ \t]*\/[ \t]*$/u.test(folded.slice(issue.end, closest.start))) closest = issue;
    // A keyword a whole clause before the date is about something else: "issued by X to Y and
    // cancels part of invoice 61 of February 28" says nothing of when February 28 was.
    if (wordsBetween(folded, closest.end) <= MAX_WORDS_TO_DATE) return closest.label;
  }
  if (PLACE_AND_DATE.test(context)) return 'place';
  return keywordHits(folded, GENERIC_DATE_RULES, true)[0]?.label;
}

/** "Total hours: 12.50", "Total qty 40.00": counts right after the label are not money ("Total for 3 days: 900.00" is). */
const COUNTED_UNITS =
  /^[\s(:]*(?:of\s+)?(?:hours?|hrs?|qty|quantity|items?|units?|pcs|pieces|days|words|pages|kg|km|miles|stunden|std|menge|stück|heures|jours|quantité|horas|días|cantidad|ore|giorni|quantità|uren|dagen|aantal|dias|quantidade)(?![\p{L}])/iu;

/** "Amount: £450.00", "Betrag: 500,00 €" opening a line: an amount that may be the total when nothing else is. */
const PLAIN_AMOUNT = /^[\s*_-]*(?:amount|betrag|montant|importe|importo|bedrag|valor|total\s+amount)[\s*_]*[:：][\s*_]*\S{0,4}\s*$/iu;

/** Words that deny the tax named after them: "(no VAT)", "without VAT", "ohne MwSt.", "sans TVA", "senza IVA", "zonder BTW". */
const NO_TAX_BEFORE = /(?<![\p{L}])(?:no|not|without|ohne|keine|sans|senza|sin|zonder|geen|sem)[ \t]+$/u;

/** What a tax adviser does, after the tax's name: "tax returns", "VAT advice", "tax planning". Folded, as the text is. */
const TAX_SERVICE_AFTER = new RegExp(`^[ \\t-]*${foldPattern('(?:returns?|advice|planning|filing|registration|preparation|compliance|investigation|enquiry|consult)')}(?![\\p{L}])`, 'u');

/** For amounts the first keyword wins, so "Total incl. VAT" is a total and "VAT on net" a tax. */
function chooseAmountLabel(context: string, folded = foldText(context)): string | undefined {
  // "Disbursements (no VAT): Land Registry fee": a tax said to be absent labels nothing.
  // "Personal tax returns x2", "VAT return, quarter to Feb": a service about tax, an item.
  const hits = keywordHits(folded, AMOUNT_LABEL_RULES, true).filter(
    (hit) => hit.label !== 'tax' || !(NO_TAX_BEFORE.test(folded.slice(Math.max(0, hit.start - 12), hit.start)) || TAX_SERVICE_AFTER.test(folded.slice(hit.end, hit.end + 16))),
  );
  if (!hits.length) return PLAIN_AMOUNT.test(context) ? 'amount' : undefined;
  // Share capital outranks a tax number before it on the legal line ("P.IVA 0981 - Cap. Soc. EUR 50.000").
  if (hits.some((hit) => hit.label === 'capital')) return 'capital';
  // The first keyword wins; of two starting together the longer, more specific one ("Net à payer" over "Net"), then the higher rule.
  const length = (hit: KeywordHit): number => hit.end - hit.start;
  const first = hits.reduce((best, hit) =>
    hit.start < best.start || (hit.start === best.start && (length(hit) > length(best) || (length(hit) === length(best) && hit.rank < best.rank))) ? hit : best,
  );
  return COUNTED_UNITS.test(context.slice(first.end)) ? 'quantity' : first.label;
}

interface HeaderColumn {
  label: string;
  /** Where the column's heading starts on its line. */
  start: number;
}

/** Column headers in reading order, one label per column ("Invoice date   Due date"). */
/** Column gaps in a header row: two blanks or more, a tab, a bar. */
const HEADER_GAP = /[ ]{2,}|\t|\|/u;

function headerLabels(foldedHeader: string, kind: LabelKind): HeaderColumn[] {
  // Where the header has gaps, each of its columns is labelled on its own, as a label before a value is.
  if (HEADER_GAP.test(foldedHeader.trim())) {
    const columns: HeaderColumn[] = [];
    for (const segment of foldedHeader.matchAll(/[^\t|]+?(?=[ ]{2,}|\t|\||$)/gu)) {
      const text = segment[0];
      const label = text.trim() ? kind.choose(text, text) : undefined;
      if (label) columns.push({ label, start: segment.index + (text.length - text.trimStart().length) });
    }
    return columns;
  }
  return hitColumns(foldedHeader, kind.rules);
}

function hitColumns(foldedHeader: string, rules: LabelRule[]): HeaderColumn[] {
  const hits = keywordHits(foldedHeader, rules, true).sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const columns: HeaderColumn[] = [];
  let lastEnd = -2;
  for (const hit of hits) {
    // Overlapping hits name one column, and so do adjacent ones when the second is the generic
    // last rule ("Due" + "date"), but not "Invoice date Due date" written with single blanks.
    if (hit.start < lastEnd || (hit.start <= lastEnd + 1 && hit.rank === rules.length - 1)) {
      lastEnd = Math.max(lastEnd, hit.end);
      continue;
    }
    columns.push({ label: hit.label, start: hit.start });
    lastEnd = hit.end;
  }
  return columns;
}

/** OCR and hand-made tables drift by a character or two. */
const COLUMN_SLACK = 2;

/** The header column a value stands under: the last heading starting at or before it, if it starts close. */
function columnAt(columns: HeaderColumn[], offset: number): string | undefined {
  const candidates = columns.filter((column) => column.start <= offset + COLUMN_SLACK);
  const column = candidates[candidates.length - 1];
  return column && offset - column.start <= COLUMN_SLACK ? column.label : undefined;
}

interface LabelKind {
  /** `folded` is `foldText(context)`, when the caller has it already. */
  choose(context: string, folded?: string): string | undefined;
  rules: LabelRule[];
  /**
   * Whether a header may label the values of a line that also holds words, by column position
   * ("AOS-55102   05/14/2025   06/13/2025" under "Invoice Number   Invoice Date   Due Date").
   * Not for amounts: a line item under "Item  Qty  Tax  Total" would turn into a tax and a total.
   */
  byPosition: boolean;
}

export const DATE_LABELS: LabelKind = { choose: chooseDateLabel, rules: [...DATE_LABEL_RULES, ...GENERIC_DATE_RULES], byPosition: true };
export const AMOUNT_LABELS: LabelKind = { choose: chooseAmountLabel, rules: AMOUNT_LABEL_RULES, byPosition: false };

/** One label (or undefined) per item; `items` must be sorted by start; `folded` is `foldText` of the whole text. */
export function labelItems(lines: Line[], items: Span[], kind: LabelKind, folded: string): (string | undefined)[] {
  const byLine = new Map<number, Span[]>();
  const placed = items.map((item) => {
    const lineNo = lineIndexAt(lines, item.start);
    const group = byLine.get(lineNo) ?? [];
    byLine.set(lineNo, group);
    group.push(item);
    return { item, lineNo, position: group.length - 1 };
  });
  const headers = new Map<number, HeaderLayout | null>();
  return placed.map(({ item, lineNo, position }) => {
    const line = lines[lineNo];
    const onLine = byLine.get(lineNo) ?? [];
    if (!line) return undefined;
    const previous = onLine[position - 1];
    const from = previous?.end ?? line.start;
    const before = line.text.slice(from - line.start, item.start - line.start);
    // "@ £19.99 incl. VAT   £59.97": the words say the price before them includes tax; the figure after is the line's.
    if (previous && TAX_INCLUDED.test(before)) return undefined;
    // "EUR 920.00 net. VAT at 23% is EUR 211.60": a word closing the figure's sentence before is that figure's.
    const closing = previous ? (CLOSING_WORD.exec(before)?.[0].length ?? 0) : 0;
    const own = kind.choose(before.slice(closing), folded.slice(from + closing, item.start));
    if (own) return own;
    // A value printed before its label, alone on its line: "03 Apr 2026 Due Date:", "S$2,144.03 Total:",
    // or in a right-hand column, its label after a column gap: "Otterbury Estates LLP   16/03/2026   Invoice date".
    if (!previous && (!before.trim() || /\S[ \t]{2,}$/u.test(before)) && onLine.length === 1) {
      const after = line.text.slice(item.end - line.start);
      if (LABEL_AFTER_VALUE.test(after)) {
        const label = kind.choose(after.replace(/[:：]\s*$/u, ''), folded.slice(item.end, line.end).replace(/[:：]\s*$/u, ''));
        if (label) return label;
      }
    }
    // "Fecha de vencimiento:" with its value on the next line: the label line names it.
    if (!previous && !before.trim()) {
      const above = labelLineAbove(lines, lineNo, byLine);
      const label = above && kind.choose(above.text, folded.slice(above.start, above.end));
      if (label) return label;
    }
    let columns = headers.get(lineNo);
    if (columns === undefined) {
      columns = headerColumns(lines, lineNo, byLine, kind, folded);
      headers.set(lineNo, columns);
    }
    if (!columns) return undefined;
    // Headings and values in the same order, one for one, when the blanks no longer line them up
    // ("Invoice number Invoice date Due date" over "PA-0318 01/04/2025 01/05/2025 30 days").
    const byOrder = columns.columns.length === onLine.length ? columns.columns[position]?.label : undefined;
    if (columns.ownWords) return (columns.gapped ? columnAt(columns.columns, item.start - line.start) : undefined) ?? byOrder;
    if (byOrder) return byOrder;
    // Fewer values than headings: each under its own ("Valuta   Totale documento" over "EUR   1.323,70").
    const under = columns.gapped ? columnAt(columns.columns, item.start - line.start) : undefined;
    if (under) return under;
    // A bilingual heading names one field twice ("Fällig am / Due date:" over "13.04.2025").
    const labels = new Set(columns.columns.map((column) => column.label));
    if (onLine.length === 1 && labels.size === 1) return columns.columns[0]?.label;
    return columns.columns.length === 1 && onLine.length === 1 ? columns.columns[0]?.label : undefined;
  });
}

/** A tax said to be included, right after a figure, and nothing else before the next one. */
const TAX_INCLUDED = /^[ \t]*(?:incl\.?|inc\.?|including|inkl\.?|incluido|incluso|compris|inclusief|incl\.?)[ \t]+(?:VAT|tax|GST|MwSt\.?|USt\.?|IVA|TVA|BTW)[ \t]*$/iu;

/** A word right after a figure that ends its clause ("920.00 net.", "100.00 gross,"), with the blank after it. */
const CLOSING_WORD = /^[ \t]*\p{L}+[.,;][ \t]+/u;

/** The words after a value that label it, ending the line with their colon: " Due Date:". */
const LABEL_AFTER_VALUE = /^(?:[ \t]+\p{L}[\p{L} .'’/()-]{1,30}[:：]|[ \t]{2,}\p{L}[\p{L}\d .'’/()%@-]{1,30})[ \t]*$/u;

/**
 * The line above `lineNo` when it is a label waiting for its value: it holds no values and ends
 * with a colon, or is a short line of words alone ("Issue date" over "21/08/2025"), not a header
 * of several columns.
 */
const SHORT_LABEL_LINE = /^[\s*_#>-]*\p{L}[\p{L} .'’/()-]{1,30}$/u;

function labelLineAbove(lines: Line[], lineNo: number, byLine: Map<number, Span[]>): Line | undefined {
  let aboveNo = lineNo - 1;
  while (aboveNo >= 0 && !lines[aboveNo]?.text.trim()) aboveNo -= 1;
  const above = lines[aboveNo];
  return above && !byLine.has(aboveNo) && (/[:：]\s*$/u.test(above.text) || (SHORT_LABEL_LINE.test(above.text.trimEnd()) && !HEADER_GAP.test(above.text.trim()))) ? above : undefined;
}

interface HeaderLayout {
  columns: HeaderColumn[];
  /** The values line holds words of its own, so values are matched to headings by position. */
  ownWords: boolean;
  /** The header has column gaps; without them positions say nothing and only the order counts. */
  gapped: boolean;
}

const CURRENCY_WORD = new RegExp(`(?<![\\p{L}])(?:${CURRENCY_CODES.join('|')})(?![\\p{L}])`, 'gu');

/** The column labels of the header above a values line; null when there is none, or the line has words and `kind` does not allow that. */
function headerColumns(lines: Line[], lineNo: number, byLine: Map<number, Span[]>, kind: LabelKind, folded: string): HeaderLayout | null {
  const line = lines[lineNo];
  if (!line) return null;
  let rest = '';
  let cursor = line.start;
  for (const span of byLine.get(lineNo) ?? []) {
    rest += line.text.slice(cursor - line.start, span.start - line.start);
    cursor = span.end;
  }
  rest += line.text.slice(cursor - line.start);
  // A currency beside a figure ("EUR 5,780.00" under "Total:") is no words of the line's own.
  const ownWords = hasLetters(rest.replace(CURRENCY_WORD, ''));
  if (ownWords && !kind.byPosition) return null;
  let headerNo = lineNo - 1;
  while (headerNo >= 0 && !lines[headerNo]?.text.trim()) headerNo -= 1;
  const header = lines[headerNo];
  // A line holding values of its own is a row, not a header.
  if (!header || byLine.has(headerNo)) return null;
  const headerText = folded.slice(header.start, header.end);
  return { columns: headerLabels(headerText, kind), ownWords, gapped: HEADER_GAP.test(headerText.trim()) };
}

/**
 * Words after a date that say what it is, for sentences that name the date first: "tritt am
 * 1. April 2025 in Kraft", "1 March 2025 (the "Effective Date")", "läuft am 31.03.2026 ab".
 */
const EFFECTIVE_AFTER = /^[ \t,]*(?:\((?:the\s+)?["“]?(?:effective|commencement|start)\s+date|in\s*kraft|en\s+vigueur|in\s+vigore|en\s+vigor|em\s+vigor|van\s+kracht|wirksam)/iu;
const END_AFTER = /^[ \t,]*(?:\((?:the\s+)?["“]?(?:expiry|expiration|end|termination)\s+date|ab(?=[\s.,;]|$))/iu;

/** Labels for dates their own words do not label, from the words right after them; `labels` is changed in place. */
export function labelDatesByWhatFollows(text: string, dates: Span[], labels: (string | undefined)[]): void {
  dates.forEach((date, i) => {
    if (labels[i] !== undefined) return;
    const next = dates[i + 1];
    const newline = text.indexOf('\n', date.end);
    const after = text.slice(date.end, Math.min(next?.start ?? text.length, newline < 0 ? text.length : newline));
    if (EFFECTIVE_AFTER.test(after)) labels[i] = 'effective';
    else if (END_AFTER.test(after)) labels[i] = 'end';
  });
}

/** What joins the two ends of a period: "1 March 2025 - 28 February 2026", "dal 1° luglio al 30 giugno", OCR's "t0". */
const RANGE_JOIN = /^[ \t]*(?:[-–—]|t[o0]|till|until|through|bis(?:\s+zum)?|au|al|a|hasta(?:\s+el)?|até|tot(?:\s+en\s+met)?|t\/m)[ \t]*$/iu;

/**
 * Dates joined as a period on one line: the first starts it, the second ends it, unless their own
 * words say otherwise. `labels` is changed in place; `dates` must be sorted by start.
 */
export function labelDateRanges(text: string, dates: Span[], labels: (string | undefined)[]): void {
  for (let i = 1; i < dates.length; i += 1) {
    const first = dates[i - 1];
    const second = dates[i];
    if (!first || !second || !RANGE_JOIN.test(text.slice(first.end, second.start))) continue;
    // A period of supply ends within it: "Leistungszeitraum: 01.03.2026 – 31.03.2026".
    if (labels[i - 1] === 'delivery' && labels[i] === undefined) labels[i] = 'delivery';
    if (labels[i - 1] !== undefined && labels[i - 1] !== 'effective') continue;
    if (labels[i] !== undefined) continue;
    labels[i - 1] = 'effective';
    labels[i] = 'end';
  }
}
