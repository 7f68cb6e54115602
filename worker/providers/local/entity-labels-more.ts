/**
 * Label synonyms of the languages `entity-labels` began without: Czech and Slovak, Finnish, Turkish
 * and Greek, and trade English ("Bill date", "Taxable value"). Kept apart so each list stays short;
 * `entity-labels` spreads them into its rules, ranked as the rule they join.
 */
import { WORD_END } from './entity-text';

const E = WORD_END;

/** The day payment falls due: "Datum splatnosti", "Eräpäivä", "Son Ödeme Tarihi", "Vade Tarihi", "Λήξη πληρωμής". */
export const MORE_DUE_LABELS = [
  'datum\\s+splatnosti', `splatnost${E}`, 'eräpäivä', 'erapaiva', 'son\\s+ödeme\\s+tarihi', 'vade\\s+tarihi', 'λήξη\\s+πληρωμής',
  // Greek "Ημερομηνία λήξης (πληρωμής)", "Ημ/νία λήξης", "Προθεσμία πληρωμής"; Bulgarian "Падеж", "Дата на падеж", "Срок за плащане", "Краен срок за плащане".
  '(?:ημερομηνία|ημ/νία|ημ\\.)\\s*λήξης(?:\\s+πληρωμής)?', 'προθεσμία\\s+πληρωμής', `(?:дата\\s+на\\s+)?падеж${E}`, '(?:краен\\s+)?срок\\s+(?:за|на)\\s+плащане',
];

/** The day the invoice was written: "Datum vystavení", "Laskun päivämäärä", "Fatura Tarihi", "Bill date", "Ημερομηνία έκδοσης". */
export const MORE_ISSUE_LABELS = [
  'datum\\s+vystaven[ií]', 'dátum\\s+vyhotovenia', 'laskun\\s+päivämäärä', 'laskupäivä', 'fatura\\s+tarihi', 'düzenleme\\s+tarihi', 'bill\\s+date', 'statement\\s+date',
  'ημερομηνία\\s+έκδοσης',
  // Greek "Ημ/νία έκδοσης", "Ημερομηνία τιμολογίου"; Slovak "Dátum vystavenia"; Bulgarian "Дата на издаване", "Дата на фактурата".
  '(?:ημ/νία|ημ\\.)\\s*έκδοσης', 'ημερομηνία\\s+τιμολογίου', 'dátum\\s+vystavenia', 'дата\\s+на\\s+(?:издаване|фактурата?)',
];

/**
 * When the taxable supply happened (Czech DUZP, Slovak "dodania"), or the goods left or were collected
 * ("Dispatch date", "Despatched", "Collection date"), not when the invoice was written.
 */
export const MORE_DELIVERY_LABELS = [
  'd[ei]spatch(?:ed)?(?:\\s+date)?', 'collect(?:ed|ion)(?:\\s+date)?(?=\\s*[:：|]|\\s+on|[ \\t]*$)',
  'zdaniteln[ée]ho\\s+plnění', `duzp${E}`, 'dátum\\s+dodania', 'toimituspäivä', 'teslim\\s+tarihi', 'sevk\\s+tarihi',
  // Greek "Ημερομηνία αποστολής / παράδοσης / εργασιών / παραγγελίας" (dispatch, delivery, works, order); Slovak "Dátum dodania tovaru";
  // Bulgarian "Дата на данъчното събитие" (the tax point), "Дата на доставка".
  'ημερομηνία\\s+(?:αποστολής|παράδοσης|εργασιών|παραγγελίας)', 'дата\\s+на\\s+(?:данъчно(?:то)?\\s+събитие|доставка(?:та)?)',
  // A shipment's bill of lading, departure and arrival: "B/L date", "ETD", "ETA", "Vessel departed".
  'b/l\\s+date', 'bill\\s+of\\s+lading(?:\\s+date)?', `etd${E}`, `eta${E}`, 'vessel\\s+(?:departed|sailed)', 'shipped\\s+on\\s+board',
  // Work done on a day, in prose: "headshots taken on 7 March", "boiler serviced on", "carried out on".
  '(?:taken|held|carried\\s+out|performed|installed|fitted|serviced|repaired|recorded|photographed)\\s+on',
  // A clinic's consultation, visit or next appointment: when care was or will be given, not when it was invoiced.
  'date\\s+of\\s+(?:consultation|appointment|treatment|visit)', '(?:consultation|appointment|treatment)\\s+date', 'next\\s+appointment', 'behandlungsdatum', 'nächster\\s+termin',
  "date\\s+de\\s+(?:la\\s+)?consultation", 'prochain\\s+rendez-vous', 'data\\s+(?:della\\s+)?(?:visita|seduta)', 'date\\s+delle\\s+sedute', 'prossim[oa]\\s+(?:visita|appuntamento)',
  'fecha\\s+de\\s+(?:la\\s+)?(?:consulta|visita)', 'próxima\\s+(?:consulta|cita|visita)', 'data\\s+d[ao]\\s+consulta', 'datum\\s+(?:van\\s+)?(?:de\\s+)?(?:behandeling|consult)',
];

