/**
 * The invoice decision without a model: required fields present, and no contradiction between the
 * dates, the amounts and the currencies. Used by the offline provider and whenever a model's
 * answer is unusable.
 */
import { scanDocument, type LabelledDate } from '../providers/local/entity-scan';
import { findWordAmounts } from '../providers/local/entity-words';
import { evidenceAt } from './evidence-span';
import { DecisionBuilder, money, type RulesDecision } from './decision-builder';
import { checkCurrency } from './invoice-currency';
import { onMailHeader, withoutQuotedReply } from './invoice-mail';
import { withPlainBars } from '../providers/local/entity-borders';
import { withJoinedLabels } from '../providers/local/entity-split-labels';
import { hasDebitCreditColumns } from './invoice-ledger';
import { checkSumsOrMisread } from './invoice-sum-repairs';
import { withItemSectionTotals } from './invoice-item-sections';
import { checkBalance, checkLineArithmetic, checkTaxRate, hasRunningBalance, labelledFigures, lineItemsSum } from './invoice-sums';
import { checkTotalInWords, totalInWords } from './invoice-words';
import { checkWrittenSum } from './invoice-written-sum';
import { isWorkDate } from './invoice-work-dates';
import { isReferenceDate } from './invoice-reference-dates';
import { isPaymentDate } from './invoice-payment-dates';
import { isListedDay } from './invoice-date-lists';
import { issuedTodayHeaderDate } from './invoice-issued-today';
import { isReprintDate } from './invoice-reprint-dates';
import { sentenceAround } from './invoice-date-sentence';
import { rowCellLabel } from './invoice-date-cells';
import { checkProseProducts } from './invoice-prose-products';
import { checkRowTriples } from './invoice-row-triples';
import { checkDiscountRows } from './invoice-discount-rows';
import { checkProseSum } from './invoice-prose-sum';
import { withoutRateBreakdown } from './invoice-rate-breakdown';
import { checkRateLines } from './invoice-rate-lines';
import { checkPageCarries, readPageCarries, withoutCarriedLines, withoutPageFigures } from './invoice-page-carry';
import { checkRateSummary, readRateSummary, withRateSummary } from './invoice-rate-summary';

export type { RulesDecision, Verdict } from './decision-builder';

function dateValue(date: LabelledDate | undefined): string | null {
  return date ? (date.iso ?? date.text) : null;
}

/**
 * A date that ends a run of days is a period, not a day of issue: "1-30 April 2026", "3.–7. März 2026",
 * "du 2 au 6 mars", and days of work "on 2 and 3 March 2026".
 */
const DAY_RANGE_BEFORE = /(?<![\d.,/-])\d{1,2}(?:st|nd|rd|th|er|\.)?[ \t]*(?:[-–—&]|to|au|al|bis|tot|a|and|und|et|y|e|en)[ \t]*$/iu;

/**
 * A payment reminder's title or subject: its own dates (when it was written, the new deadline, the
 * next reminder) are not the reminded invoice's issue date, which only a label can give.
 */
