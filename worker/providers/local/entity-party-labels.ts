/**
 * The labels that name a document's parties, in English, German, French, Italian, Spanish, Dutch,
 * Portuguese, the Nordic languages, Polish, Czech and Slovak (see `entity-parties`, which matches them).
 */
import { foldPattern } from './entity-ocr';
import { WORD_END } from './entity-text';
// Croatian, Slovenian, Estonian, Lithuanian and Icelandic: "Kupac", "Kupec", "Ostja", "Pirkėjas", "Kaupandi" (see the file).
import { ADRIATIC_BALTIC_CUSTOMER_LABELS, ADRIATIC_BALTIC_DELIVERY_PARTY_LABELS, ADRIATIC_BALTIC_VENDOR_LABELS } from './entity-labels-adriatic-baltic';

export const VENDOR_LABELS = [
  'from', 'von', 'de', 'da', 'van', 'vendor', 'seller', 'supplier', 'billed\\s+by', 'issued\\s+by', 'invoiced\\s+by', '(?:billed|invoiced|bill)\\s+from', 'issuer', 'aussteller', 'uitgever', 'service\\s+provider', 'provider', 'payee', 'contractor', 'freelancer', 'sender',
  'lieferant', 'verkäufer', 'rechnungssteller', 'leistungserbringer', 'absender', 'auftragnehmer', 'anbieter',
  'fournisseur', 'vendeur', 'émetteur', 'prestataire', 'émis\\s+par', 'facturé\\s+par',
  'fornitore', 'cedente', 'prestatore', 'emittente', 'venditore', 'mittente',
  'proveedor', 'emisor', 'vendedor', 'prestador(?:\\s+de\\s+servi(?:ços|cios))?', 'emitida\\s+por', 'emitido\\s+por',
  'leverancier', 'verkoper', 'afzender', 'opdrachtnemer', 'dienstverlener',
  'fornecedor', 'emitente',
  // Who lets or licenses, in hire and rental invoices: "Lessor:", "Vermieter:", "Bailleur :", "Verhuurder:".
  'lessor', 'landlord', 'licensor', 'vermieter', 'verpächter', 'bailleur', 'loueur', 'locatore', 'arrendador', 'verhuurder', 'senhorio', 'locador',
  // Nordic and Polish: "Säljare", "Sælger", "Leverandør", "Sprzedawca", "Wystawca".
  'säljare', 'sælger', 'selger', 'leverantör', 'leverandør', 'sprzedawca', 'wystawca', 'dostawca',
  // Czech and Slovak: "Dodavatel", "Prodávající", "Dodávateľ".
  'dodavatel', 'dodávateľ', 'prodávající', 'predávajúci',
  // Russian, as invoices across Central Asia and the Caucasus print it: "Поставщик:", "Продавец:", "Исполнитель:".
  'поставщик', 'продавец', 'исполнитель',
  // Greek "Εκδότης", "Πωλητής", "Προμηθευτής"; Bulgarian "Доставчик", "Продавач", "Изпълнител".
  'εκδότης', 'πωλητής', 'προμηθευτής', 'доставчик', 'продавач', 'изпълнител',
  // Marketplaces' "Sold by", Finnish "Myyjä", Turkish "Satıcı".
  'sold\\s+by', 'myyjä', 'satıcı', 'satici',
  ...ADRIATIC_BALTIC_VENDOR_LABELS,
  // Who is paid is who invoices: "Payable to:", "Remit to:", "Account name:" in the bank details.
  '(?:make\\s+(?:cheques|checks)\\s+)?payable\\s+to', 'remit\\s+to', 'pay\\s+to', 'account\\s+(?:name|holder)', 'beneficiary', 'kontoinhaber', 'begünstigter',
  'titulaire(?:\\s+du\\s+compte)?', 'titular(?:\\s+(?:de\\s+la|da)\\s+(?:cuenta|conta))?', 'beneficiario', 'rekeninghouder', 'ten\\s+name\\s+van',
];
export const CUSTOMER_LABELS = [
  'bill(?:ed)?[\\s-]*to', 'invoice(?:d)?[\\s-]*to', '(?:billing|invoice|invoicing)\\s+address', 'adresse\\s+de\\s+facturation', 'indirizzo\\s+(?:di\\s+)?fatturazione',
  'direcci[oó]n\\s+de\\s+facturaci[oó]n', 'factuuradres', 'morada\\s+de\\s+fatura[çc][ãa]o', 'endere[çc]o\\s+de\\s+(?:cobran[çc]a|fatura[çc][ãa]o)', 'sold[\\s-]*to', 'ship[\\s-]*to', 'to', 'customer', 'cust\\.?', 'client', 'buyer', 'purchaser', 'recipient', 'addressee',
  'kunde', 'rechnungsempfänger', 'leistungsempfänger', 'empfänger', 'käufer', 'auftraggeber', 'rechnung\\s+an', 'rechnungsadresse',
  'acheteur', 'destinataire', 'factur(?:é|e)e?\\s+à', 'facturer\\s+à', 'adressé\\s+à',
  'cliente', 'committente', 'cessionario', 'destinatario', 'acquirente', 'intestatario', 'intestat[oa]\\s+a', 'fatturato\\s+a',
  // A Chilean invoice's "Señor(es):" (sirs) over the buyer's name, its tax number beside it.
  'señor(?:\\(es\\)|es|a)?',
  'comprador', 'facturar\\s+a', 'facturado\\s+a', 'adquiriente',
  'klant', 'afnemer', 'opdrachtgever', 'koper', 'ontvanger', 'factuur\\s+aan', 'gefactureerd\\s+aan',
  'adquirente', 'destinatário', 'fatura(?:do|r)\\s+a', 'tomador(?:\\s+d[eo]s?\\s+servi(?:ços?|cos?))?',
  'köpare', 'køber', 'kjøper', 'kund', 'nabywca', 'odbiorca', 'payer', 'bill\\s+payer', 'faktureringsadress', 'fakturaadress(?:e)?', 'adres\\s+do\\s+faktury',
  // Czech and Slovak: "Odběratel", "Kupující", "Objednatel", "Odberateľ".
  'odběratel', 'odberateľ', 'kupující', 'kupujúci', 'objednatel',
  ...ADRIATIC_BALTIC_CUSTOMER_LABELS,
  // Russian: "Покупатель:", "Заказчик:", "Плательщик:".
  'покупатель', 'заказчик', 'плательщик',
  // Greek "Πελάτης", "Αγοραστής", "Λήπτης" (the recipient of the invoice), "Στοιχεία πελάτη"; Bulgarian "Получател" (the buyer on
  // an invoice), "Купувач", "Възложител", "Клиент".
  'πελάτης', 'αγοραστής', 'λήπτης', 'στοιχεία\\s+πελάτη', 'получател', 'купувач', 'възложител', 'клиент',
  // Dutch "Relatie:" (the account's relation, as bookkeeping software heads the customer) and the French building owner,
  // "Maître d'ouvrage :", whom an architect or a builder invoices.
  'relatie', "ma[iî]tre\\s+d['’]ouvrage",
  // The debtor, as Dutch and German ledgers label the customer: "Debiteur: Versmarkt Delta B.V." (not "Debiteurnr.", its number).
  'debiteur', 'debitor',
  // A utility's or telecom's "Account holder" (Spanish and Portuguese "Titular") outside the bank details (see `entity-parties`, which tells them apart).
  'account\\s+holder', 'titular',
  // "Issued to:", Indian "Details of Receiver (Billed to):", Finnish "Asiakas", Turkish "SAYIN" (folded, capital I reads as i) and the
  // Portuguese "Exmo(s). Sr(s)." over the addressee's name.
  'issued\\s+to', 'details\\s+of\\s+(?:receiver|recipient|buyer|consignee)', 'asiakas', 'ostaja', 'sayın', 'sayin', 'alıcı', 'alici', 'exm[oa]s?(?:\\(s\\))?\\.?\\s+sr[ae]?s?(?:\\(s\\))?\\.?',
  // Who hires, rents or charters: "Charterer:", "Hirer:", "Mieter:", "Locataire :", "Huurder:".
  // A ship agent's "Principal:", the owner or operator it acts for and bills (read only with a firm's name, see `entity-parties`).
  'principal',
  'charterer', 'hirer', 'tenant', 'lessee', 'licensee', 'mieter', 'pächter', 'befrachter', 'locataire', 'affréteur', 'preneur',
  'conduttore', 'locatario', 'noleggiatore', 'arrendatario', 'fletador', 'afretador', 'huurder', 'pachter', 'bevrachter', 'locatário', 'arrendatário',
  // A statement's "Account: The Old Forge Bistro", a name on the label's own line (not the bank's "Account name:", nor a number),
  // perhaps with its number in brackets after it ("Account: Mossgiel Architects (account no. CB-40877)"), or a company's name
  // closed by its legal form and a comma before its address ("Account: Alameda Yacht Management Ltd, Marina Bay").
  'account(?![ \\t]*(?:name|holder|n[o°º]|nr|number|#|id))(?=[ \\t]*[:：][ \\t]*(?:(?=[\\p{L}\\d-]*\\d)[\\p{L}\\d-]{3,}[ \\t]{2,})?\\p{L}+(?:[ \\t]+\\p{L}+)*(?:[ \\t]{2,}|[ \\t]*$|[ \\t]*\\((?:account|acct|customer|kunden|client)|(?<=(?:ltd|limited|inc|llc|llp|plc|gmbh|corp))\\.?[ \\t]*,))', 'kundenkonto', 'compte\\s+client', 'cuenta\\s+(?:de\\s+)?cliente', 'conto\\s+cliente', 'klantrekening', 'conta\\s+(?:de\\s+)?cliente',
  // "Invoiced party:" over or before the name billed ("invoiced" alone is no label: "invoiced by" names the vendor).
  'invoiced\\s+party',
  // A Mexican CFDI's "Receptor:" under its "Emisor:" (Spanish for who receives the invoice).
  'receptor',
  'invoice\\s+for', 'prepared\\s+for', 'for', 'attn\\.?', 'attention', 'z\\.\\s?hd\\.?', "à\\s+l['’]attention\\s+de", 'alla\\s+c\\.a\\.?', 'an', 'aan', 'para', 'à', 'a',
];

