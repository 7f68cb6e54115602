/**
 * What an amount is (total, subtotal, tax, paid, balance...), by the words before it, in English,
 * German, French, Italian, Spanish, Dutch and Portuguese, the Nordic languages, Polish and the
 * languages of `entity-labels-more`. Split from `entity-labels`, which applies them, as the date
 * rules are in `entity-date-labels`.
 */
import {
  CAPITAL_LABELS,
  MORE_PAID_LABELS,
  MORE_PLAIN_TOTAL_LABELS,
  MORE_SUBTOTAL_LABELS,
  MORE_TAX_LABELS,
  MORE_TOTAL_LABELS,
  PREVIOUS_BALANCE_LABELS,
} from './entity-labels-more';
import { ASIAN_TOTAL_LABELS } from './entity-labels-asian-sums';
// Croatian, Slovenian, Estonian, Lithuanian and Icelandic: "Ukupno za platiti", "Osnova za DDV", "KM 24 %", "Samtals" (see the file).
import {
  ADRIATIC_BALTIC_PLAIN_TOTAL_LABELS,
  ADRIATIC_BALTIC_SUBTOTAL_LABELS,
  ADRIATIC_BALTIC_TAX_LABELS,
  ADRIATIC_BALTIC_TOTAL_LABELS,
} from './entity-labels-adriatic-baltic';
import { TAX_BASE_LABELS } from './entity-labels-tax-base';
import { proseSumLabels } from './entity-labels-prose-sums';
import { keywords, WORD_END, type LabelRule } from './entity-text';
// Catalan "Base imposable", Andorra's "IGI", the Canaries' "IGIC" (see the file).
import { IBERIAN_SUBTOTAL_LABELS, IBERIAN_TAX_LABELS } from './entity-labels-iberian';
// "VATable Sales": the Philippine invoice's net (see the file).
import { PHILIPPINE_SUBTOTAL_LABELS } from './entity-labels-philippines';

/** A currency at most between a prose cue and its figure, and then the figure: "for EUR 1,140.00", "amount $640.00". */
const CURRENCY_BEFORE = '\\s*(?:eur|chf|usd|gbp|cad|aud|sek|dkk|nok|jpy|inr|€|\\$|£|fr\\.)?\\s*$';

const E = WORD_END;
/** The advance return named after the tax: "Umsatzsteuervoranmeldungen", "USt-Voranmeldung" (a filing billed, not the tax). */
const TAX_RETURN = 'voranmeldung';

