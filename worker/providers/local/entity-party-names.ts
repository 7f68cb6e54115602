/**
 * What a party's name looks like: capitalised words, joined by particles ("Studio Grafico Bellini di
 * Paolo Bellini", "Lang & Söhne"), perhaps ending in a legal form after a comma ("Reformas Hermanos
 * Ortega, S.L."). Used to cut a name out of a labelled value, a sentence or a letterhead line.
 */
import { isDocumentTitle } from './entity-party-title';
import { isStreetOnly } from './entity-party-street';
import { withoutFigureAfterLegalDot } from './entity-party-figure-after-form';
import { firmOpeningWithLabelWord } from './entity-party-label-word-firm';
import { sentenceCaseNameGoesOn } from './entity-name-sentence-case';

/** Legal forms that may follow a comma inside a name, and that mark a line as a company's name. */
const LEGAL_FORMS = [
  'Inc', 'LLC', 'PLLC', 'L\\.L\\.C', 'Ltd', 'Limited', 'LLP', 'LP',
  // A limited partnership written with dots, after a comma as in "Brazos Crossing Midstream, L.P.".
  'L\\.P', 'plc', 'PLC', 'Corp', 'Co', 'Pty', 'Pvt',
  'GmbH', 'AG', 'KG', 'OHG', 'GbR', 'UG', 'e\\.\\s?K', 'e\\.\\s?V', 'mbH', 'PartG', 'mbB',
  // Austria's registered sole trader: "Gartenpflege Aigner e.U."; its general partnership, "Pichler & Partner OG"
  // (not a floor of a German address, "Hauptstr. 5, 3. OG").
  'e\\.\\s?U', '(?<!\\d\\.[ \\t]?)OG',
  // Cooperatives and non-profits: "Wohnbau Sankt Agatha eG", "Lebenshilfe gGmbH", "Merck KGaA", "Coöperatie Zuidwest U.A.".
  'eG', 'gGmbH', 'KGaA', 'U\\.A', 'SCOP', 'S\\.\\s?Coop',
  // The Swiss Italian limited company, "Tecnocaffè Ceresio Sagl" (società a garanzia limitata).
  'Sagl', 'SAGL',
  'SA', 'S\\.A', 'SAS', 'S\\.A\\.S', 'SARL', 'SCI', 'EURL', 'SE', 'S\\.L', 'S\\.L\\.P', 'S\\.L\\.U', 'SL', 'SLU',
  'S\\.p\\.A', 'SpA', 'S\\.r\\.l', 'Srl', 'S\\.n\\.c', 'Snc', 'S\\.a\\.s', 'Lda', 'Ltda', 'S/A', 'ME', 'EIRELI',
  // Italian forms are often written in lower case: "Arredobagno Fiumicelli s.n.c.", "Rossi s.r.l.".
  's\\.n\\.c', 's\\.r\\.l', 's\\.p\\.a', 's\\.a\\.s', 's\\.r\\.l\\.s',
  // A farm's or a cooperative's company: "Cantina Poggio Ardenza Soc. Agr. s.s.", "Caseificio Valle Soc. Coop.".
  'Soc\\.\\s?Agr(?:\\.\\s?s\\.s)?', 'Soc\\.\\s?Coop', 's\\.s',
  'BV', 'B\\.V', 'NV', 'N\\.V', 'VOF', 'Oy', 'Oyj', 'AB', 'AS', 'ASA', 'A/S', 'ApS', 'Sp\\.\\s?z\\s?o\\.o', 's\\.r\\.o', 'a\\.s',
  // Turkish "A.Ş." and "Ltd. Şti.", Greek "IKE"/"A.E.", Polish partnerships "Sp.j."/"Sp.k.", Hungarian "Kft."/"Zrt.".
  'A\\.Ş', 'Şti', 'IKE', 'ΙΚΕ', 'A\\.E', 'Α\\.Ε', 'Sp\\.\\s?j', 'Sp\\.\\s?k', 'Kft', 'Zrt',
  // Malaysian companies: "Kampong Press Sdn. Bhd.", "Tenaga Nasional Berhad".
  'Sdn\\.?\\s?Bhd', 'Bhd', 'Berhad',
  // Croatian, Slovenian and Serbian limited companies: "Uljara Marić d.o.o."; Portuguese statutory auditors' firms: "Lobo & Sá, SROC, Lda.".
  'd\\.o\\.o', 'D\\.O\\.O', 'SROC',
  // Icelandic private and public limited companies: "Prjónastofa Akureyrar ehf.", "Eimskipafélag Íslands hf."; Bulgarian
  // limited companies, in Latin or Cyrillic letters: "Rozova Dolina EOOD", "Балкан Транс ООД".
  // Irish designated activity companies and companies limited by guarantee: "Kestrel Foods Pension Trustees DAC".
  'DAC', 'CLG',
  'ehf', 'hf', 'EOOD', 'OOD', 'EAD', 'ЕООД', 'ООД', 'ЕАД',
  // Portugal's one-member company, "Loja Azulejaria Tejo, Unipessoal Lda." (its "Lda." follows); Peru's closed
  // corporation and sole proprietorship, "Hilandería Misti Alpaca S.A.C.", "Textiles Puno E.I.R.L.".
  'Unipessoal', 'S\\.A\\.C', 'SAC', 'E\\.I\\.R\\.L', 'EIRL',
  // Luxembourg's and French Switzerland's limited company, "Ferronnerie Kieffer S.à r.l.", "Atelier Vuille Sàrl"; the French
  // "Limitée" of Quebec and Mauritius, "Rhumerie de Pamplemousses Ltée"; Singapore's private company, "Bukit Timah Orchids Pte.
  // Ltd." (its "Ltd" follows); the United Kingdom's community interest company, "Broughty Ferry Farmers Market CIC" (only after
  // a name's word, not a bank's: "CIC" and "Banque CIC" are a French bank).
  'S\\.\\s?à\\s?r\\.\\s?l', 'Sàrl', 'SàRL', 'Ltée', 'Limitée', 'Pte', '(?<=\\p{L}[ \\t]{1,3})(?<!(?:[Bb]anque|[Bb]ank|BANQUE|BANK)[ \\t]{1,3})CIC',
  // Greek companies in Greek letters: limited "Ε.Π.Ε.", private "Ι.Κ.Ε." (and its one-member "Μ.Ι.Κ.Ε."), general and limited
  // partnerships "Ο.Ε.", "Ε.Ε." ("Μαρμαροστιλβώσεις Θερμαϊκού Ο.Ε."); Bulgarian joint-stock companies and sole traders, "АД", "ЕТ".
  'Ε\\.Π\\.Ε', 'ΕΠΕ', 'Ι\\.Κ\\.Ε', 'Μ\\.Ι\\.Κ\\.Ε', 'Ο\\.Ε', 'Ε\\.Ε', 'Α\\.Β\\.Ε\\.Ε', 'АД', 'ЕТ',
];
/** The same forms in capitals, as letterheads and OCR write them ("ACME LTD", "SCHREINEREI ALBRECHT E.K."). */
const CAPITAL_FORMS = [
  'INC', 'LTD', 'LIMITED', 'CORP', 'CO', 'PTY', 'PVT', 'PTE', 'LTÉE', 'S\\.\\s?À\\s?R\\.\\s?L', 'SÀRL', 'GMBH', 'MBH', 'E\\.\\s?K', 'E\\.\\s?V', 'E\\.\\s?U', 'SARL', 'S\\.L', 'S\\.L\\.P', 'S\\.P\\.A', 'SPA', 'S\\.R\\.L', 'SRL', 'S\\.N\\.C', 'SNC', 'LDA', 'LTDA', 'OY', 'OYJ', 'APS', 'SDN\\.?\\s?BHD', 'BHD',
];
/** Every legal form's spelling as a regex source without its closing dot: the one list other readers pick their forms from. */
export const LEGAL_FORM_SPELLINGS: ReadonlySet<string> = new Set([...LEGAL_FORMS, ...CAPITAL_FORMS]);
const LEGAL_FORM = `(?:${[...LEGAL_FORMS, ...CAPITAL_FORMS].join('|')})\\.?`;
/** A legal form as a word of its own, anywhere in a name. */
export const HAS_LEGAL_FORM = new RegExp(`(?<![\\p{L}\\p{N}])${LEGAL_FORM}(?![\\p{L}\\p{N}])`, 'u');