/**
 * The invoice's own date after its number in its title, opening the line: "FATTURA N. 48/2026 del
 * 16/03/2026", "Invoice 2026-14 dated", "Rechnung Nr. 88 vom". Not in mid-sentence, where an invoice
 * referred to is dated ("storno parziale fattura n. 1877 del 03/04/2025").
 */
export const ISSUE_AFTER_NUMBER = [
  '(?<=^[ \\t#*>]*)(?:invoice|fattura|factura|facture|rechnung|factuur|fatura)\\s+(?:(?:no|nr|n|n[°º])\\.?\\s*)?[\\p{L}\\d/.-]*\\d[\\p{L}\\d/.-]*\\s+(?:del|dated|of|vom|du|de|van|d\\.d\\.)',
];

/** What is to be paid: "Celkem k úhradě", "Maksettava yhteensä", "Ödenecek Tutar", "Genel Toplam", "Πληρωτέο ποσό". */
export const MORE_TOTAL_LABELS = [
  'celkem\\s+k\\s+úhradě', `k\\s+úhradě${E}`, 'spolu\\s+k\\s+úhrade', 'maksettava(?:\\s+yhteensä)?', 'ödenecek\\s+tutar', 'genel\\s+toplam', 'vergiler\\s+dahil\\s+toplam(?:\\s+tutar)?',
  'πληρωτέο(?:\\s+ποσό)?',
  // Greek "Γενικό σύνολο", "Συνολικό ποσό"; Slovak "Celkom k úhrade", "Celkom na úhradu", "Suma na úhradu"; Bulgarian "Сума за плащане", "Общо за плащане".
  'γενικό\\s+σύνολο', 'συνολικό\\s+(?:ποσό|πληρωτέο)', '(?:celkom|spolu|suma)\\s+(?:k|na)\\s+úhrad[eu]', `k\\s+úhrade${E}`, '(?:сума|общо)\\s+за\\s+плащане',
  // The invoice's amount before an advance is deducted: Swedish "Fakturabelopp", Danish "Fakturabeløb", Norwegian "Fakturabeløp".
  'fakturabelopp', 'fakturabeløb', 'fakturabeløp',
  // Russian, as Russia and Central Asia invoice: "Всего к оплате" (in all to pay), "Итого с НДС" (in all with VAT).
  '(?:всего|итого)\\s+(?:к\\s+оплате|с\\s+ндс)',
];

