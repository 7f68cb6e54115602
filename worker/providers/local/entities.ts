/**
 * Structured facts from invoices and other business documents, found offline with rules. Every
 * `text` is an exact slice of the input, so callers can show it as evidence.
 */
import { scanDocument } from './entity-scan';

export type DateLabel = 'issue' | 'due' | 'effective' | 'signed' | 'end' | 'delivery' | 'order' | (string & {});
export type AmountLabel = 'total' | 'subtotal' | 'tax' | 'line' | 'discount' | 'paid' | (string & {});

export interface ExtractedDate {
  text: string;
  /** null when the text names no real day (31/02/2024). */
  iso: string | null;
  label?: DateLabel;
}

export interface ExtractedAmount {
  text: string;
  value: number;
  currency: string | null;
  label?: AmountLabel;
}

export interface ExtractedParty {
  role: 'vendor' | 'customer' | 'party';
  name: string;
  text: string;
}

export interface ExtractedLineItem {
  text: string;
  amount: number;
}

export interface ExtractedEntities {
  invoiceNumbers: string[];
  dates: ExtractedDate[];
  amounts: ExtractedAmount[];
  /** ISO 4217 codes, in order of first appearance. */
  currencies: string[];
  parties: ExtractedParty[];
  lineItems: ExtractedLineItem[];
}

function withLabel<T extends object>(base: T, label: string | undefined): T & { label?: string } {
  return label ? { ...base, label } : base;
}

export function extractEntities(text: string): ExtractedEntities {
  const scanned = scanDocument(text);
  return {
    invoiceNumbers: [...new Set(scanned.invoiceNumbers.map((span) => span.text))],
    dates: scanned.dates.map((date) => withLabel({ text: date.text, iso: date.iso }, date.label)),
    amounts: scanned.amounts.map((amount) => withLabel({ text: amount.text, value: amount.value, currency: amount.currency }, amount.label)),
    currencies: scanned.currencies,
    parties: scanned.parties.map(({ role, name, text: evidence }) => ({ role, name, text: evidence })),
    lineItems: scanned.lineItems.map(({ text: evidence, amount }) => ({ text: evidence, amount })),
  };
}
