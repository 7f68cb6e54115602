/**
 * What a date is (due, effective, end, signed, delivery, order, issue), by the words before it, in
 * English, German, French, Italian, Spanish, Dutch, Portuguese, the Nordic languages, Polish and the
 * languages of `entity-labels-more`. Split from `entity-labels`, which applies them.
 */
import { ISSUE_AFTER_NUMBER, MORE_DELIVERY_LABELS, MORE_DUE_LABELS, MORE_ISSUE_LABELS } from './entity-labels-more';
import { keywords, WORD_END, type LabelRule } from './entity-text';
// "Dafe:", "Dat e:", "Oue:": date labels a scan damaged (see the file).
import { OCR_DATE_LABELS, OCR_DUE_LABELS } from './entity-date-labels-ocr';
// An e-invoice's acknowledgement, a dispatch guide, service visits: other days than the issue (see the file).
import { ACKNOWLEDGEMENT_LABELS, OTHER_DELIVERY_LABELS } from './entity-date-labels-other-days';
// "Here is our bill no. MB26-0388 of 16-06-2026": the date a letter's own bill bears mid-sentence (see the file).
import { ISSUE_AFTER_OWN_BILL_NUMBER } from './entity-date-labels-bill-number';
// Catalan "Venciment", Spanish "Pago hasta" (see the file).
import { IBERIAN_DUE_LABELS } from './entity-labels-iberian';
// "Vorauszahlung bis", "Vooruitbetaling vóór", "Prepayment by": a prepayment asked by a day (see the file).
import { PREPAYMENT_DUE_LABELS } from './entity-date-labels-prepayment';
// Croatian, Slovenian, Estonian, Lithuanian and Icelandic: "Rok plaćanja", "Datum izdaje", "Maksetähtaeg", "Gjalddagi" (see the file).
import {
  ADRIATIC_BALTIC_DELIVERY_LABELS,
  ADRIATIC_BALTIC_DUE_LABELS,
  ADRIATIC_BALTIC_GENERIC_DATE_LABELS,
  ADRIATIC_BALTIC_ISSUE_LABELS,
} from './entity-labels-adriatic-baltic';

const E = WORD_END;

