/**
 * The arithmetic of an invoice: which figure is the total, subtotal and tax, and whether the line
 * items add up to them.
 */
import { BASE_WORD, currencyOnLine, findAmounts } from '../providers/local/entity-amounts';
import type { LabelledAmount, ScannedDocument } from '../providers/local/entity-scan';
import { money, type DecisionBuilder } from './decision-builder';
import { evidenceAt } from './evidence-span';
import { taxLineStatesBaseAndTax } from './invoice-tax-line';
import { statedRates } from './invoice-tax-rate';
import { withoutTwinColumns } from './invoice-twin-columns';
import { sumAfterEquals } from './invoice-equals-sum';
import { namesPartBase, someRowsGive } from './invoice-tax-part';
import { withoutTaxBases } from './invoice-tax-bases';

export interface Figure {
  label: string;
  value: number;
  currency: string | null;
  start: number;
  /** The line the figure stands on. */
  evidence: string;
  /** A tax whose rate was checked on its own bases already, row by row of a tax summary (see `invoice-rate-summary`). */
  rateChecked?: boolean;
}

/** A price per unit: "x 6,00", "× 12.50", "@ 40.00". */
const UNIT_RATE_BEFORE = /[x×@*][ \t]*$/u;

/**
 * One figure per labelled run of amounts: in "VAT 19% on 1,000.00: 190.00" the tax is the last
 * amount of the run. Amounts separated by words ("Total 238.00 (incl. 38.00 VAT)") are not a run.
 */
export function labelledFigures(text: string, amounts: LabelledAmount[]): Figure[] {
  const figures: Figure[] = [];
  let current: Figure | null = null;
  let previousEnd = 0;
  let unitRate = false;
  for (const amount of amounts) {
    const between = text.slice(previousEnd, amount.start);
    const continuesRun: boolean = current !== null && !amount.label && !/[\p{L}\n]/u.test(between);
    // "City tax 4 nights x 6,00 (no VAT)  24,00": a unit rate, then on the same line the product, which is the
    // figure, whether its own words repeat the label or say nothing of it.
    const afterRate: boolean = current !== null && unitRate && (amount.label === current.label || !amount.label) && !between.includes('\n');
    unitRate = UNIT_RATE_BEFORE.test(text.slice(Math.max(0, amount.start - 4), amount.start));
    // "Netto 3.549,00 zzgl. 19 % USt 674,31 = 4.223,31": after "=", the line's figures added up are the total.
    const equalsSum: Figure | null = current && continuesRun ? sumAfterEquals(text, figures, amount, between) : null;
    if (equalsSum) {
      current = equalsSum;
      figures.push(current);
    } else if (current && (continuesRun || afterRate)) {
      current.value = amount.value;
      current.currency = amount.currency ?? current.currency;
    } else if (amount.label && amount.label !== 'line') {
      const currency = amount.currency ?? currencyOnLine(text, amount.start);
      current = { label: amount.label, value: amount.value, currency, start: amount.start, evidence: evidenceAt(text, amount.start, amount.end) };
      figures.push(current);
    } else {
      current = null;
    }
    previousEnd = amount.end;
  }
  return withSectionTotals(withoutTaxBases(text, withoutTwinColumns(text, figures)));
}

/**
 * A total with a subtotal or a tax line after it, and then another total, adds up one group of
 * lines ("Carriage total 46.65 / Fuel surcharge 5.60 / Net 52.25 / VAT 10.45 / TOTAL DUE 62.70"):
 * a section's total, not the invoice's, so it is labelled apart and neither chosen nor added.
 */
function withSectionTotals(figures: Figure[]): Figure[] {
  const lastTotal = figures.findLastIndex((figure) => figure.label === 'total');
  return figures.map((figure, i) => {
    if (figure.label !== 'total' || i >= lastTotal) return figure;
    const between = figures.slice(i + 1, lastTotal);
    return between.some((next) => next.label === 'subtotal' || next.label === 'tax') ? { ...figure, label: 'section' } : figure;
  });
}

export function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Rounding on each line may drift by a cent per line, never more. */
export function agrees(a: number, b: number, lines: number): boolean {
  return Math.abs(a - b) <= 0.01 * Math.max(1, lines) + 1e-9;
}

/** Labels of figures taken off the sum, whatever their sign: discounts and withheld tax. */
const DEDUCTIONS = new Set(['discount', 'withholding']);

