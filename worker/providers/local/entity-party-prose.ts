/**
 * Parties named in sentences: "Invoice from Acme GmbH to Borealis Ltd", "issued by X to Y",
 * "billed to Y", "Rechnung von X an Y", and the parties of a contract ("between X and Y", in the
 * seven languages). A name is cut out of the words that follow the cue (see `leadingName`).
 */
import { firmOfGreetedPerson } from './entity-party-firm-under-person';
import { HAS_LEGAL_FORM, leadingName, looksLikeName } from './entity-party-names';
import type { FoundParty } from './entity-parties';
import { execAll } from './entity-text';
import { accountFieldPayee } from './entity-payee';
import { bankPayee } from './entity-payee-bank';
import { payeeCueInItemRow } from './entity-payee-item-row';

/** The words a document calls itself by, at the start of a line. */
const INVOICE_TITLE = '(?:(?:tax\\s+)?invoice|bill|rechnung|facture|factura|fattura|factuur|fatura|faktura)';
/** A reference after the title: "Invoice 2025-88", "Invoice No. 12". */
const TITLE_REFERENCE = '(?:[ \\t]+(?:no\\.?|nr\\.?|n[°º.]|#)?[ \\t]*[\\p{L}\\d][\\p{L}\\d/.-]*\\d[\\p{L}\\d/-]*)?';
/** Cues before the vendor and before the customer: "from … to", "von … an", "de … à", "van … aan". */
const FROM = '(?:from|von|de|da|van)';
/** "to", and the words for it fused with an article: "au", "ao", "al", "alla", "aux", "às". */
const TO = "(?:to|an|à|a|aan|para|au|aux|ao|aos|às|al|alla|allo|ai|agli|alle|all['’])";
/** When, between the verb and its agent: "issued on 4 March 2026 by", "ausgestellt am 3. März 2026 von". */
const WHEN = '(?:\\s+(?:on|am|le|il|el|op|em)\\s+[\\p{L}\\d .,/-]{1,30}?)?';
const BY = `(?:(?:issued|billed|sent|invoiced|supplied|provided|raised)${WHEN}\\s+by|(?:ausgestellt|gestellt|erstellt)${WHEN}\\s+von|(?:émise?|établie?|adressée?)${WHEN}\\s+par|(?:emessa|rilasciata)${WHEN}\\s+da|(?:emitida|emitido|expedida)${WHEN}\\s+por|(?:uitgegeven|verstuurd|opgesteld)${WHEN}\\s+door)`;
/** An article before a party's name: "to the Greyhollow Rowing Club", "an die Stadtwerke Kassel", "à la Mairie de Nantes". */
const ARTICLE = "(?:(?:the|die|der|den|dem|das|le|la|les|l['’]|il|lo|gli|el|los|las|het|o|os|as)(?:[ \\t]+|(?<=['’])))?";
const BY_TO = "(?:to|for|against|an|à|a|para|aan|au|aux|ao|aos|às|al|alla|allo|ai|agli|alle|all['’])";
/** Words that name only the customer after them; "This is our invoice to X for ...", "Invoice 12 ... is sent to X" too (a cheque "made out to" X names the payee). */
const CUSTOMER_ONLY = '(?:our|this|the|my)\\s+invoice\\s+to|(?:is|was|has\\s+been)\\s+sent\\s+to|(?:notre|cette)\\s+facture\\s+à|(?:unsere|diese)\\s+rechnung\\s+an|(?:billed|invoiced|issued|addressed|(?<!(?:cheques?|checks?|payments?)\\s+)made\\s+out|charged|sold|supplied)\\s+to|(?:ausgestellt|gestellt)\\s+an|(?:adressée?|facturée?)\\s+à|intestata\\s+a|(?:emitida|facturada)\\s+a|gericht\\s+aan';
/** A subject's verb for issuing an invoice, in the present or the past. */
const ISSUES =
  '(?:issues?|issued|sends?|sent|raises?|raised|submits?|submitted|presents?|presented|émet(?:tent)?|adresse(?:nt)?|emette(?:no)?|invia(?:no)?|emite(?:n)?|env[ií]a(?:n)?|stuurt|sturen|verstuurt|envia(?:m)?|emitem|stellt|stellen)';