/** Ordered most specific first; the generic "Date:" rule only applies when nothing else matched. */
export const DATE_LABEL_RULES: LabelRule[] = [
  {
    label: 'due',
    pattern: keywords([
      `due${E}`, 'due\\s+date', 'pay(?:able)?\\s+(?:by|before)', 'payment\\s+due',
      'fällig', 'zahlbar\\s+(?:bis|am)', 'zahlungsziel', 'zahlungsfrist',
      "date\\s+d['’]échéance", 'échéance', 'à\\s+payer\\s+avant', 'à\\s+régler\\s+avant', 'payable\\s+(?:avant|le)', 'date\\s+limite',
      'vencimiento', 'pagar\\s+antes\\s+de', 'scadenza', 'pagare\\s+entro', 'pagamento\\s+entro',
      'vervaldatum', 'vervaldag', 'te\\s+betalen\\s+(?:voor|vóór|uiterlijk|op)', 'uiterste\\s+betaaldatum', 'betalen\\s+(?:voor|vóór)',
      'vencimento', 'pagar\\s+até', 'pagável\\s+até', 'prazo\\s+de\\s+pagamento',
      'payment\\s+(?:by|before|date|deadline)', 'to\\s+be\\s+paid\\s+(?:by|before)', 'settle(?:ment)?\\s+by', 'no\\s+later\\s+than',
      'zahlungstermin', 'fälligkeit', 'spätestens', 'zu\\s+zahlen\\s+bis', 'überweisen\\s+sie\\s+bis',
      "date\\s+d['’]exigibilité", 'à\\s+régler\\s+(?:le|avant)', 'date\\s+de\\s+(?:paiement|règlement)', 'payable\\s+au\\s+plus\\s+tard',
      // "À régler au plus tard le 17 juin 2026": the amount's last day, the payable's words before "au plus tard" (a delivery's "au plus tard" has none).
      '(?:à\\s+(?:régler|payer|acquitter)|réglable|à\\s+verser)\\s+au\\s+plus\\s+tard',
      'da\\s+saldare\\s+entro', 'data\\s+(?:di\\s+)?pagamento', 'fecha\\s+(?:límite\\s+)?de\\s+pago', 'pagadero\\s+(?:antes\\s+del?|el)',
      'betaaldatum', `uiterlijk${E}`, 'vence(?:\\s+el)?', 'termine\\s+(?:di\\s+)?pagamento', `entro\\s+il${E}`, `vto${E}`, 'betaling\\s+(?:vóór|voor|uiterlijk)', 'data\\s+(?:limite|de\\s+pagamento)',
      'on\\s+or\\s+before', 'pay(?:ment)?\\s+(?:on|within)\\s+or\\s+before',
      // Nordic and Polish: "Förfallodatum", "Forfaldsdato", "Forfallsdato", "Termin płatności".
      'förfallo(?:dag|datum)', 'forfald(?:s)?dato', 'forfall(?:s)?dato', 'betal(?:es|as)?\\s+senest', 'sista\\s+betalningsdag', 'termin\\s+płatności', 'płatne\\s+do', 'zapłaty\\s+do', ...MORE_DUE_LABELS, ...OCR_DUE_LABELS, ...IBERIAN_DUE_LABELS, ...PREPAYMENT_DUE_LABELS,
      ...ADRIATIC_BALTIC_DUE_LABELS,
    ]),
  },
  {
    label: 'effective',
    pattern: keywords([
      'effective', `effect${E}`, 'commenc', `start(?:s|ing)?${E}`, 'start\\s+date', `begin(?:s|ning)?${E}`, 'valid\\s+from', 'as\\s+from',
      'gültig\\s+ab', 'wirksam', 'in\\s*kraft', `beginn(?:t)?${E}`, 'vertragsbeginn', 'laufzeit\\s+ab', 'startdatum',
      'en\\s+vigueur', 'prend\\s+effet', "date\\s+d['’]effet", 'à\\s+compter\\s+du', `débute${E}`, 'date\\s+de\\s+début', `début${E}`, 'à\\s+partir\\s+du',
      'decorre', 'decorrenza', 'data\\s+di\\s+inizio', `inizio${E}`, 'in\\s+vigore', 'a\\s+partire\\s+dal',
      'fecha\\s+de\\s+inicio', `inicio${E}`, 'entra(?:rá)?\\s+en\\s+vigor', 'vigente\\s+desde', 'a\\s+partir\\s+del',
      'ingangsdatum', 'met\\s+ingang\\s+van', `gaat\\s+in${E}`, 'aanvang', 'geldig\\s+(?:vanaf|per|met\\s+ingang)', 'van\\s+kracht',
      'data\\s+de\\s+início', `início${E}`, 'entra\\s+em\\s+vigor', 'a\\s+partir\\s+de',
      // Future tenses and German compounds: "entrará en vigor", "prendra effet", "Projektbeginn".
      'entrará\\s+en\\s+vigor', 'prendra\\s+effet', 'entrera\\s+en\\s+vigueur', 'entrerà\\s+in\\s+vigore', 'entrará\\s+em\\s+vigor', 'comenzará', 'começará', 'inizierà', 'commencera',
      '(?:projekt|vertrags|leistungs|miet|arbeits|auftrags|laufzeit)(?:beginn|start)', 'anfangsdatum', 'beginndatum', 'data\\s+inizio', 'fecha\\s+inicio',
    ]),
  },
  {
    label: 'end',
    pattern: keywords([
      'expir', 'terminat', `end(?:s|ing|e|et)?${E}`, 'end\\s+date', `until${E}`, `through${E}`, `thru${E}`, 'complet(?:ed|ion)', 'valid\\s+to',
      // A professional's account for work up to a day: "Work to 31 October 2026", "Fees up to 30 June".
      `(?:work|services?|fees|charges|costs|time)\\s+(?:up\\s+)?to${E}`,
      'gültig\\s+bis', 'befristet\\s+bis', `ablauf`, `bis\\s+zum${E}`, `endet${E}`, 'vertragsende', 'läuft\\s+bis',
      `fin${E}`, 'prend\\s+fin', "jusqu['’]au", 'résiliation', 'date\\s+de\\s+fin', `expire`, 'se\\s+termine',
      `scade${E}`, 'scadrà', 'data\\s+di\\s+fine', `fine${E}`, 'fino\\s+al', `termina${E}`, `cessa${E}`,
      'fecha\\s+de\\s+(?:finalización|finalizacion|fin|término|termino)', `finaliza${E}`, 'hasta\\s+el', 'vigente\\s+hasta',
      'einddatum', `eindigt${E}`, 'tot\\s+en\\s+met', `loopt\\s+tot${E}`, `vervalt${E}`, 'afloop', `geldig\\s+tot${E}`, `valid\\s+until${E}`, 'valable\\s+jusqu', 'valido\\s+fino', 'válido\\s+hasta',
      'data\\s+de\\s+(?:término|termo|fim)', `término${E}`, 'válid[oa]\\s+até', 'vigora\\s+até',
      'finalizará', 'terminará', 'vencerá', 'expirará', 'concluirá', 'prendra\\s+fin', 'expirera', 'se\\s+terminera', 'terminerà', 'cesserà', 'eindigen', 'afgelopen',
      '(?:projekt|vertrags|leistungs|miet|arbeits|auftrags|laufzeit)ende', 'enddatum', 'data\\s+fine', 'fecha\\s+fin', 'termine\\s+(?:lavori|attività|progetto)',
    ]),
  },
  {
    label: 'signed',
    pattern: keywords([
      `signed${E}`, 'signature', 'executed', `approved${E}`, 'unterschrieben', 'unterzeichnet', 'unterschrift', 'signé', 'firmad[oa]', 'firmat[oa]', `firma${E}`,
      `fait\\s+(?:à\\s+\\p{L}+,?\\s+)?le${E}`, 'ondertekend', 'getekend', 'handtekening', 'assinad[oa]', 'assinatura',
      // A German printer's or agency's approval of a proof or a layout ("Druckfreigabe 09.04.2026"): approved, not invoiced.
      '(?:druck|satz|layout)?freigabe',
    ]),
  },
  {
    // Named so a "Delivery date:" is not taken for the issue date by the generic "date" rule.
    label: 'delivery',
    pattern: keywords([
      'deliver', `ship(?:ped|ping)?\\s+(?:date|on)${E}`, 'lieferdatum', 'leistungsdatum', 'geliefert', 'lieferschein', `lieferung${E}`, 'livraison', 'livré', 'entrega', 'albarán', 'consegna', `ddt${E}`, 'leverdatum', 'geleverd', 'pakbon', 'leveransdatum', 'leveringsdato', 'leveransdag',
      // When the goods or services were supplied, not when the invoice was: "Date of supply", "Leistungszeitraum", "Date de prestation".
      `suppl(?:y|ied)${E}`, 'date\\s+of\\s+(?:supply|service|performance|work)', '(?:supply|service|performance)\\s+date',
      '(?:services?|work)\\s+(?:rendered|performed|provided|carried\\s+out)(?:\\s+(?:on|in)|\\s*[:：])', 'leistungszeitraum', 'datum\\s+der\\s+leistung', 'leistungserbringung', 'leistung\\s+(?:am|vom)',
      'date\\s+de\\s+(?:la\\s+)?prestation', "date\\s+d['’]exécution", 'prestation\\s+(?:du|effectuée\\s+le)', 'data\\s+(?:della\\s+)?(?:prestazione|fornitura)', 'prestazione\\s+del',
      'fecha\\s+(?:del?\\s+)?(?:servicio|prestación|suministro)', 'servicio\\s+prestado\\s+el', 'prestatiedatum', 'leveringsdatum', 'datum\\s+(?:van\\s+)?(?:levering|prestatie|uitvoering)',
      'data\\s+(?:da|de|do)\\s+(?:prestação|fornecimento|serviço)',
      // The period the invoice covers: "Service period: 1–31 March 2026", "Abrechnungszeitraum", "Période de facturation".
      '(?:service|billing|rental|hire|contract|accounting|invoice|invoicing)\\s+period', 'period\\s+(?:covered|of\\s+(?:service|work|supply|hire))',
      '(?:abrechnungs|liefer|miet)?zeitraum', 'période\\s+(?:de\\s+)?(?:prestation|facturation|location)', 'periodo\\s+(?:di\\s+)?(?:fatturazione|riferimento|prestazione|competenza)',
      'período\\s+(?:de\\s+)?(?:facturación|facturacion|servicio|prestación|faturamento|faturação|prestação|referência)', '(?:factuur|facturatie|huur)periode', 'periode\\s+(?:van\\s+)?(?:levering|dienstverlening)', ...MORE_DELIVERY_LABELS, ...OTHER_DELIVERY_LABELS,
      ...ADRIATIC_BALTIC_DELIVERY_LABELS,
    ]),
  },
  {
    // "Your order of 28 February 2025", "Ihre Bestellung vom 28.02.2025": the order's date, not the invoice's.
    label: 'order',
    pattern: keywords([
      `order${E}`, 'order\\s+date', `ordered${E}`, 'purchase\\s+order', 'bestelldatum', 'bestellt', 'bestellung', 'auftrag\\s+vom', 'date\\s+de\\s+commande', 'commande', 'commandé',
      'pedido', 'ordine', 'bestelling', 'besteldatum', 'encomenda', 'angebot', `quote${E}`, 'devis', 'presupuesto', 'preventivo', 'offerte', 'orçamento',
    ]),
  },
  { label: 'acknowledged', pattern: keywords(ACKNOWLEDGEMENT_LABELS) },
  {
    label: 'issue',
    pattern: keywords([
      'invoice\\s+date', 'date\\s+of\\s+(?:issue|invoice)', 'issue\\s+date', `issued${E}`, 'date\\s+issued', 'billing\\s+date', 'rechnungsdatum', 'ausstellungsdatum',
      'date\\s+de\\s+(?:la\\s+)?facture', "date\\s+d['’]émission", `émise?\\s+le${E}`, `facturée?\\s+le${E}`,
      'fecha\\s+de\\s+(?:emisión|emision|expedición|expedicion|la\\s+factura|factura)', 'fecha\\s+factura', 'data\\s+(?:della\\s+)?fattura', 'data\\s+(?:di\\s+)?emissione',
      'factuurdatum', 'datum\\s+factuur', 'data\\s+(?:de\\s+)?emissão', 'data\\s+da\\s+fatura',
      '(?:raised|invoiced|created)\\s+on', 'fakturadat(?:um|o)', 'data\\s+wystawienia', 'utfärdad', 'udstedt', 'tax\\s+point', 'emitid[oa]\\s+(?:em|el)', 'emessa\\s+il', 'erstellt\\s+am', 'ausgestellt\\s+am', 'fecha\\s+de\\s+expedición', 'data\\s+documento', ...MORE_ISSUE_LABELS, ...ISSUE_AFTER_NUMBER, ...ISSUE_AFTER_OWN_BILL_NUMBER,
      ...ADRIATIC_BALTIC_ISSUE_LABELS,
    ]),
  },
];

export const GENERIC_DATE_RULES: LabelRule[] = [{ label: 'issue', pattern: keywords([`dated?${E}`, `datum${E}`, `fecha${E}`, 'data(?=\\s*[:：])', ...OCR_DATE_LABELS, ...ADRIATIC_BALTIC_GENERIC_DATE_LABELS]) }];
