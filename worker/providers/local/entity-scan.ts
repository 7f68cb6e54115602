/**
 * One pass over a business document that finds invoice numbers, dates, amounts, parties and line
 * items, keeping their offsets so the decision rules can cite the lines they come from.
 */
import { findAmounts, CURRENCY_CODES, type FoundAmount } from './entity-amounts';
import { findDates, type FoundDate } from './entity-dates';
import { AMOUNT_LABELS, DATE_LABELS, labelItems } from './entity-labels';
import { labelAmountBeforeDates } from './entity-date-labels-prose';
import { labelReceiveByDates } from './entity-date-labels-receive';
import { labelRestatedDueDates } from './entity-date-label-restated';
import { labelDateRanges, labelDatesByWhatFollows, labelReadingDates } from './entity-date-context';
import { labelDeliveryLists } from './entity-date-labels-other-days';
import { findInvoiceNumbers } from './entity-invoice-numbers';
import { insideReference } from './entity-invoice-number-dated';
import { findLineItems } from './entity-line-items';
import { withBilledShares } from './entity-line-share';
import { foldText } from './entity-ocr';
import { labelProseSums } from './entity-prose-subtotal';
import { labelProseTotals } from './entity-prose-totals';
import { unlabelRateColumns } from './entity-rate-column';
import { findParties, type FoundParty } from './entity-parties';
import { stackedFields, type StackedFields } from './entity-stacked';
import { splitLines, type Span } from './entity-text';

export interface LabelledDate extends FoundDate {
  label?: string;
}

export interface LabelledAmount extends FoundAmount {
  label?: string;
}

export interface FoundLineItem extends Span {
  amount: number;
  /** What the line itself computes, when it states a quantity and a price beside its amount ("5 kg @ £80.00/kg  £450.00"). */
  computed?: number;
}

export interface ScannedDocument {
  invoiceNumbers: Span[];
  dates: LabelledDate[];
  amounts: LabelledAmount[];
  currencies: string[];
  parties: FoundParty[];
  lineItems: FoundLineItem[];
}

const STANDALONE_CODE = new RegExp(`(?<![\\p{L}])(?:${CURRENCY_CODES.join('|')})(?![\\p{L}])`, 'gu');

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Where the line that holds `offset` starts. */
function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Parties named beside their label, less those a stacked label block misread (its next label taken for a name). */
function partiesWith(text: string, found: FoundParty[], stacked: StackedFields | null): FoundParty[] {
  if (!stacked) return found;
  const inLabelBlock = (party: FoundParty): boolean => stacked.labelLines.some((line) => party.start >= line.start && party.start <= line.end);
  return [...found.filter((party) => !inLabelBlock(party)), ...stacked.parties].sort((a, b) => a.start - b.start);
}

export function scanDocument(text: string): ScannedDocument {
  const lines = splitLines(text);
  // Before the text is folded: reading the stacked pairs folds other strings.
  const stacked = stackedFields(text);
  const folded = foldText(text);
  const rawDates = findDates(text, folded);
  const dateLabels = labelItems(lines, rawDates, DATE_LABELS, folded);
  labelDateRanges(text, rawDates, dateLabels);
  // "Service visits: 2026/04/03, 2026/04/10": a list of days of service (see entity-date-labels-other-days).
  labelDeliveryLists(text, rawDates, dateLabels);
  labelDatesByWhatFollows(text, rawDates, dateLabels);
  // "het bedrag vóór 30 november 2026": a letter's due date (see entity-date-labels-prose).
  labelAmountBeforeDates(text, rawDates, dateLabels);
  // "which we would be glad to receive by June 18, 2026" (see entity-date-labels-receive).
  labelReceiveByDates(text, rawDates, dateLabels);
  // "Payment due within 30 days of the invoice date, i.e. by 14/08/2026" (see entity-date-label-restated).
  labelRestatedDueDates(folded, rawDates, dateLabels);
  labelReadingDates(folded, rawDates, dateLabels);
  const stackedLabel = (start: number): string | undefined => stacked?.dateLabels.get(start) ?? stacked?.dateLabels.get(lineStartOf(text, start));
  const labelled = findInvoiceNumbers(text, lines, rawDates, folded);
  const stackedNumbers = stacked?.invoiceNumbers ?? [];
  const invoiceNumbers = [...stackedNumbers, ...labelled.filter((number) => !stackedNumbers.some((own) => own.start === number.start))];
  // A date that is an invoice number's tail ("OCL/2026/04/07") is no date of the document's.
  const dates: LabelledDate[] = rawDates.map((date, i) => ({ ...date, label: stackedLabel(date.start) ?? dateLabels[i] })).filter((date) => !insideReference(date, labelled));
  const rawAmounts = findAmounts(text, [...rawDates, ...invoiceNumbers]);
  const amountLabels = labelItems(lines, rawAmounts, AMOUNT_LABELS, folded);
  const amounts: LabelledAmount[] = rawAmounts.map((amount, i) => ({ ...amount, label: amountLabels[i] }));
  // Sums a prose invoice states in passing ("come to $193.99, plus 8% sales tax", "... = $2,431.40"), which no label word names.
  labelProseSums(text, amounts);
  // Totals a prose invoice states with no label word ("A + B = C", "Altogether $715.00", "£1,003.20 in all").
  labelProseTotals(text, amounts);
  // "60 x 640,00 ₺   KDV 10%   38.400,00 ₺": a row's rate in a column of its own, its amount the row's (see entity-rate-column).
  unlabelRateColumns(lines, amounts);
  const lineItems = withBilledShares(findLineItems(lines, amounts, folded, text, rawDates), lines, amounts);
  const explicitCodes = [...text.matchAll(STANDALONE_CODE)].map((match) => match[0]);
  const currencies = unique([...amounts.flatMap((amount) => (amount.currency ? [amount.currency] : [])), ...explicitCodes]);
  return { invoiceNumbers, dates, amounts, currencies, parties: partiesWith(text, findParties(text, folded), stacked), lineItems };
}