const REMINDER_TITLE =
  /^[ \t>*#]*(?:(?:subject|betreff|objet|oggetto|asunto|onderwerp|assunto)[ \t]*:[ \t]*)?(?:\d\.?[ \t]*)?(?:(?:first|second|final|last)[ \t]+)?(?:payment[ \t]+reminder|reminder|zahlungserinnerung|mahnung|rappel|relance|sollecito|recordatorio|(?:betalings)?herinnering|aanmaning|lembrete)(?![\p{L}])/imu;
/** The reminded invoice's own date, in prose: "our invoice LQ-107 of 12 January 2026", "Rechnung Nr. 88 vom", "facture n° 12 du". */
const INVOICE_OF =
  /(?<![\p{L}])(?:invoice|rechnung|facture|fattura|factura|factuur|fatura)[ \t]+(?:(?:no\.?|nr\.?|n[°º.]|#)[ \t]*)?\S*\d\S*[ \t]+(?:of|dated|vom|du|del|de|van|d\.d\.)[ \t]+$/iu;

/**
 * Words and a colon right before a date, on its line: the date's own label ("Campaign live:", "Arrival:"),
 * unless its words, however misspelt or cut short, still speak of a date or the invoice ("Dtae of issue:", "Re.-Dat.:").
 */
const OTHER_LABEL_BEFORE = /(?:^|\n|[ \t]{2,}|[|(][ \t]*)(?<label>\p{L}[\p{L}\d .'’/-]{1,30})[:：][ \t]*$/u;
const DATE_OR_INVOICE_WORD = /d\p{L}{0,2}t|issu|fech|rech|fact|fatt|fatu|inv|bill|tax\s+point/iu;

/**
 * "Date:" alone reads as the issue date, then a dated place ("Winterthur, 09.04.2025"); failing
 * those, the first date that nothing labels and that names a real day, unless it ends a run of days
 * or the document is a reminder. A mail's own dates (its header, "On ... wrote:") say when the mail was written, not
 * when the invoice was issued, so they count only last, and only for a mail with no invoice number (`numbered`).
 */
function issueDate(text: string, dates: LabelledDate[], numbered: boolean): LabelledDate | undefined {
  const own = dates.filter((date) => !onMailHeader(text, date.start));
  const labelled = own.find((date) => date.label === 'issue');
  if (labelled) return labelled;
  if (REMINDER_TITLE.test(text)) return own.find((date) => INVOICE_OF.test(text.slice(Math.max(0, date.start - 60), date.start)));
  const inPeriod = (date: LabelledDate): boolean => DAY_RANGE_BEFORE.test(text.slice(Math.max(0, date.start - 12), date.start));
  // "Campaign live: 2 March 2026": a label of its own that none of ours knows names some other day.
  // So is a word opening a date's cell in a row of such cells ("Druckfreigabe 09.04.2026   Lieferung 14.04.2026", see invoice-date-cells).
  const otherLabel = (date: LabelledDate): boolean => {
    const label = OTHER_LABEL_BEFORE.exec(text.slice(Math.max(0, date.start - 40), date.start))?.groups?.label ?? rowCellLabel(text, date, dates);
    return label !== undefined && !DATE_OR_INVOICE_WORD.test(label);
  };
  // "Groomed on 10/05/2026": when work was done, not the invoice (see invoice-work-dates); "deposit received 2026/04/14":
  // when money came in (see invoice-payment-dates); "consent 26/00141/TCA of 9 February 2026": another document's date (see invoice-reference-dates).
  // "*** COPY – printed on 21/07/2026 ***": when a copy was printed (see invoice-reprint-dates).
  // Unlabelled, a figure that names no day ("20-71-44 / 50338812", a sort code and account) is no date at all.
  // "on 13 July 2026 and 14 July 2026": days listed together are when something happened (see invoice-date-lists).
  const found =
    own.find((date) => date.label === 'place') ??
    own.find((date) => !date.label && date.iso !== null && !inPeriod(date) && !otherLabel(date) && !isWorkDate(text, date.start) && !isPaymentDate(text, date.start) && !isReferenceDate(text, date.start) && !isListedDay(text, date, own) && !isReprintDate(text, date.start));
  // A mail that writes out a bill with no number of its own ("Here's my bill for the kitchen circuits") is
  // dated by its sending; a mail that sends a numbered invoice leaves the date to the invoice, which may lack one.
  // "Please see below our invoice, issued today": the date of the message that says so (see invoice-issued-today).
  return found ?? issuedTodayHeaderDate(text, dates) ?? (numbered ? undefined : dates.find((date) => date.iso !== null && onMailHeader(text, date.start)));
}

/** Payment words: a deadline on their line ("bitte bis zum 15.05.2025 überweisen") is the due date. */
const PAYMENT_LINE = /(?<![\p{L}])(?:pay|paid|payment|zahl|überweis|ueberweis|paie|régl|regl|pag|betaal|betal|transfer|remit|settle|virement|bonifico|transferencia|overmak|over\s+te\s+maken)/iu;
/** A deadline's own word right before an unlabelled date: "transfer the total by 20 October 2025". */
const DEADLINE_BEFORE = /(?<![\p{L}])(?:by|before|no\s+later\s+than|bis(?:\s+zum)?|avant\s+le|antes\s+del?|entro\s+il|vóór|voor|até)[ \t]*$/iu;

function dueDate(text: string, dates: LabelledDate[]): LabelledDate | undefined {
  const onPaymentLine = (date: LabelledDate): boolean => PAYMENT_LINE.test(evidenceAt(text, date.start, date.end));
  // A period's end is a deadline only when its own sentence speaks of paying (see invoice-date-sentence).
  return (
    dates.find((date) => date.label === 'due') ??
    dates.find((date) => date.label === 'end' && onPaymentLine(date) && PAYMENT_LINE.test(sentenceAround(text, date.start, date.end))) ??
    dates.find((date) => !date.label && DEADLINE_BEFORE.test(text.slice(Math.max(0, date.start - 24), date.start)) && onPaymentLine(date))
  );
}

/** The line that opens a forwarded message in a mail: "---------- Forwarded message ---------", "Begin forwarded message:". */
const FORWARDED_MESSAGE =
  /^[ \t>]*[-_ ]*(?:forwarded\s+message|begin\s+forwarded\s+message|original\s+message|weitergeleitete\s+nachricht|ursprüngliche\s+nachricht|message\s+transféré|mensaje\s+reenviado|messaggio\s+inoltrato|doorgestuurd\s+bericht|mensagem\s+encaminhada)/imu;

export function decideInvoice(original: string): RulesDecision {
  // Read without a quoted earlier message and with every table border as "|" and labels a scan split over two lines joined; cite from the text as given (offsets are the same).
  const text = withJoinedLabels(withPlainBars(withoutQuotedReply(original)));
  const scanned = scanDocument(text);
  // A page's sum carried to the next page ("Übertrag", "Report") is no item, nor the page's total a figure (see invoice-page-carry).
  const carries = readPageCarries(text, scanned.lineItems, labelledFigures(text, scanned.amounts));
  const doc = withoutCarriedLines(scanned, carries);
  const verdict = new DecisionBuilder(original);
  const at = (span: { start: number; end?: number }): string => evidenceAt(original, span.start, span.end);

  const invoiceNumber = doc.invoiceNumbers[0];
  const due = dueDate(text, doc.dates);
  // The deadline of a payment sentence ("by August 26, 2026") is no issue date, though nothing labels it.
  const issue = issueDate(text, doc.dates.filter((date) => date !== due), invoiceNumber !== undefined);
  // A total the rows above it make, before more rows and the last total, is a section's ("Total fees").
  // A breakdown by tax rate above the totals of net and tax is not added again (see invoice-rate-breakdown).
  // A tax summary's rows (rate, base, tax, gross) are read as one table, not as subtotals and totals (see invoice-rate-summary).
  const rateSummary = readRateSummary(text, doc.amounts, doc.lineItems);
  const labelled = withItemSectionTotals(withoutPageFigures(labelledFigures(text, doc.amounts), carries), doc.lineItems);
  const figures = withRateSummary(withoutRateBreakdown(labelled), rateSummary);
  const words = findWordAmounts(text);
  // A balance due stands for the total only when no total is stated, and so does a lone "Amount:".
  const plainAmounts = figures.filter((figure) => figure.label === 'amount');
  const total =
    figures.find((figure) => figure.label === 'total') ??
    figures.find((figure) => figure.label === 'balance') ??
    (plainAmounts.length === 1 ? plainAmounts[0] : undefined) ??
    totalInWords(text, words);
  // "Supplier:" outweighs "From:", which outweighs a mail header's sender ("From: Bram <bram@...>").
  // Of mail headers, the forwarded message's names the invoice's parties, not the forwarder's.
  const ofRole = (role: string) => doc.parties.filter((party) => party.role === role);
  const forwardedAt = text.search(FORWARDED_MESSAGE);
  const partyFor = (role: string) => {
    const parties = ofRole(role);
    const forwarded = forwardedAt < 0 ? undefined : parties.find((party) => party.mailHeader && party.start > forwardedAt);
    return parties.find((party) => !party.generic) ?? parties.find((party) => !party.mailHeader) ?? forwarded ?? parties[0];
  };
  const vendor = partyFor('vendor');
  const customer = partyFor('customer');

  // Each required field is cited by the line that states it.
  const required: [string, string | undefined][] = [
    ['invoice number', invoiceNumber && at(invoiceNumber)],
    ['issue date', issue && at(issue)],
    ['due date', due && at(due)],
    ['total', total?.evidence],
    ['vendor', vendor?.text],
    ['customer', customer?.text],
  ];
  for (const [name, evidence] of required) {
    if (evidence) verdict.cite(evidence);
    else verdict.missing(`missing ${name}`);
  }

  for (const [name, date] of [['issue', issue], ['due', due]] as const) {
    if (date && date.iso === null) verdict.fail(`${name} date ${date.text} is not a valid calendar date`, at(date));
  }
  if (issue?.iso && due?.iso && due.iso < issue.iso) {
    verdict.fail(`due date ${due.iso} is before issue date ${issue.iso}`, at(due), at(issue));
  }

  if (total && total.value <= 0) {
    verdict.fail(total.value === 0 ? 'total is zero' : `total ${money(total.value)} is negative`, total.evidence);
  }

  const currency = checkCurrency(text, doc, verdict);
  checkLineArithmetic(doc, verdict);
  checkPageCarries(carries, verdict);
  checkRateSummary(rateSummary, verdict);
  checkProseProducts(text, doc, verdict);
  checkRowTriples(text, doc, verdict);
  // "Menge | Einzelpreis | Rabatt % | Betrag": each row's amount is quantity × price less its discount (see invoice-discount-rows).
  checkDiscountRows(text, doc, verdict);
  checkProseSum(text, doc, figures, verdict);
  if (total) {
    // Items make the invoice total, not what is left of it after payments.
    // Nor do the rows of a statement of account, whose last column is a running balance, or whose
    // figures stand in a debit and a credit column.
    const ledger = hasRunningBalance(text, doc.amounts) || hasDebitCreditColumns(text);
    // A misread is not a contradiction; the tax is then charged on the items as the sums read them.
    let summed = doc;
    if (!ledger && (total.label !== 'balance' || !figures.some((figure) => figure.label === 'paid'))) summed = checkSumsOrMisread(text, doc, figures, total, verdict);
    if (!ledger) checkTaxRate(summed, figures, total, verdict);
    // "Base 4%: 280,00  IVA 4%: 21,20": each rate's line of a tax summary, before the breakdown is dropped (see invoice-rate-lines).
    // The lines a tax summary table holds are that table's to check (see invoice-rate-summary).
    const onSummary = (figure: { start: number }): boolean => rateSummary?.rows.some((row) => figure.start >= row.line.start && figure.start <= row.line.end) ?? false;
    if (!ledger) checkRateLines(labelled.filter((figure) => !onSummary(figure)), verdict);
    checkBalance(figures, total, verdict);
    checkTotalInWords(text, total, words, verdict);
    // "A + B - C = D" on a line of its own: its own arithmetic must give the total.
    checkWrittenSum(text, doc, total, verdict);
  }

  return verdict.build(
    {
      invoice_number: invoiceNumber?.text ?? null,
      issue_date: dateValue(issue),
      due_date: dateValue(due),
      total: total?.value ?? null,
      currency: currency ?? total?.currency ?? null,
      vendor: vendor?.name ?? null,
      customer: customer?.name ?? null,
      line_items_sum: lineItemsSum(doc, figures),
    },
    'all required fields are present and the dates, amounts and currency agree',
  );
}