/** Where goods go, not who is billed: a label in the next column ("Invoice Address:   Deliver To:"), never a name. */
export const DELIVERY_LABELS = [
  'deliver(?:ed|y)?\\s+(?:to|address)', 'delivery\\s+(?:site|point)', '(?:site|installation|service)\\s+address', 'lieferadresse', 'lieferanschrift', 'lieferung\\s+an', 'leistungsort',
  'adresse\\s+de\\s+livraison', 'livr(?:é|e|er)\\s+à', 'indirizzo\\s+di\\s+consegna', 'luogo\\s+di\\s+consegna', 'consegna\\s+a', 'direcci[oó]n\\s+de\\s+entrega', 'entregar\\s+a',
  // Spanish "send to" glossing "Ship to" ("Enviar a / Ship to"): where goods go.
  'enviar\\s+a',
  'afleveradres', 'leveradres', 'leveren\\s+aan', 'morada\\s+de\\s+entrega', 'endere[çc]o\\s+de\\s+entrega', 'local\\s+de\\s+entrega',
  // Whom goods are shipped to, on freight and logistics invoices: "Consignee", "Warenempfänger", "Destinatario merce".
  'consignee', 'warenempfänger', 'destinataire\\s+(?:de\\s+la\\s+)?marchandise', 'destinatario\\s+(?:della\\s+)?merce', 'destinatario\\s+de\\s+la\\s+mercanc[ií]a', 'ontvanger\\s+goederen',
  ...ADRIATIC_BALTIC_DELIVERY_PARTY_LABELS,
];

/**
 * "Customer name:", "Supplier details:", "Kundenname"-style labels with a word for "name" after them,
 * perhaps qualified: "Customer registered name:", "Buyer company name:".
 */
const NAME_WORD = `(?:[ \\t]+${foldPattern('(?:(?:registered|legal|company|full)[ \\t]+)?(?:name|details|information|info|address|party|nom|nombre|nome|naam|dados|datos|dati|gegevens|angaben)')}${WORD_END})?`;

/**
 * "Lieferant / Supplier", "Säljare (Seller)": a label, perhaps repeated in another language after
 * a slash or glossed in brackets.
 */
export function labelGroup(labels: string[]): string {
  const one = `(?:${labels.map(foldPattern).join('|')})${WORD_END}`;
  return `${one}(?:[ \\t]*/[ \\t]*${one})*${NAME_WORD}(?:[ \\t]*\\([ \\t]*${one}${NAME_WORD}[ \\t]*\\))?`;
}
