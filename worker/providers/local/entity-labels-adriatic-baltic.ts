/**
 * Label synonyms of Croatian, Slovenian, Estonian, Lithuanian and Icelandic invoices, which the label
 * tables began without. Kept apart, as `entity-labels-more` keeps its languages, so each table spreads
 * them in on a line of its own and the rule they join ranks them.
 *
 * Words these languages share with bank details are left out or guarded: Croatian "račun" and Lithuanian
 * "sąskaita" also name a bank account ("žiro račun", "atsiskaitomoji sąskaita"), and on a payment slip
 * "Primatelj" / "Prejemnik" / "Gavėjas" / "Saaja" is who is paid (the vendor), so none of these is a customer's label.
 */
import { WORD_END } from './entity-text';

const E = WORD_END;

/** The day payment falls due: "Datum dospijeća", "Rok plaćanja", "Rok plačila", "Maksetähtaeg", "Apmokėti iki", "Gjalddagi". */
export const ADRIATIC_BALTIC_DUE_LABELS = [
  'datum\\s+dospijeća', `dospijeće${E}`, 'rok\\s+plaćanja', 'valuta\\s+plaćanja', 'plativo\\s+do', 'rok\\s+plačila', 'datum\\s+zapadlosti', `zapadlost${E}`, 'plačilo\\s+do', 'valuta\\s+plačila',
  // Croatian and Slovenian "Valuta: 31.07.2026" is the due day, read only right before the date ("Valuta: EUR   Datum: ..." is the currency).
  `valuta${E}(?=[ \\t]*[:：]?[ \\t]*$)`,
  'maksetähtaeg', 'maksetahtaeg', '(?:tasumise|maksmise)\\s+tähtaeg', `tähtaeg${E}`, 'tasuda\\s+hiljemalt',
  '(?:ap)?mokėti\\s+iki', '(?:ap)?mokėjimo\\s+(?:terminas|data)',
  `gjalddagi${E}`, `eindagi${E}`,
];

/** The day the invoice was written: "Datum izdavanja", "Datum izdaje", "Arve kuupäev", "Išrašymo data", "Útgáfudagur". */
export const ADRIATIC_BALTIC_ISSUE_LABELS = [
  'datum\\s+(?:i\\s+vrijeme\\s+)?izdavanja', 'datum\\s+izdaje', 'datum\\s+računa',
  'arve\\s+kuupäev', '(?:väljastamise|koostamise)\\s+kuupäev',
  'išrašymo\\s+data', 'sąskaitos\\s+(?:faktūros\\s+)?data',
  'útgáfudagur', 'reikningsdagur',
];

/** When goods or services were supplied, not when the invoice was written: "Datum isporuke", "Datum opravljene storitve", "Tarneperiood". */
export const ADRIATIC_BALTIC_DELIVERY_LABELS = [
  'datum\\s+(?:isporuke|dostave|otpreme)', 'datum\\s+(?:obavljanja|obavljene|pružanja)\\s+usluge', 'razdoblje\\s+isporuke',
  'datum\\s+(?:opravljene\\s+)?(?:storitve|dobave)', 'datum\\s+(?:odpreme|opravljanja)', 'obdobje\\s+(?:storitve|dobave|opravljanja)',
  'tarne(?:kuupäev|periood|aeg)', 'teenuse\\s+osutamise\\s+(?:kuupäev|periood|aeg)', 'üleandmise\\s+kuupäev',
  '(?:prekių\\s+)?perdavimo\\s+data', '(?:pristatymo|tiekimo|išsiuntimo)\\s+data', 'paslaugų\\s+suteikimo\\s+data',
  'afhendingardagur', 'afhendingardags', 'verk\\s+unnið',
];

/** A date word alone, the weakest hint, as "Datum" is: Estonian "Kuupäev", Icelandic "Dagsetning", "Dags.". */
export const ADRIATIC_BALTIC_GENERIC_DATE_LABELS = [`kuupäev${E}`, `dagsetning${E}`, 'dags\\.'];

/** What is to be paid: "Ukupno za platiti", "Za plačilo", "Tasuda", "Mokėtina suma", "Til greiðslu". */
export const ADRIATIC_BALTIC_TOTAL_LABELS = [
  '(?:ukupno\\s+)?za\\s+(?:platiti|plaćanje|naplatu)', `sveukupno${E}`, 'ukupan\\s+iznos', 'ukupni\\s+iznos', 'iznos\\s+za\\s+plaćanje', 'ukupno\\s+s\\s+pdv',
  '(?:skupaj\\s+|znesek\\s+)?za\\s+plačilo', 'skupaj\\s+z\\s+ddv', 'skupni\\s+znesek', 'znesek\\s+z\\s+ddv',
  `(?:kokku\\s+)?tasuda${E}`, 'tasumisele\\s+kuulub', 'arve\\s+summa', 'summa\\s+kokku', 'kokku\\s+(?:km-?ga|koos\\s+käibemaksuga)',
  'mokėtina\\s+suma', 'bendra\\s+suma', 'iš\\s+viso\\s+(?:su\\s+pvm|mokėti|apmokėti)', 'suma\\s+su\\s+pvm',
  // Icelandic "Til greiðslu" (to pay), which scans print "Ti1 greiðslu".
  '(?:samtals\\s+)?ti[l1]\\s+greiðslu', 'heildarupphæð', 'samtals\\s+með\\s+vsk', 'upphæð\\s+til\\s+greiðslu',
];

