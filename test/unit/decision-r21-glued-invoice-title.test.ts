/**
 * A scan lost the blank inside the title: "TAXINV0ICE   No. MVR-26-118". The kind glued to the invoice
 * word is part of the label, and the number after it is the invoice number. Found on hold-out dev24 (a
 * scanned South African architect's invoice); the texts here are invented. Near misses: a word that only
 * ends in those letters, and a glued title with no number after it, name no number.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const invoice = (title: string) =>
  [
    'Okafor Lindqvist Engineers Ltd',
    '12 Quay Street, Bristol BS1 4DJ',
    '',
    title,
    'Date: 03/03/2026     Due: 02/04/2026',
    'Client: Avonmouth Cold Stores Ltd',
    '',
    'Structural survey     £ 1,200.00',
    'TOTAL                 £ 1,200.00',
  ].join('\n');

describe('an invoice title glued to its kind', () => {
  it.each([
    ['TAXINV0ICE   No. OL-26-031', 'OL-26-031'],
    ['VATINVOICE No: 2026/031', '2026/031'],
    ['Salesinvoice # 31-2026', '31-2026'],
  ])('"%s"', (title, number) => {
    const result = decideInvoice(invoice(title));
    expect(result.fields.invoice_number).toBe(number);
    expect(result.decision).toBe('PASS');
  });

  it.each(['Syntaxinvoice No. OL-26-031', 'TAXINVOICE'])('near miss: "%s" names no number', (title) => {
    expect(decideInvoice(invoice(title)).fields.invoice_number).toBeNull();
  });
});
