/**
 * What the decision tests (test/unit/decision-r2*.test.ts) read off an invoice they write as lines: the
 * decision, its fields and currency, the vendor's or the customer's name, the label of an amount or a date. Each test writes its own texts (they
 * are its cases); these readers are the same for all, so they live here once.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { findParties } from '../../worker/providers/local/entity-parties';
import { scanDocument } from '../../worker/providers/local/entity-scan';

/** The decision on the invoice whose lines are `lines`. */
export const decideLines = (lines: string[]) => decideInvoice(lines.join('\n'));
/** The fields the decision read. */
export const fieldsOf = (lines: string[]) => decideLines(lines).fields;
/** The currency the decision read. */
export const currencyOf = (lines: string[]) => fieldsOf(lines).currency;

/** The name of the first party of `role` the readers find, or null. */
export const partyOf = (lines: string[], role: 'vendor' | 'customer') => findParties(lines.join('\n')).find((party) => party.role === role)?.name ?? null;
export const vendorOf = (lines: string[]) => partyOf(lines, 'vendor');
export const customerOf = (lines: string[]) => partyOf(lines, 'customer');
/** The names of every customer found, in order. */
export const customersOf = (lines: string[]) => findParties(lines.join('\n')).filter((party) => party.role === 'customer').map((party) => party.name);

/** The label the scanner gives the amount printed first as `figure` in `text` ("net", "total", ...), if any. */
export const amountLabelAt = (text: string, figure: string): string | undefined => {
  const start = text.indexOf(figure);
  return scanDocument(text).amounts.find((amount) => amount.start === start)?.label;
};
/** The label the scanner gives the date printed first as `date` in `text` ("issue", "due", "delivery", ...), if any. */
export const dateLabelAt = (text: string, date: string): string | undefined => {
  const start = text.indexOf(date);
  return scanDocument(text).dates.find((found) => found.start === start)?.label;
};