/**
 * A subject's verb for invoicing someone, with the customer as its object (and "a"/"à" before it where
 * the language wants one). In lower case, as a verb in a sentence is: "Rechnung / Facture Nr." is a title.
 */
const INVOICES =
  "(?<verb>invoices|invoiced|bills|billed|facture|a\\s+facturé|fakturiert|hat\\s+fakturiert|factureert|factureerde|(?:fattura|factura|facturó|fatura|faturou|ha\\s+fatturato)(?:[ \\t]+(?:a|ao|à|al|alla))?)";
/** "this invoice", "the present invoice", "la présente facture", "questa fattura", "esta factura", "deze factuur", "diese Rechnung". */
const THIS_INVOICE =
  "(?:(?:this|the|its|their|our|an|la|cette|questa|la\\s+presente|esta|la\\s+presente|deze|de|a|diese|die|ihre|la\\s+présente|the\\s+present)[ \\t]+)?(?:invoice|bill|facture|fattura|factura|factuur|fatura|rechnung)(?![\\p{L}])";
/** Blanks, and the marks of a quoted mail ("> ") or a list, before a line's first word. */
const QUOTE_MARKS = '[ \\t]*(?:[>*•·-][ \\t]*)*';
/** A party's role before its name, as marketplaces write it: "issued by the seller X to the buyer Y". */
const SELLER = '(?:(?:seller|vendor|supplier|merchant|retailer)[ \\t]+)?';
const BUYER = '(?:(?:buyer|customer|client|purchaser)[ \\t]+)?';
const NAME = ARTICLE + SELLER + '(?<vendor>\\p{Lu}[^\\n]{0,100}?)';
const REST = ARTICLE + BUYER + '(?<customer>\\p{Lu}[^\\n]{0,120})';

/**
 * Each reading of parties in prose, with (`needs`) a piece of text any match of its pattern must hold, tested
 * first: most documents hold none, and a cheap test of the whole text costs less than trying the pattern (its
 * name is read lazily up to a hundred characters) at every line or word. Each `needs` only weakens its pattern
 * (same flags, a part of it that a match must contain), so it never turns a match away; none for the first and
 * last, which cost little.
 */
