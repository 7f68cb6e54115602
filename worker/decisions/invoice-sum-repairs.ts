/**
 * A misread is not a contradiction. When the line items do not make the subtotal or the total, the
 * readers may have erred rather than the invoice: a subtotal row read as one more item, a row's tax
 * column read instead of its net one, per-row taxes read beside the summary's tax, a service named
 * after a tax ("Umsatzsteuervoranmeldungen  3 x 95,00  285,00") read as the tax, or items a sentence or
 * a flattened line holds that no reader caught. Each repair reads the same figures another way; only
 * when one makes every sum agree EXACTLY is the invoice taken to agree. The figures themselves must
 * confirm it: a repair never invents a figure, and a true error in the invoice survives them all.
 */
import type { FoundLineItem, ScannedDocument } from '../providers/local/entity-scan';
import { DecisionBuilder } from './decision-builder';
import { lineAt } from '../providers/local/entity-text';
import { agrees, checkSums, sum, type Figure } from './invoice-sums';
import { missedCharges, missedItems } from './invoice-missed-items';
import { statesOwnProduct } from './invoice-row-product';
import { flatProductItems } from './invoice-flat-products';
import { withoutSumRows } from './invoice-sum-rows';

type Reading = { doc: ScannedDocument; figures: Figure[] };
type Repair = (text: string, reading: Reading, total: Figure) => Reading | null;

/** Whether the sums agree when read so. */
function agreesAs(reading: Reading, total: Figure): boolean {
  const probe = new DecisionBuilder('');
  checkSums(reading.doc, reading.figures, total, probe);
  return probe.build({}, '').decision !== 'FAIL';
}

function withItems(reading: Reading, lineItems: FoundLineItem[]): Reading {
  return { doc: { ...reading.doc, lineItems: [...lineItems].sort((a, b) => a.start - b.start) }, figures: reading.figures };
}

/**
 * (a) The last row, repeating the sum of every row above it (two or more), is a subtotal whose label a scan
 * damaged or no reader knows ("Zwischentota1", "Base imposable"), unless it shows a quantity and a price of its own.
 */
const subtotalRow: Repair = (text, reading) => {
  const items = reading.doc.lineItems;
  const last = items[items.length - 1];
  const above = items.slice(0, -1);
  if (!last || above.length < 2 || last.computed !== undefined) return null;
  if (!agrees(sum(above.map((item) => item.amount)), last.amount, above.length)) return null;
  if (statesOwnProduct(lineAround(text, last.start).text, last.amount)) return null;
  return withItems(reading, above);
};

/** (a') A row among the others repeating the sum of every row above it, charges after it ("Sum of lines", see `invoice-sum-rows`). */
const sumRow: Repair = (text, reading) => {
  const kept = withoutSumRows(text, reading.doc.lineItems);
  return kept ? withItems(reading, kept) : null;
};

/** The line that holds `at`, and its text. */
function lineAround(text: string, at: number): { start: number; text: string } {
  const line = lineAt(text, at);
  return { start: line.start, text: text.slice(line.start, line.end) };
}

/** (b) Table rows read in the wrong column ("Net  VAT code  VAT": the VAT read): each row's largest amount is its net. */
const netColumn: Repair = (text, reading) => {
  const items = reading.doc.lineItems;
  if (items.length < 2) return null;
  let changed = false;
  const lineItems = items.map((item) => {
    const line = lineAround(text, item.start);
    const onLine = reading.doc.amounts.filter((amount) => amount.start >= line.start && amount.end <= line.start + line.text.length);
    const largest = Math.max(item.amount, ...onLine.map((amount) => amount.value));
    if (largest === item.amount || onLine.length !== 2) return item;
    changed = true;
    return { ...item, amount: largest };
  });
  return changed ? withItems(reading, lineItems) : null;
};

/** (c) Taxes read on each row ("AUD 145.00  GST 14.50") beside the summary's tax they add up to: that tax alone counts. */
const rowTaxes: Repair = (_text, reading) => {
  const taxes = reading.figures.filter((figure) => figure.label === 'tax');
  const last = taxes[taxes.length - 1];
  if (taxes.length < 3 || !last) return null;
  const before = taxes.slice(0, -1);
  if (!agrees(sum(before.map((tax) => tax.value)), last.value, before.length)) return null;
  return { doc: reading.doc, figures: reading.figures.filter((figure) => !before.includes(figure)) };
};

/** (d) A "tax" whose row multiplies a quantity and a price to it ("Umsatzsteuervoranmeldungen  3 x 95,00  285,00") is a service, an item. */
const taxNamedRows: Repair = (text, reading) => {
  const rows = reading.figures.filter((figure) => figure.label === 'tax' && statesOwnProduct(lineAround(text, figure.start).text, figure.value));
  if (!rows.length) return null;
  const items = rows.map((row) => ({ start: row.start, end: row.start, text: row.evidence, amount: row.value }));
  return withItems({ doc: reading.doc, figures: reading.figures.filter((figure) => !rows.includes(figure)) }, [...reading.doc.lineItems, ...items]);
};

/** (e) Items a sentence or a flattened line holds that no reader caught, which fill the gap exactly (see `missedItems`). */
const missed: Repair = (text, reading, total) => {
  const found = missedItems(text, reading.doc, reading.figures, total);
  return found.length ? withItems(reading, [...reading.doc.lineItems, ...found]) : null;
};

/** (f) A tax or charge between the subtotal and the total that no label reader caught, filling the gap exactly. */
const missedTax: Repair = (text, reading, total) => {
  const found = missedCharges(text, reading.doc, reading.figures, total);
  return found.length ? { doc: reading.doc, figures: [...reading.figures, ...found].sort((a, b) => a.start - b.start) } : null;
};

/** (g) Rows flattened several to a line: each price beside its amount, the amount the price times a quantity before it (see `flatProductItems`). */
const flatRows: Repair = (text, reading, total) => {
  const subtotal = reading.figures.find((figure) => figure.label === 'subtotal');
  const end = subtotal?.start ?? total.start;
  const found = flatProductItems(text, end);
  // They replace the items above the subtotal; a charge below it (delivery) stays.
  return found.length ? withItems(reading, [...found, ...reading.doc.lineItems.filter((item) => item.start >= end)]) : null;
};

const REPAIRS: Repair[] = [subtotalRow, sumRow, netColumn, rowTaxes, taxNamedRows, missed, missedTax, flatRows];

/**
 * `checkSums`, unless the figures read another way (one repair, or all in turn) agree: then the
 * disagreement was the reader's, and nothing is contradicted. Returns the document with the items
 * as the agreeing reading has them (the tax rate is checked on those), or as read.
 */
export function checkSumsOrMisread(text: string, doc: ScannedDocument, figures: Figure[], total: Figure, verdict: DecisionBuilder): ScannedDocument {
  const reading: Reading = { doc, figures };
  if (agreesAs(reading, total)) return doc;
  let combined = reading;
  for (const repair of REPAIRS) {
    const single = repair(text, reading, total);
    if (single && agreesAs(single, total)) return single.doc;
    combined = repair(text, combined, total) ?? combined;
    if (combined !== reading && agreesAs(combined, total)) return combined.doc;
  }
  checkSums(doc, figures, total, verdict);
  return doc;
}