/**
 * Capitalised words after a dash that end their line in a legal form: a name's second part, not a
 * separator ("Quinta do Souto Negro – Turismo Rural, Lda.").
 */
const DASHED_NAME_REST = `(?:\\p{Lu}[\\p{L}'’&.-]*[ \\t]+(?:\\p{Ll}{1,3}[ \\t]+)?){1,4}\\p{Lu}[\\p{L}'’&-]*,?[ \\t]+${LEGAL_FORM}[ \\t]*$`;
/**
 * Where a labelled name stops: a column gap, a tab, a bar, a semicolon, a separator between
 * blanks (" - ", " · ", " | ", a scan's " . " for a middle dot), an e-mail's angle bracket, a bracket (unless it holds a legal form another
 * one follows, as in "Farming (Pty) Ltd", or a country's short tag before one, "Sandpiper (S) Pte Ltd", "Acme (UK) Ltd"), or a comma not followed by a legal form. An en or em dash
 * before the rest of a name ending in its legal form (see `DASHED_NAME_REST`) parts nothing.
 */
export const NAME_END = new RegExp(
  `\\s{2,}|\\t|\\||;|\\s[–—](?!\\s${DASHED_NAME_REST})\\s|\\s[-·•~.]\\s|\\s\\((?!(?:${LEGAL_FORM}\\)|\\p{Lu}{1,3}\\)(?:\\s+\\p{Lu}\\p{L}*\\.?)?)\\s*${LEGAL_FORM}(?![\\p{L}\\p{N}]))|<|,(?!\\s*${LEGAL_FORM}(?![\\p{L}\\p{N}]))|$`,
  'mu',
);