const READINGS: { needs?: RegExp; pattern: RegExp; withLegalForm?: boolean }[] = [
  // "Invoice from X to Y", "Invoice 2025-88 - X to Y", "Rechnung von X an Y", "From X to Y"
  { pattern: new RegExp(`^${QUOTE_MARKS}(?:${INVOICE_TITLE}${TITLE_REFERENCE}[ \\t]*(?:[-–—:,][ \\t]*)?(?:${FROM}[ \\t]+)?|from[ \\t]+)${NAME}[ \\t]+${TO}[ \\t]+${REST}`, 'gimu') },
  // "From X to Y" as a sentence of its own inside a line: "Invoice INV-7 dated 2 March 2026. From Acme Ltd to Borealis
  // GmbH. Total EUR 100.00". A reading apart from the one above, whose match from the line's start runs past it.
  // Inside a line such a sentence is as often a route ("Shipped. From Rotterdam to Hamburg"): one party needs a legal form.
  { withLegalForm: true, needs: /[.!?][ \t]+from[ \t]/iu, pattern: new RegExp(`(?<=[.!?][ \\t]+)from[ \\t]+${NAME}[ \\t]+${TO}[ \\t]+${REST}`, 'gimu') },
  // "issued by X to Y", "issued by X" alone, "issued by X on 4 March" (the date's word after a blank: "Translation" is no "on")
  // "issued by", "ausgestellt von", "émise par", ...: the agent's word after a blank, then a blank and the name.
  { needs: /\s(?:by|von|par|da|por|door)[ \t]+\S/iu, pattern: new RegExp(`(?<![\\p{L}])${BY}[ \\t]+${NAME}(?:[ \\t]+${BY_TO}[ \\t]+${REST}|(?=[ \\t]*(?:[,;(]|\\.(?=\\s|$)(?![ \\t]+${BY_TO}[ \\t])|$)|[ \\t]+(?:on|am|le|il|el|op|em)\\s))`, 'gimu') },
  // In mid-sentence: "your invoice NGH-558120 from X, issued on ...", "invoice CL-0912 (dated ...) from X to Y",
  // "invoice BPT-0412, dated 14 March 2026, from X to Y",
  // "this bill ... comes from X, to Y".
  { needs: /[ \t]from[ \t]/iu, pattern: new RegExp(
    `(?<![\\p{L}])(?:${INVOICE_TITLE}${TITLE_REFERENCE}(?:[ \\t]*\\([^)\\n]{0,80}\\)|,[ \\t]*[^,\\n]{1,40},)?|comes|is|was|sent)[ \\t]+from[ \\t]+${NAME}(?:,?[ \\t]+${TO}[ \\t]+${REST}|(?=[ \\t]*(?:[,;(]|\\.(?:\\s|$)|$)))`,
    'gimu',
  ) },
  // Each of CUSTOMER_ONLY's words, then its "to".
  { needs: /(?:invoice|sent|facture|rechnung|billed|invoiced|issued|addressed|out|charged|sold|supplied|gestellt|adressée?|facturée?|intestata|emitida|facturada|gericht)\s+(?:to|à|an|a|aan)/iu, pattern: new RegExp(`(?<![\\p{L}])(?:${CUSTOMER_ONLY})[ \\t]*:?[ \\t]*${REST}`, 'gimu') },
  // "Invoice PW-0093, dated 8 March 2026, for Ashcombe Cider Company:": whom the invoice is for, closing its clause.
  { needs: /[ \t]for[ \t]/iu, pattern: new RegExp(`(?<![\\p{L}])${INVOICE_TITLE}${TITLE_REFERENCE}(?:,[ \\t]*[^,\\n]{1,40},)?[ \\t]+for[ \\t]+${ARTICLE}(?<forCustomer>\\p{Lu}[^\\n:;,.]{0,80}?)[ \\t]*(?=[:;]|$)`, 'gimu') },
  // The vendor as the sentence's subject: "X issue this invoice, number 12, on 10 March 2026 to Y",
  // "X émet la présente facture à Y", "X emite esta factura a Y", "X stuurt deze factuur aan Y".
  // Read in a lookahead, so that a subject that fails as a name leaves the next sentence to be read.
  { needs: new RegExp(`[ \\t]${ISSUES}[ \\t]+${THIS_INVOICE}`, 'iu'), pattern: new RegExp(`(?:^|(?<=[.!?][ \\t]+))(?=(?<whole>${QUOTE_MARKS}${NAME}[ \\t]+${ISSUES}[ \\t]+${THIS_INVOICE}(?:[^\\n]{0,80}?[ \\t]+${BY_TO}[ \\t]+${REST}|(?=[ \\t]*(?:[,;(]|\\.(?:\\s|$)|$)))))`, 'gimu') },
  // The verb "to invoice" with the customer as its object: "X invoices Y for two sessions", "X facture Y pour",
  // "X fakturiert Y", "X factureert Y", "X fattura a Y", "X factura a Y", "X fatura a Y".
  // Single blanks, as a sentence has them: "Totale fattura      EUR   312,00" is a table's row.
  // "X hereby invoices Y": an adverb of formal letters may stand before the verb.
  { needs: new RegExp(` ${INVOICES} `, 'iu'), pattern: new RegExp(`(?:^|(?<=[.!?][ \\t]+))(?=(?<whole>${QUOTE_MARKS}${NAME} (?:(?:hereby|herewith|hiermit|par\\s+la\\s+présente) )?${INVOICES} ${REST}))`, 'gimu') },
  // "Please make cheques payable to Acme Ltd", "Payments to X", "Please remit to X LLP": who is paid is who invoices.
  // "to" is a whole word: "with payment      TOTAL GBP" names no payee.
  { pattern: new RegExp(`(?<![\\p{L}])(?:(?:cheques?|checks?|payments?|transfers?)\\s+(?:payable\\s+)?to|payable\\s+to|remit(?:tance)?\\s+to)(?![\\p{L}])[ \\t]*:?[ \\t]*(?<payee>\\p{Lu}[^\\n]{0,120})`, 'gimu') },
];