/** Discounts reduce the sum whether written "Discount 20.00" or "Discount -20.00". */
function signedAdjustment(figure: Figure): number {
  return DEDUCTIONS.has(figure.label) ? -Math.abs(figure.value) : figure.value;
}

/**
 * Lines after the last total are payments, change given or notes, not items ("TOTAL 5.70", "CASH
 * 20.00", "CHANGE 14.30"), unless every item stands there (a summary box above the table).
 */
function itemsAboveLastTotal<T extends { start: number }>(items: T[], figures: Figure[]): T[] {
  const lastTotal = figures.filter((figure) => figure.label === 'total').pop();
  if (!lastTotal) return items;
  const above = items.filter((item) => item.start < lastTotal.start);
  return above.length ? above : items;
}

export function lineItemsSum(doc: ScannedDocument, figures: Figure[]): number | null {
  const items = itemsAboveLastTotal(doc.lineItems, figures);
  if (!items.length) return null;
  return Math.round(sum(items.map((item) => item.amount)) * 100) / 100;
}

/**
 * With a subtotal, items above it must make the subtotal, and subtotal + tax (+ anything listed
 * below the subtotal, such as shipping) must make the total. Without one, the items must make the
 * total, either as tax-inclusive prices or with the tax added.
 */
export function checkSums(doc: ScannedDocument, figures: Figure[], total: Figure, verdict: DecisionBuilder): void {
  // A late fee charged before the total is part of it, like an item; after it, a reminder adds it (see `checkBalance`).
  // So is a charge a summary row heads ("Goods  Carriage  Net ..."): below the goods' subtotal, the total adds it.
  const fees = figures.filter((figure) => (figure.label === 'fee' || figure.label === 'charge') && figure.start < total.start).map((fee) => ({ start: fee.start, amount: fee.value, text: fee.evidence }));
  const lineItems = [...itemsAboveLastTotal(doc.lineItems, figures), ...fees].sort((a, b) => a.start - b.start);
  const subtotal = figures.find((figure) => figure.label === 'subtotal');
  const taxes = figures.filter((figure) => figure.label === 'tax');
  const discounts = figures.filter((figure) => DEDUCTIONS.has(figure.label));
  const taxSum = sum(taxes.map((tax) => tax.value));
  const taxEvidence = taxes.map((tax) => tax.evidence);

  if (!subtotal) {
    if (!lineItems.length) return;
    const items = sum(lineItems.map((item) => item.amount)) + sum(discounts.map(signedAdjustment));
    const count = lineItems.length + discounts.length;
    if (agrees(items, total.value, count) || (taxes.length && agrees(items + taxSum, total.value, count + taxes.length))) return;
    const withTax = taxes.length ? ` (${money(items + taxSum)} with tax)` : '';
    verdict.fail(`line items add up to ${money(items)}${withTax}, not the total ${money(total.value)}`, ...lineItems.map((item) => item.text), ...taxEvidence, total.evidence);
    return;
  }

  const above = <T extends { start: number }>(list: T[]): T[] => list.filter((entry) => entry.start < subtotal.start);
  // Charges and deductions between the subtotal and the total; what follows the total (a withholding
  // taken off "Totale" to make "Netto a pagare") belongs to what is paid, not to the total.
  const below = <T extends { start: number }>(list: T[]): T[] =>
    list.filter((entry) => entry.start > subtotal.start && (total.start < subtotal.start || entry.start < total.start));
  const itemsAbove = above(lineItems);
  const extras = [...below(lineItems).map((item) => item.amount), ...below(discounts).map(signedAdjustment)];
  if (itemsAbove.length) {
    const items = sum(itemsAbove.map((item) => item.amount)) + sum(above(discounts).map(signedAdjustment));
    // Or the subtotal sums part of the rows and a line below it the rest ("Fees ex GST 625.00 / GST 62.50 / Disbursements 2,353.68").
    const partRows = extras.length > 0 && agrees(items, subtotal.value + sum(extras), itemsAbove.length);
    // Or each row ends with its price including the tax ("Amount ex GST | GST | Amount inc GST"): the rows
    // make the subtotal and its tax together, while the subtotal states the net. The total is checked below.
    const taxInclusiveRows = taxSum > 0 && agrees(items, subtotal.value + taxSum, itemsAbove.length + taxes.length);
    if (!agrees(items, subtotal.value, itemsAbove.length) && !partRows && !taxInclusiveRows) {
      verdict.fail(`line items add up to ${money(items)}, not the subtotal ${money(subtotal.value)}`, ...itemsAbove.map((item) => item.text), subtotal.evidence);
    }
  }
  const expected = subtotal.value + taxSum + sum(extras);
  if (!agrees(expected, total.value, taxes.length + extras.length + 1)) {
    const parts = taxes.length ? `subtotal ${money(subtotal.value)} plus tax ${money(taxSum)}` : `subtotal ${money(subtotal.value)}`;
    const more = extras.length ? ' plus other charges' : '';
    verdict.fail(`${parts}${more} is ${money(expected)}, not the total ${money(total.value)}`, subtotal.evidence, ...taxEvidence, total.evidence);
  }
}