/** Lower-case words that may sit inside or at the end of a company name. */
const NAME_PARTICLES = new Set([
  'of', 'and', '&', '+', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'von', 'van', 'der', 'den', 'dem', 'und', 'zu', 'het', "'t",
  'di', 'da', 'del', 'della', 'dello', 'dei', 'degli', 'e', 'y', 'do', 'dos', 'das', 'el', 'los',
  // Academic titles after "Dr.": "Praxis Dr. med. Anja Vollrath", "Dr. rer. nat. Ute Kolb".
  'med.', 'dent.', 'vet.', 'jur.', 'rer.', 'nat.', 'phil.', 'oec.', 'h.c.',
  'plc', 'mbh', 'mbb', 'e.k.', 'e.v.', 'e.u.', 'eg', 'ggmbh', 'inc.', 'ltd.', 'co.', 'bv', 'nv', 'z', 'o.o.', 's.r.o.', 'a.s.', 's.s.', 'd.o.o.',
  // Turkish "ve" (and): "Tekstil Sanayi ve Ticaret A.Ş."; Nordic "og"/"och".
  've', 'og', 'och',
  // Icelandic legal forms, written in lower case after the name.
  'ehf.', 'hf.', 'ehf', 'hf',
  // Czech and Slovak "a syn" (and son): "Pivovar Novák a syn s.r.o." (the "a" only before them, see `leadingName`).
  'syn', 'synové',
  // The second half of Luxembourg's "S.à r.l.", written apart: "Ferronnerie Kieffer S.à r.l.".
  'r.l.',
]);
/** Quote marks, tildes and carets standing apart after the last word. */
export const STRAY_MARK_END = /\s+['‘’`~^]+$/u;
/** Particles a name does not end with ("Müller und" is not a name). */
const TRAILING_PARTICLE = /\s+(?:of|and|&|\+|de|du|des|la|le|les|et|von|van|der|den|dem|und|zu|het|di|da|del|della|dello|dei|degli|e|y|do|dos|das|el|los|ve)$/iu;
/** The Nordic "og" and "och" (and), in lower case only: "OG" in capitals is an Austrian partnership's legal form. */
const TRAILING_NORDIC_AND = /\s+(?:og|och)$/u;
/** German contractions of a preposition and its article, inside a firm's name before the place it names. */
const PLACE_PARTICLES = new Set(['am', 'im', 'zum', 'zur', 'beim']);
/** What follows such a word when it dates or signs, not names a place: "am Montag", "am 15. Mai", "im Auftrag", "im Namen". */
const NO_PLACE_AFTER = /^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|auftrag|namen)$/iu;
const WORD_SPLIT = /(\s+)/;
/** Czech and Slovak "a" (and), French "à", Faroese and Icelandic "á" (at, on), lower-case words of a single letter inside a firm's name. */
const JOINING_LETTER = /^(?:a|à|á)$/u;
/**
 * A French or Italian particle elided onto the capitalised word it joins: "Val d'Oust", "Moulin de l'Étang",
 * "Cantina dell'Adige". The word goes on the name, as "de" and "della" do.
 */