/** Ordered by priority for labels starting at the same place ("Total HT" is a subtotal, not a total). */
export const AMOUNT_LABEL_RULES: LabelRule[] = [
  { label: 'capital', pattern: keywords(CAPITAL_LABELS) },
  {
    label: 'subtotal',
    pattern: keywords([
      `sub[-\\s]?total${E}`, 'subtotaal', 'zwischensumme', 'netto', 'summe\\s+netto', 'total\\s+(?:HT|hors\\s+tax|net|excl|before\\s+tax|sin\\s+IVA|ilíquido|iliquido|sem\\s+IVA)',
      `montant\\s+(?:HT|net)${E}`, 'net\\s+amount', 'net\\s+total', `net${E}`, 'taxable\\s+amount', 'amount\\s+before\\s+tax', 'base\\s+imponible', 'imponibile', 'subtotale',
      'totaal\\s+excl', 'base\\s+(?:tributável|tributavel|imponível)',
      // "Totale imponibile", "Total base imponible", "Total tributável": the taxable net summed over the rates, not the total a plain "Totale" would make it.
      `total[e]?\\s+(?:base\\s+)?(?:imponibile|imponible|tributável|tributavel)${E}`,
      // "Base 19%: 900,00" heading a tax summary's line: the base of that rate (only right before its rate, so "Base plate" stays an item).
      'base(?=[ \\t]*\\d{1,2}(?:[.,]\\d{1,2})?[ \\t]*%)',
      // Belgian and Dutch "Maatstaf (van heffing)": the taxable base, the net.
      `maatstaf(?:\\s+van\\s+heffing)?${E}`,
      // British "Nett", and the goods' value before carriage and VAT ("Goods  1,046.52", "Warenwert"),
      // the latter only as a label standing alone before its figure, so an item "Goods as ordered" stays one.
      `nett${E}`, `(?:total\\s+)?(?:goods|merchandise)(?:\\s+(?:total|value|net))?(?=\\s*:?${CURRENCY_BEFORE})`, 'warenwert', 'total\\s+marchandises?', 'valeur\\s+(?:des\\s+)?marchandises?',
      '(?:total|summe|summa|sum|betrag|gesamt)\\s+(?:exkl|excl|ohne|hors|sin|senza|sem|zonder|utan|uden|uten)', 'razem\\s+netto', 'wartość\\s+netto', 'netto\\s+(?:razem|summa|sum)', ...MORE_SUBTOTAL_LABELS, ...IBERIAN_SUBTOTAL_LABELS, ...PHILIPPINE_SUBTOTAL_LABELS,
      ...ADRIATIC_BALTIC_SUBTOTAL_LABELS, ...TAX_BASE_LABELS,
      // Norwegian and Danish "eks."/"ekskl.": "Sum eks. MVA", "Total ekskl. moms", "Beløb ekskl. moms" (the amount), the net before tax
      // ("Sum ekstra arbeid" is no such label).
      `(?:total|sum|summa|beløb|beløp)\\s+eks(?:kl)?${E}`,
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
      // A sentence of its own that sums the items before it: "That makes €1,556.40 in total", "This comes to £640.00".
      `(?:that|this)\\s+(?:makes|comes\\s+to|brings\\s+(?:it|the\\s+total)\\s+to)(?:\\s+(?:a\\s+)?(?:total|sum)\\s+of)?(?=${CURRENCY_BEFORE})`,
      `(?:(?<=,[ \\t]{0,3})|(?:for|of)\\s+(?:an?\\s+|the\\s+)?)amount(?=${CURRENCY_BEFORE})`, `invoice\\s[^\\n]{0,80}?\\sfor(?=${CURRENCY_BEFORE})`, 'you\\s+owe(?:\\s+us)?', 'amount\\s+owed',
      'total\\s+credit', 'credit\\s+total', 'amount\\s+credited', 'gutschriftsbetrag', 'erstattungsbetrag', "montant\\s+de\\s+l['’]avoir", 'totale\\s+nota\\s+di\\s+credito', ...MORE_TOTAL_LABELS, ...ASIAN_TOTAL_LABELS,
      ...proseSumLabels(CURRENCY_BEFORE),
      ...ADRIATIC_BALTIC_TOTAL_LABELS,
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
      // An advance return filed for the tax is a service billed, not the tax: "Umsatzsteuervoranmeldungen  3 à 65,00".
      `VAT${E}`, `tax(?:es)?${E}`, 'MwSt', 'Mehrwertsteuer', `USt${E}(?!-?${TAX_RETURN})`, `Umsatzsteuer(?!-?${TAX_RETURN})`, `TVA${E}`, `GST${E}`, `HST${E}`, `IVA${E}`, `BTW${E}`, `[ICS]GST${E}`, `QST${E}`, `PST${E}`, 'imposto',
      `ICMS${E}`, `ISS${E}`, `IPI${E}`, 'moms', `MVA${E}`, `ALV${E}`, `MWST${E}`, ...MORE_TAX_LABELS, ...IBERIAN_TAX_LABELS,
      ...ADRIATIC_BALTIC_TAX_LABELS,
    ]),
  },
  // "Total GST 15%", "Total MVA": the tax's own total, not the invoice's (the tax rule above reads it).
  { label: 'total', pattern: keywords([`total[e]?${E}(?!\\s*(?:VAT|tax|MwSt|TVA|USt|IVA|BTW|GST|HST|MVA|moms)${E})`, `totaal${E}`, `summe${E}`, `summa${E}`, `razem${E}`, ...MORE_PLAIN_TOTAL_LABELS, ...ADRIATIC_BALTIC_PLAIN_TOTAL_LABELS]) },
  { label: 'discount', pattern: keywords(['discount', 'rabatt', 'skonto', 'nachlass', 'remise', 'descuento', 'sconto', 'korting', 'desconto', 'rebate'].map((word) => `${word}s?${E}`)) },
  {
    label: 'paid',
    pattern: keywords([
      `paid${E}`, 'payment\\s+received', `deposit${E}`, 'bezahlt', 'anzahlung', 'acompte', 'déjà\\s+payé', 'pagato', 'acconto', 'anticipo', `pagado${E}`,
      'betaald', 'aanbetaling', `pago${E}`, 'adiantamento', `sinal${E}`, 'less\\s+deposit',
    ]),
  },
];