/** A line that states its quantity and price must also state their product: "5 kg @ £80.00/kg  £450.00" does not. */
export function checkLineArithmetic(doc: ScannedDocument, verdict: DecisionBuilder): void {
  for (const item of doc.lineItems) {
    if (item.computed === undefined || agrees(item.computed, item.amount, 1)) continue;
    verdict.fail(`a line item's quantity times price is ${money(item.computed)}, not its stated ${money(item.amount)}`, item.text);
  }
}

/**
 * Payments after the total must leave the stated balance: "Total 1,800.00 / Paid -600.00 /
 * Balance due 1,200.00". Checked only when the invoice states all three.
 */
export function checkBalance(figures: Figure[], total: Figure, verdict: DecisionBuilder): void {
  if (total.label !== 'total') return;
  const payments = figures.filter((figure) => figure.label === 'paid' && figure.start > total.start);
  // Late fees a reminder charges on top: "Rechnungsbetrag 1.384,60 / Mahngebühr 5,00 / Offener Betrag 1.389,60".
  const fees = figures.filter((figure) => figure.label === 'fee' && figure.start > total.start);
  const lastMove = [...payments, ...fees].reduce((last, figure) => Math.max(last, figure.start), -1);
  const balance = figures.find((figure) => figure.label === 'balance' && figure.start > lastMove);
  if ((!payments.length && !fees.length) || lastMove < 0 || !balance) return;
  const paid = sum(payments.map((payment) => Math.abs(payment.value)));
  const charged = sum(fees.map((fee) => Math.abs(fee.value)));
  const expected = total.value - paid + charged;
  if (agrees(expected, balance.value, payments.length + fees.length + 1)) return;
  const moves = [paid ? `less payments of ${money(paid)}` : '', charged ? `plus fees of ${money(charged)}` : ''].filter(Boolean).join(' ');
  verdict.fail(
    `the total ${money(total.value)} ${moves} is ${money(expected)}, not the balance ${money(balance.value)}`,
    total.evidence,
    ...[...payments, ...fees].sort((a, b) => a.start - b.start).map((figure) => figure.evidence),
    balance.evidence,
  );
}

/**
 * A statement of account ("Date  Reference  Debit  Credit  Balance") lists invoices and payments
 * with a running balance: each row's last figure is the row above's last figure plus or minus
 * another figure of the row. Such rows are account entries, not the items of one invoice, so they
 * are not added up. Two confirmations in a row are needed; one can be chance.
 */
export function hasRunningBalance(text: string, amounts: LabelledAmount[]): boolean {
  const rows = new Map<number, number[]>();
  for (const amount of amounts) {
    const line = text.lastIndexOf('\n', amount.start - 1) + 1;
    rows.set(line, [...(rows.get(line) ?? []), amount.value]);
  }
  let previous: number[] | undefined;
  let confirmed = 0;
  for (const row of rows.values()) {
    if (row.length < 2) continue;
    const balance = row[row.length - 1] ?? 0;
    const before = previous?.[previous.length - 1];
    const moves = before !== undefined && row.slice(0, -1).some((value) => agrees(before + value, balance, 1) || agrees(before - value, balance, 1));
    confirmed = moves ? confirmed + 1 : 0;
    if (confirmed >= 2) return true;
    previous = row;
  }
  return false;
}

