/**
 * Round 21 (part L): a date heading closing a flattened header row labels the only date closing the row
 * below ("Your Order Due Date" over "PO-7781 24/03/2026"). Invented text; near misses read no due date.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const invoice = (heading: string, row: string) =>
  [
    'Wattle Hire Pty Ltd TAX INVOICE',
    'Invoice No. WH-3318 Invoice Date 02/02/2026',
    'Bill to: Banksia Fitouts Pty Ltd',
    heading,
    row,
    'Boom lift 2 500.00 1,000.00',
    'Total $1,000.00',
  ].join('\n');

describe('the last heading over the last value', () => {
  it('"Your Order Due Date" over a reference and a date', () => {
    expect(decideInvoice(invoice('Your Order Due Date', 'PO-7781 24/03/2026')).fields.due_date).toBe('2026-03-24');
  });

  it('"Quote Ref. Échéance" over a reference and a date', () => {
    expect(decideInvoice(invoice('Quote Ref. Échéance', 'DV-26-0241 24/03/2026')).fields.due_date).toBe('2026-03-24');
  });

  it('near miss: a heading after the date heading, a value after the date', () => {
    expect(decideInvoice(invoice('Your Order Due Date Terms', 'PO-7781 24/03/2026 30 days')).fields.due_date).toBeNull();
  });
});