/** The sum before tax: "Veroton yhteensä", "Základ", "Mal Hizmet Toplam Tutarı", "Taxable value", "Καθαρή αξία", "Op. gravada", "Matrah". */
export const MORE_SUBTOTAL_LABELS = [
  // "Total charges before VAT", "Amount before GST": what the tax is charged on;
  // "Charges excl. GST", "Amount excluding VAT", a broker's "Fees ex GST".
  '(?:total|sum|amount|charges?|fees?)(?:\\s+\\p{L}+)?\\s+(?:before|excl\\.?|excluding|ex\\.?)\\s+(?:vat|gst|hst|tax)',
  // The same words as the label itself, opening its line or clause right before the figure (the label's context ends at it): "Excl. VAT € 654,00, VAT 21% € 137,34",
  // "Excl. BTW: € 80,00". Only so placed: "Unit price excl. VAT € 20,00" in an item's row is no subtotal.
  `(?<=(?:^|[\\n.;,·|])[ \\t]*)(?:excl\\.?|excluding|ex\\.)[ \\t]*(?:vat|btw|gst|tax|mwst|tva|iva|moms|mva)${E}(?=[ \\t]*:?[ \\t]*(?:[A-Z]{3}|\\p{Sc})?[ \\t]*$)`,
  'veroton(?:\\s+yhteensä)?', `základ${E}`, 'mal\\s+hizmet\\s+toplam', '(?:total\\s+)?taxable\\s+value', 'καθαρή\\s+αξία',
  // Slovak "Základ dane", Greek "Σύνολο καθαρής αξίας", Bulgarian "Данъчна основа" (the tax's base).
  'základ\\s+dane', 'σύνολο\\s+καθαρής\\s+αξίας', 'данъчна\\s+основа',
  // Peru's base of the IGV: "Op. gravada" (taxed sales), "Op. exportación" (export sales, taxed at 0 %).
  `(?:op\\.|operaci[oó]n(?:es)?)\\s*(?:gravadas?|exportaci[oó]n)${E}`,
  // Russian "Итого без НДС", "Сумма без НДС": the sum without VAT.
  '(?:итого|сумма|всего)\\s+без\\s+ндс',
  // Turkish "Matrah", "KDV Matrahı": the base the KDV is charged on, the net (ranked before the tax's "KDV" it names).
  `(?:kdv\\s+)?matrah(?:ı|i)?${E}`,
];

/** Value added tax by its Czech, Slovak, Turkish, Greek, Peruvian (IGV) and Russian (НДС) names, and the Italian "Imposta" of e-invoices (not the stamp duty, "imposta di bollo", a charge). */
export const MORE_TAX_LABELS = [
  `DPH${E}`, `KDV${E}`, 'ΦΠΑ', `imposta${E}(?!\\s+di\\s+bollo)`, `IGV${E}`, `НДС${E}`,
  // Bulgarian "ДДС" (данък добавена стойност).
  `ДДС${E}`,
];

/** A plain "Total" in those languages, ranked below tax as the English word is: "Součet", "Celkem", "Yhteensä", "Toplam", "Σύνολο", "Итого". */
export const MORE_PLAIN_TOTAL_LABELS = [
  `součet${E}`, `celkem${E}`, `spolu${E}`, `yhteensä${E}`, `toplam${E}`, `σύνολο${E}`, `итого${E}`, `всего${E}`,
  // Slovak "Celkom", Bulgarian "Общо".
  `celkom${E}`, `общо${E}`,
];

/** An advance already paid, deducted below the invoice total: Swedish "förskott", Danish "forudbetaling", Norwegian "forskudd". */
export const MORE_PAID_LABELS = ['förskott', 'forskott', 'forudbetal', 'forskudd', 'deposit\\s+paid', 'retainer\\s+(?:paid|applied)'];

/**
 * An earlier bill's balance carried onto this one ("Previous balance 187.44", "Balance brought forward",
 * "Saldo anterior", "Solde précédent"): owed before this invoice, so never its total nor its balance due.
 */
export const PREVIOUS_BALANCE_LABELS = [
  'previous\\s+balance', '(?:balance\\s+)?(?:brought|carried)\\s+forward', 'opening\\s+balance', 'balance\\s+(?:from|of)\\s+(?:your\\s+)?(?:last|previous)\\s+(?:bill|invoice|statement)',
  'vorheriger\\s+saldo', 'saldovortrag', 'solde\\s+(?:précédent|antérieur|reporté)', 'saldo\\s+(?:anterior|precedente)', 'vorig\\s+saldo',
];

/**
 * A company's share capital in its legal line ("Cap. Soc. EUR 50.000 i.v.", "au capital de 8 000 €",
 * "Stammkapital 25.000 EUR", "Share capital £1,000"): no figure of the invoice, whatever label precedes it.
 */
export const CAPITAL_LABELS = [
  'cap\\.\\s*soc\\.?', 'capitale\\s+sociale', 'capital\\s+social', 'au\\s+capital\\s+de', 'share\\s+capital', 'stammkapital', 'grundkapital', 'aandelenkapitaal', 'kapitał\\s+zakładowy',
];