/**
 * A base written after the rate (after a `BASE_WORD`): "8.25% on $2,800.00", "20 % sur 1 000,00", "19 % auf 500,00", "21% over 300,00", "25 % på 5 224,00",
 * perhaps in brackets and naming what it is charged on: "VAT 20% (on UK delivery 95.00)", "GST 10% on fees 625.00".
 */
const STATED_BASE = new RegExp(`%[ \\t]*\\(?[ \\t]*${BASE_WORD}[ \\t]+(?:[^\\d\\n()]{0,30}[ \\t])?\\S*\\d`, 'iu');

/** A tax line naming the rate class it charges: "VAT (S at 20%)", "VAT code A @ 20%", "VAT on standard-rated items". */
const RATE_CLASS = /\(\s*[A-Z]\d?\s*(?:at|@|=)|(?:code|class)\s+[A-Z\d]\s*(?:at|@|=)|standard[\s-]+rated/u;
/** Mixed-rate invoices have few rows; beyond this many the subsets are not tried. */
const MAX_CLASS_ITEMS = 12;

/** Whether some of the rows, taxed at `rate`, give `tax` (within a cent per row taxed). */
function someItemsAt(amounts: number[], rate: number, tax: number): boolean {
  if (amounts.length > MAX_CLASS_ITEMS) return false;
  for (let mask = 1; mask < 1 << amounts.length; mask += 1) {
    const chosen = amounts.filter((_, i) => mask & (1 << i));
    if (agrees((sum(chosen) * rate) / 100, tax, chosen.length)) return true;
  }
  return false;
}

/**
 * A tax line that states its rate must charge that rate: "Net 2,400.00 / VAT @ 20% 460.00" does
 * not (20% of 2,400.00 is 480.00). The tax may be charged on the subtotal (after any discount), on
 * the items when no subtotal is stated, or be contained in a tax-inclusive total. Checked only with
 * one tax line, one rate on it and a base to charge it on; rounding may drift a cent per line.
 */
export function checkTaxRate(doc: ScannedDocument, figures: Figure[], total: Figure, verdict: DecisionBuilder): void {
  const taxes = figures.filter((figure) => figure.label === 'tax');
  const tax = taxes[0];
  if (taxes.length !== 1 || !tax || tax.value <= 0 || tax.rateChecked) return;
  const rates = statedRates(tax.evidence);
  const [rate] = [...rates];
  if (rates.size !== 1 || rate === undefined || rate <= 0) return;
  // "IVA 21% incluido: base 34,09  cuota 7,16": the line shows its base and its tax, and they agree.
  if (taxLineStatesBaseAndTax(tax.evidence, rate)) return;
  const subtotal = figures.find((figure) => figure.label === 'subtotal');
  const discounts = sum(figures.filter((figure) => DEDUCTIONS.has(figure.label)).map(signedAdjustment));
  const items = itemsAboveLastTotal(doc.lineItems, figures).filter((item) => item.start < tax.start);
  const itemsSum = sum(items.map((item) => item.amount));
  const bases = [total.value - tax.value, total.value * (100 / (100 + rate))];
  // A tax charged on part of the items names its own base: "Sales tax 8.25% on $2,800.00", "VAT 20% of 1,000.00".
  const ownBase = STATED_BASE.test(tax.evidence) ? findAmounts(tax.evidence, []).filter((amount) => amount.value !== tax.value) : [];
  bases.push(...ownBase.map((amount) => amount.value));
  if (subtotal) bases.push(subtotal.value, subtotal.value + discounts);
  else if (items.length) bases.push(itemsSum, itemsSum + discounts);
  if (!subtotal && !items.length) return;
  const lines = Math.max(1, items.length);
  if (bases.some((base) => agrees((base * rate) / 100, tax.value, lines))) return;
  // "VAT (S at 20%)" beside rows coded S and Z: the tax is charged on the rows of its rate class only.
  if (RATE_CLASS.test(tax.evidence) && someItemsAt(items.map((item) => item.amount), rate, tax.value)) return;
  // "GST 9% on fee": charged on the rows it names in words, not on a reimbursable beside them.
  if (namesPartBase(tax.evidence) && someRowsGive(items.map((item) => item.amount), rate, tax.value)) return;
  const base = subtotal?.value ?? itemsSum;
  verdict.fail(`tax at the stated ${rate}% of ${money(base)} is ${money((base * rate) / 100)}, not ${money(tax.value)}`, ...(subtotal ? [subtotal.evidence] : []), tax.evidence);
}