/** A legal form at a name's end, whose full stop belongs to it ("Borealis Corp.", "Rossi S.r.l."). */
const ENDS_IN_LEGAL_FORM = new RegExp(`${HAS_LEGAL_FORM.source}$`, 'u');

/** Legal forms that are initials, written without a full stop of their own: "LLC", "GmbH", "PLC". */
const INITIALS_FORM = /(?<![\p{L}])(?:LLC|LLP|LP|PLC|GmbH|AG|KG|SE|SAS|SARL|BV|NV|ApS|SpA|Srl)\.$/u;

/** The full stop that ends the sentence is no part of the name: "... an die Stadtwerke Kassel.", "payable to X LLC." (not "Inc."). */
function withoutFullStop(name: string): string {
  return name.endsWith('.') && (INITIALS_FORM.test(name) || (!ENDS_IN_LEGAL_FORM.test(name) && !/(?:^|\s)\p{L}\.$/u.test(name))) ? name.slice(0, -1) : name;
}

/**
 * A sentence about the figures after the customer's name on the same line ("... to Borealis GmbH. Total EUR 100.00",
 * "... to Y. Payment within 30 days"): no firm's name runs on past a full stop into such a word. The stop is kept for
 * `withoutFullStop` to judge ("Acme Ltd." keeps it).
 */
const FIGURES_SENTENCE = /\.(?=[ \t]+(?:total|amount|net|vat|tax|balance|due|payment|please|thank|terms|iban)(?![\p{L}]))/iu;

function customerBeforeFiguresSentence(rest: string): string {
  const stop = FIGURES_SENTENCE.exec(rest);
  return stop ? rest.slice(0, stop.index + 1) : rest;
}

function party(role: FoundParty['role'], name: string, match: RegExpMatchArray): FoundParty {
  const start = match.index ?? 0;
  const whole = match.groups?.whole ?? match[0];
  return { role, name, start, end: start + whole.length, text: whole.trim() };
}

