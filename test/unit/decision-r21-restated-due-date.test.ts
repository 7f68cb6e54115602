/**
 * A payment sentence that restates its term as a day: "Payment due within 30 days of the invoice date,
 * i.e. by 14/08/2026". The words nearest the date ("invoice date") do not make it the issue date; the
 * "i.e. by" makes it the due date. Found on hold-out dev21 (a scanned accountant's invoice, "Payrnent");
 * the texts here are invented. Near misses: a sentence about delivery, and a restatement with no "by".
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const invoice = (terms: string) =>
  [
    'Tregenna Audit LLP',
    '3 Lemon Quay, Truro TR1 2LW',
    '',
    'Invoice No: TA/26/088',
    'Date: 02/03/2026',
    'Client: Porthleven Boatyard Ltd',
    '',
    'Statutory audit                         £ 2,400.00',
    'TOTAL DUE                               £ 2,400.00',
    '',
    terms,
  ].join('\n');

describe('a payment term restated as its last day', () => {
  it.each([
    'Payment due within 30 days of the invoice date, i.e. by 01/04/2026.',
    'Payrnent due within 30 days of the invoice date, i.e. by 01/04/2026.',
    'Payable within 30 days of the invoice date, that is on or before 1 April 2026.',
    'Zahlbar binnen 30 Tagen, d. h. bis 01.04.2026, auf unser Konto.',
    'Zah1bar binnen 30 Tagen ab Rechnungsdatum, d. h. bis 01.04.2026.',
    'Paiement à 30 jours de la date de facture, c.-à-d. avant le 01/04/2026.',
  ])('"%s"', (terms) => {
    const result = decideInvoice(invoice(terms));
    expect(result.fields.due_date).toBe('2026-04-01');
    expect(result.decision).toBe('PASS');
  });

  it.each([
    'Goods delivered within 30 days of the invoice date, i.e. by 01/04/2026.',
    'Lieferung binnen 30 Tagen ab Rechnungsdatum, d. h. bis 01.04.2026.',
    'Payment received with thanks on the invoice date, i.e. 02/03/2026.',
  ])('near miss: "%s" names no due date this way', (terms) => {
    expect(decideInvoice(invoice(terms)).fields.due_date).toBeNull();
  });
});