/** The sum before tax: "Osnovica", "Osnova za DDV", "Summa km-ta", "Suma be PVM", "Samtals án VSK". */
export const ADRIATIC_BALTIC_SUBTOTAL_LABELS = [
  '(?:porezna\\s+)?osnovica', '(?:ukupno|iznos|vrijednost)\\s+bez\\s+pdv', 'osnova\\s+za\\s+ddv', 'davčna\\s+osnova', '(?:skupaj|znesek|vrednost)\\s+brez\\s+ddv',
  // Estonian "ilma" (without) the tax, however the tax is named: "Kokku ilma KM", "Kokku ilma VAT", "Summa ilma käibemaksuta".
  '(?:summa|kokku)\\s+(?:km-?ta|käibemaksuta|ilma\\s+(?:km|vat|käibemaksu(?:ta)?))', 'maksustatav\\s+(?:summa|käive)',
  '(?:suma|iš\\s+viso)\\s+be\\s+pvm', 'apmokestinamoji\\s+vertė',
  // Icelandic "án VSK", and Faroese "uttan MVG" (which shares "Samtals" with Icelandic): without the tax.
  '(?:samtals|upphæð)\\s+(?:án|uttan)\\s+(?:vsk|mvg)',
];

/**
 * Value added tax: Croatian "PDV", Slovenian "DDV", Lithuanian "PVM", Icelandic "VSK", Estonian "käibemaks"
 * and its "KM", the latter only before its rate ("KM 24 %"): "km" alone is a distance.
 */
export const ADRIATIC_BALTIC_TAX_LABELS = [`PDV${E}`, `DDV${E}`, `PVM${E}`, `VSK${E}`, 'käibemaks', 'virðisaukaskattur', `KM${E}(?=[ \\t]*\\d{1,2}(?:[.,]\\d{1,2})?[ \\t]*%)`];

/** A plain "Total" in those languages, ranked below tax as the English word is: "Ukupno", "Skupaj", "Kokku", "Iš viso", "Samtals". */
export const ADRIATIC_BALTIC_PLAIN_TOTAL_LABELS = [`ukupno${E}`, `skupaj${E}`, `kokku${E}`, `iš\\s+viso${E}`, `samtals${E}`];

/** Who invoices: "Prodavatelj", "Dobavitelj", "Müüja", "Pardavėjas", "Seljandi". */
export const ADRIATIC_BALTIC_VENDOR_LABELS = [
  'prodavatelj', 'prodavač', 'dobavljač', 'izdavatelj(?:\\s+računa)?', 'isporučitelj',
  'dobavitelj', 'prodajalec', 'izdajatelj(?:\\s+računa)?', 'izvajalec',
  'müüja', 'tarnija', 'arve\\s+väljastaja', 'teenuse\\s+osutaja',
  'pardavėjas', 'tiekėjas', 'paslaugų\\s+teikėjas',
  'seljandi', 'útgefandi', 'söluaðili',
];

/** Who is billed: "Kupac", "Naručitelj", "Kupec", "Naročnik", "Ostja", "Pirkėjas", "Kaupandi". */
export const ADRIATIC_BALTIC_CUSTOMER_LABELS = [
  'kupac', 'naručitelj', 'platitelj',
  'kupec', 'naročnik', 'prejemnik\\s+računa', 'plačnik',
  'ostja', 'tellija', 'maksja', 'arve\\s+saaja',
  'pirkėjas', 'užsakovas', 'mokėtojas',
  'kaupandi', 'viðskiptavinur', 'greiðandi',
];

/** Where goods go, not who is billed: "Mjesto isporuke", "Naslov dostave", "Tarneaadress", "Pristatymo adresas", "Afhendingarstaður". */
export const ADRIATIC_BALTIC_DELIVERY_PARTY_LABELS = [
  '(?:mjesto|adresa)\\s+isporuke', '(?:naslov|kraj)\\s+(?:dostave|dobave)', 'tarneaadress', 'pristatymo\\s+(?:adresas|vieta)', 'afhendingarstaður',
];

/**
 * The invoice's own word, as titles and number labels write it: Croatian and Slovenian "Račun" ("Broj računa",
 * "RAČUN št."), Estonian "Arve" ("Arve nr"), Lithuanian "Sąskaita faktūra" ("PVM sąskaita faktūra", "Sąskaitos Nr."),
 * Icelandic "Reikningur" ("Reikningur nr."). Not a bank's account of the same word: "žiro račun", "transakcijski
 * račun", "banko sąskaitos Nr." (Icelandic "Bankareikningur" is one word, which the label's word start already refuses).
 */
export const ADRIATIC_BALTIC_INVOICE_WORDS =
  '(?:(?<!(?:žiro|transakcijski|tekući|tekoči|poslovni|devizni|bančni)[ \\t-]?)račun(?:a)?|arve|(?:pvm\\s+)?sąskaita[ \\t-]+faktūra|(?<!(?:banko|atsiskaitomosios|atsiskaitomoji)\\s)sąskaitos(?:\\s+faktūros)?|reikning(?:ur|s))';

/** Number words written out, before or after the invoice word: Croatian "Broj računa", "Račun broj", Slovenian "Številka računa" (plain source, folded by the caller). */
export const ADRIATIC_BALTIC_NUMBER_WORDS = '(?:broj|številka)';