const ELIDED_PARTICLE = /^(?:d|l|dell|dall|all|nell|sull)['’]\p{Lu}/u;
/**
 * Maltese particles inside a firm's name: "ta'" (of) before a capitalised word, "Bizzilla ta' Għawdex Ltd", and the
 * article joined by a hyphen to the capitalised word it precedes, "Dar il-Bizzilla", "Ħobż tal-Belt", "Għaqda tas-Sajd".
 */
const MALTESE_OF = /^ta['’]$/u;
const MALTESE_ARTICLE = /^(?:i|ta|bi|mi|fi|lil|sa)?[lċdnrsxtżz]-\p{Lu}/u;
const LEGAL_NOTE = /\s*\((?:the\s+)?["“]?[^)]*\)\s*$/u;
/** A capital, or OCR's zero for a capital O ("0live Tree Deli"). */
const STARTS_LIKE_NAME = /^["“]?(?:\p{Lu}|0(?=\p{Ll}))/u;
const MONTH_OR_DAY = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/iu;
/** Not names, though capitalised: greetings and the words that open a sentence. */
const NOT_A_NAME =
  // Greetings of the Nordic and Central European languages too: "Hej Jonas,", "Hei Kari,", "Ahoj Petře,", "Witam"; Maltese
  // "Għażiża Ms Borg," (dear, to a man or a woman, or to several), Danish and Norwegian "Kære"/"Kjære", Swedish "Kära",
  // Hungarian "Kedves", Polish "Szanowny", Czech and Slovak "Vážený"/"Vážená", Croatian and Slovene "Poštovani"/"Spoštovani".
  /^(?:hi|hey|hej|hejsan|hei|hallå|terve|ahoj|witam|cześć|zdravo|merhaba|għażiż|għażiża|għeżież|kære|kjære|kära|kedves|szanown[ayie]|vážen[ýáí]|poštovan[iae]|spoštovan[iae]|hello|dear|hallo|liebe|lieber|sehr|bonjour|cher|chère|ciao|gentile|hola|estimad[oa]|beste|geachte|olá|caro|cara|thanks|thank|please|regards|best|kind|page|seite|this|these|our|your|we|i|for|from|to|re|fwd|subject|date|total|bill|invoice|ship|details|number|amount|description|item|qty|quantity|account|acct)$/iu;

/**
 * A flattened header runs the next field into the name: "Bill To: Saltram Events Ltd Due 04 APR
 * 2026", "Kunde: Weber KG Datum 03.03.2026". A date or number word with a figure after it ends the name.
 */
export const RUN_ON_FIELD =
  /\s(?:due(?:\s+date)?|payment(?:\s+(?:due|date))?|date[d]?|issued|invoice(?:\s+(?:no|nr|number|#))?|inv|ref|terms|po|datum|fällig(?:\s+am)?|rechnungs?(?:\s*nr|nummer)?|échéance|facture|scadenza|fattura|fecha|vencimiento|factura|vervaldatum|factuur|vencimento|fatura|no|nr|n[°º])\.?(?:[ \t]*[:#]?[ \t]*\d|[ \t]*[:#][ \t]*\p{Lu}{1,6}[-/]?\d).*$/iu;

/**
 * An office or a department, not a party: "Accounts Payable", "The Bursar", "Buchhaltung",
 * "Service comptabilité", "Ufficio amministrazione", "Departamento de compras", "Crediteurenadministratie".
 */
export const ROLE_OR_DEPARTMENT = new RegExp(
  `^(?:the[ \\t]+)?(?:(?:head|director)[ \\t]+of[ \\t]+)?(?:${[
    'accounts?(?:[ \\t]+(?:payable|department|dept\\.?|team|office))?', 'finance(?:[ \\t]+(?:department|dept\\.?|team|office|director))?',
    'bursar', 'treasurer', 'purchasing(?:[ \\t]+(?:department|dept\\.?|team|office))?', 'procurement(?:[ \\t]+(?:department|team|office))?',
    'office[ \\t]+manager', 'accounting(?:[ \\t]+department)?', 'bookkeeping', 'finance[ \\t]+and[ \\t]+administration', 'school[ \\t]+office', 'secretary',
    '(?:kreditoren)?buchhaltung', 'finanzabteilung', 'finanzbuchhaltung', 'einkauf(?:sabteilung)?', 'rechnungswesen', 'verwaltung', 'sekretariat', 'rechnungseingang',
    '(?:service[ \\t]+)?(?:comptabilité|comptabilite|des[ \\t]+achats|achats)', 'comptabilité[ \\t]+fournisseurs', 'secrétariat',
    '(?:ufficio[ \\t]+)?(?:amministrazione|amministrativo|acquisti|contabilità)', 'segreteria',
    '(?:departamento[ \\t]+(?:de[ \\t]+)?)?(?:contabilidad|compras|administración|financeiro|contabilidade|finanzas)', 'secretaría', 'secretaria', 'tesorería', 'tesouraria',
    'boekhouding', 'crediteurenadministratie', '(?:financiële[ \\t]+)?administratie', 'inkoop(?:afdeling)?', 'secretariaat',
    // Whoever lives at an address, not a named party: "The Homeowner", "The Occupier", "Der Eigentümer", "Le propriétaire".
    "(?:(?:der|die|le|la|l['’]|il|el|de|o)[ \\t]*)?(?:home[ \\t]?owner|householder|occupier|occupant|resident|property[ \\t]+owner|eigentümer(?:in)?|bewohner(?:in)?|propriétaire|proprietario|propietario|proprietário|bewoner|occupante)",
  ].join('|')})$`,
  'iu',
);

/**
 * A job title, as a signature gives it under the writer's name or before the company ("Owner,
 * Lopez Design Studio", "Project Manager", "Geschäftsführer", "Gérante", "Amministratore").
 */
export const JOB_TITLE = new RegExp(
  `^(?:(?:senior|junior|assistant|deputy|chief|head|general|managing|sales|project|account|office|accounts|finance|operations|facilities|events|marketing|practice|business)[ \\t]+)*(?:${[
    'owner', 'co-?owner', 'founder', 'co-?founder', 'director', 'manager', 'partner', 'proprietor', 'principal', 'president', 'ceo', 'cfo', 'coo', 'administrator', 'consultant', 'accountant', 'bookkeeper', 'secretary', 'assistant', 'engineer', 'designer', 'co-?ordinator',
    'geschäftsführer(?:in)?', 'inhaber(?:in)?', 'buchhalter(?:in)?', 'projektleiter(?:in)?', 'prokurist(?:in)?', 'sachbearbeiter(?:in)?',
    'gérant(?:e)?', 'directeur|directrice', 'comptable', 'responsable(?:[ \\t]+\\p{Ll}+)?', 'assistante?',
    'amministratore(?:[ \\t]+unico|[ \\t]+delegato)?', 'titolare', 'direttore|direttrice', 'contabile',
    'gerente', 'director[ao]?', 'administrador[ao]?', 'contable', 'sócio(?:-gerente)?', 'socio', 'contabilista',
    'eigenaar', 'directeur', 'boekhouder', 'projectleider', 'zaakvoerder',
  ].join('|')})$`,
  'iu',
);

/** A legal form's dot, then one capitalised word closing the name: the first word of the next sentence. */
const SENTENCE_AFTER_LEGAL_DOT = /(?<=(?<![\p{L}])(?:co|inc|ltd|corp|llc|plc)\.)\s+\p{Lu}\p{Ll}+$/iu;

/**
 * The name at the start of `raw`: up to `NAME_END`, a run-on field, a note in brackets, or the first ordinary
 * lower-case word ("Hollybrook Equestrian Centre on 20 May" → "Hollybrook Equestrian Centre").
 */
export function leadingName(raw: string): string {
  const stop = raw.search(NAME_END);
  const whole = raw.slice(0, stop < 0 ? raw.length : stop);
  const head = whole.slice(0, RUN_ON_FIELD.exec(whole)?.index ?? whole.length).replace(LEGAL_NOTE, '');
  let name = '';
  const parts = head.split(WORD_SPLIT);
  for (let k = 0; k < parts.length; k += 1) {
    const part = parts[k] ?? '';
    // Czech and Slovak "a syn" (and son) inside a firm's name: "Pivovar Novák a syn s.r.o.".
    if (part === 'a' && /^syn(?:ové)?$/u.test(parts[k + 2] ?? '')) {
      name += part;
      continue;
    }
    // "Sklárna Vrbenský a Kohout s.r.o.", "Fers à Gaufres Mosans SRL": a one-letter "and" or "at" between capitalised
    // words of a firm's name, kept only where a legal form ends the name after it (see `JOINING_LETTER`).
    if (JOINING_LETTER.test(part) && /^\p{Lu}/u.test(parts[k + 2] ?? '') && HAS_LEGAL_FORM.test(parts.slice(k + 2).join(''))) {
      name += part;
      continue;
    }
    // German place words before a capitalised place: "Feinkost am Titisee OHG", "Gasthof zur Post", "Apotheke im Tal" (not "am 15. Mai").
    const place = parts[k + 2] ?? '';
    if (PLACE_PARTICLES.has(part) && /^\p{Lu}\p{Ll}/u.test(place) && !NO_PLACE_AFTER.test(place.replace(/[^\p{L}]+$/u, ''))) {
      name += part;
      continue;
    }
    // "Bizzilla ta' Għawdex Ltd", "Dar il-Bizzilla Guesthouse": Maltese particles (see `MALTESE_OF`).
    if ((MALTESE_OF.test(part) && /^\p{Lu}/u.test(parts[k + 2] ?? '')) || MALTESE_ARTICLE.test(part)) {
      name += part;
      continue;
    }
    if (part.trim() && /^\p{Ll}/u.test(part) && !NAME_PARTICLES.has(part.toLowerCase()) && !ELIDED_PARTICLE.test(part)) {
      // "Tamburaški atelje Kovačević d.o.o.", "UAB Laivų modeliai": a name in sentence case runs on to its end (see the file).
      const rest = parts.slice(k).join('');
      if (sentenceCaseNameGoesOn(name, rest)) name += rest.trimEnd();
      break;
    }
    name += part;
  }
  // A sentence after a legal form's closing dot ("Cedar Hollow Printing Co. Thank you for ..."): its first word is no part of the name.
  const sentence = name.includes('.') ? SENTENCE_AFTER_LEGAL_DOT.exec(name.trimEnd()) : null;
  if (sentence && /^\s+\p{Ll}/u.test(head.slice(name.trimEnd().length))) name = name.slice(0, sentence.index);
  name = withoutFigureAfterLegalDot(name.trimEnd());
  // A scan's stray mark after the name ("Skelwith Yacht Charters Ltd '") is no part of it.
  return name.trim().replace(STRAY_MARK_END, '').replace(/[,:;*_`]+$/u, '').replace(TRAILING_PARTICLE, '').replace(TRAILING_NORDIC_AND, '');
}

/** Whether `name` can name a company or a person: capitalised, with letters, not a month or a greeting. */
/** An address, not a name: "Unit 5", "12 Elm Road", "PO Box 40", "Via Roma 8". */
const ADDRESS_START =
  /^(?:\d+(?![\p{L}])|(?:unit|flat|suite|apt|apartment|floor|building|po\s+box|p\.\s?o\.|postfach|rue|via|calle|avenida|av\.|rua|straat)(?![\p{L}]))/iu;

/** A reference, not a name: one word of letters and digits parted by slashes or dashes ("OTT/2026/04", "C-40317"). */
const REFERENCE_CODE = /^(?=[^\s]*\d)(?=[^\s]*[/-])[\p{L}\d/.-]+$/u;

export function looksLikeName(name: string): boolean {
  if (!STARTS_LIKE_NAME.test(name) || !/\p{L}{2}/u.test(name) || name.includes('@') || ADDRESS_START.test(name) || REFERENCE_CODE.test(name)) return false;
  // More digits than letters is an account or a reference ("NL91 ABNA 0417 1643 00"), not a name.
  if ((name.match(/\d/gu)?.length ?? 0) > (name.match(/\p{L}/gu)?.length ?? 0)) return false;
  // A document's title ("TAX INVO ICE", "Fee Note") or a street alone ("Main St.") names no one.
  if (isDocumentTitle(name) || isStreetOnly(name)) return false;
  const first = name.split(/[\s,]+/)[0] ?? '';
  // "Total Harmony Music Ltd": a firm's whole name may open with a label's word (see entity-party-label-word-firm).
  return !MONTH_OR_DAY.test(first) && (!NOT_A_NAME.test(first.replace(/[^\p{L}]/gu, '')) || firmOpeningWithLabelWord(name));
}

/** Words that start with a capital (or are particles) all the way: "Bakkerij De Korenschoof", not "Sorry for the delay". */
export function wholeSegmentIsName(segment: string, name: string): boolean {
  return name.length >= 3 && segment.replace(/[,.;:]+$/u, '') === name.replace(/[,.;:]+$/u, '');
}