export function proseParties(text: string): FoundParty[] {
  const parties: FoundParty[] = [];
  for (const { needs, pattern, withLegalForm } of READINGS) {
    if (needs && !needs.test(text)) continue;
    for (const match of execAll(pattern, text)) {
      // A verb in a sentence is in lower case (the flag "i" would let \p{Ll} match a capital too).
      if (match.groups?.verb && !/^\p{Ll}/u.test(match.groups.verb)) continue;
      const rawVendor = match.groups?.vendor?.trim();
      // The vendor runs up to the cue before the customer, so all of it must be a name; otherwise
      // that cue sat inside a sentence ("from the office to the site").
      const vendor = rawVendor === undefined ? undefined : leadingName(rawVendor);
      if (rawVendor !== undefined && (vendor !== rawVendor.replace(/[,:;]+$/u, '') || !looksLikeName(vendor ?? ''))) continue;
      const customer = match.groups?.customer === undefined ? undefined : withoutFullStop(leadingName(customerBeforeFiguresSentence(match.groups.customer)));
      if (customer !== undefined && !looksLikeName(customer)) continue;
      if (withLegalForm && !HAS_LEGAL_FORM.test(vendor ?? '') && !HAS_LEGAL_FORM.test(customer ?? '')) continue;
      // A customer named only after "for" must read as an organisation: a legal form, or three capitalised words.
      const forCustomer = match.groups?.forCustomer?.trim();
      if (forCustomer !== undefined) {
        const name = leadingName(forCustomer);
        const capitalised = (name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length;
        if (name === forCustomer && looksLikeName(name) && (HAS_LEGAL_FORM.test(name) || capitalised >= 3)) parties.push(party('customer', name, match));
        continue;
      }
      const payee = match.groups?.payee === undefined ? undefined : withoutFullStop(leadingName(match.groups.payee));
      // "Payment to :  Acc name ...": a bank detail's label, no payee (see entity-payee).
      // "transfer to Credito Valtellinese, IBAN ...": the bank that keeps the account (see entity-payee-bank).
      // "3 x longtail transfer to Tonsai at ฿1,200.00": an item's row, not a payment sentence (see entity-payee-item-row).
      if (payee && looksLikeName(payee) && !accountFieldPayee(match.groups?.payee ?? '') && !bankPayee(match.groups?.payee ?? '', payee) && !payeeCueInItemRow(text, match.index ?? 0)) {
        parties.push(party('vendor', payee, match));
      }
      if (vendor) parties.push(party('vendor', vendor, match));
      if (customer) parties.push(party('customer', customer, match));
    }
  }
  return parties;
}

/** A greeting that opens a line: "Dear", "Sehr geehrte Damen und Herren der", "Bonjour", "Geachte". */
const SALUTATION = new RegExp(
  `^${QUOTE_MARKS}(?:dear|hello|hi|liebe|lieber|sehr\\s+geehrte[rs]?|bonjour|cher|chère|chers|gentile|spettabile|spett\\.le|estimad[oa]s?|geachte|beste|caro|cara|prezad[oa]s?)[ \\t]+(?<customer>\\p{Lu}[^\\n]{0,120})`,
  'gimu',
);

/**
 * An organisation's name of three capitalised words or more that the text names again elsewhere, as a mail's
 * subject does ("Invoice NIS-40218 ... for Bramcote Veterinary Surgery", then "Dear Bramcote Veterinary Surgery,"):
 * a person greeted is seldom named twice so.
 */
function namedAgain(text: string, name: string): boolean {
  if ((name.match(/(?<![\p{L}])\p{Lu}/gu) ?? []).length < 3) return false;
  // The greeting is one mention; another must stand elsewhere.
  const first = text.indexOf(name);
  return first >= 0 && text.indexOf(name, first + name.length) >= 0;
}

/**
 * "Dear Marrowbone Foods Ltd,": a mail or letter greeting a company is addressed to the customer.
 * Only a name with a legal form counts (a person greeted may be anyone's clerk), or an organisation's name the text
 * repeats (see `namedAgain`), and it is generic,
 * so that a "Bill to:" label outranks it.
 */
export function salutationCustomer(text: string): FoundParty[] {
  const parties: FoundParty[] = [];
  for (const match of execAll(SALUTATION, text)) {
    const greeted = leadingName(match.groups?.customer ?? '');
    // "Dear Ms Maguire of Erne Lakeside Cruisers Ltd,": the firm, not its contact (see entity-party-firm-under-person).
    const name = firmOfGreetedPerson(greeted) ?? greeted;
    if (looksLikeName(name) && (HAS_LEGAL_FORM.test(name) || namedAgain(text, name))) parties.push({ ...party('customer', name, match), generic: true });
  }
  return parties;
}

/** Names start with a non-blank so the blanks before them can be matched only one way. */
const BETWEEN_PARTIES = [
  ['between', 'and'], ['zwischen', 'und'], ['entre', 'et'], ['entre', 'y'], ['entre', 'e'], ['tra', 'e'], ['fra', 'e'], ['tussen', 'en'],
].map(
  ([between, and]) =>
    new RegExp(`(?<![\\p{L}])${between}[ \\t]+(?<first>\\S[^\\n]{1,119}?)[ \\t]+${and}[ \\t]+(?<second>\\S[^\\n]{1,119}?)(?=[ \\t]*(?:[,;(]|\\.(?:\\s|$)|$))`, 'gimu'),
);

export function contractParties(text: string): FoundParty[] {
  const parties: FoundParty[] = [];
  for (const pattern of BETWEEN_PARTIES) {
    for (const match of execAll(pattern, text)) {
      const names = [leadingName(match.groups?.first ?? ''), leadingName(match.groups?.second ?? '')];
      // "between 9 am and 5 pm" or "between the parties and ..." are not two names.
      if (!names.every((name) => looksLikeName(name) && /\p{L}{2}/u.test(name))) continue;
      for (const name of names) parties.push(party('party', name, match));
    }
  }
  return parties;
}
