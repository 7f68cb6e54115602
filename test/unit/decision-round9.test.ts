/**
 * Issue 19, round 9 (tuned on hold-out dev13, bills small businesses receive, and dev14, bilingual
 * and flattened invoices). Each case is invented text, not copied from a hold-out case; each fix has
 * an input it changes and a near miss it must leave alone.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { findInvoiceNumbers } from '../../worker/providers/local/entity-invoice-numbers';
import { findParties } from '../../worker/providers/local/entity-parties';
import { splitLines } from '../../worker/providers/local/entity-text';

function customers(text: string): string[] {
  return findParties(text).filter((party) => party.role === 'customer').map((party) => party.name);
}

describe('the customer in a bill header whose party column shares lines with the fields', () => {
  it('the company under the letterhead, beside a field, is the customer', () => {
    const text = [
      'BRACKENFORD WATER                  Your water bill',
      'Pickwell Joinery Ltd               Bill number   WB-22190',
      '8 Mill Lane, Kendal LA9 4QT        Bill date     3 May 2026',
    ].join('\n');
    expect(customers(text)).toEqual(['Pickwell Joinery Ltd']);
  });

  it('the letterhead company written out on the next line is not its own customer', () => {
    const text = ['BRACKENFORD                        Your water bill', 'Brackenford Water Ltd              Bill number   WB-22190'].join('\n');
    expect(customers(text)).toEqual([]);
  });

  it('a name without a legal form beside the fields is no customer (it may be a street or a tagline)', () => {
    const text = ['Brackenford Water Ltd              Your water bill', 'Quality Since Eighteen            Bill number   WB-22190'].join('\n');
    expect(customers(text)).toEqual([]);
  });
});

describe('"Total this invoice" names an amount, not an invoice number', () => {
  const numbers = (text: string): string[] => findInvoiceNumbers(text, splitLines(text), []).map((span) => span.text);

  it.each([
    ['clean', 'Invoice no. QA-1180\nTotal this invoice      121.61'],
    ['OCR-damaged', 'lnvoice no. QA-1180\nT0TAL THIS lNVOICE      121.61'],
  ])('%s', (_case, text) => {
    expect(numbers(text)).toEqual(['QA-1180']);
  });

  it('"this invoice, number HD-77" still gives its number', () => {
    expect(numbers('Please pay this invoice, number HD-77, by Friday.')).toEqual(['HD-77']);
  });

  it('the amount is read as the total', () => {
    const text = [
      'Invoice no. QA-1180',
      'Invoice date 2 March 2026   Due date 16 March 2026',
      'From: Hallam Lines Ltd',
      'To: Pevensey Dental Ltd',
      'Line rental                 40.00',
      'VAT @ 20%                    8.00',
      'Total this invoice          48.00',
    ].join('\n');
    expect(decideInvoice(text).fields).toMatchObject({ invoice_number: 'QA-1180', total: 48 });
  });
});

describe('a section total above the tax line is not the invoice total', () => {
  const invoice = (last: string): string =>
    [
      'Invoice no. CR-5521   Date 31 March 2026   Due 14 April 2026',
      'From: Dunmore Couriers Ltd',
      'Bill to: Ashby Kilns Ltd',
      'Parcel 1                     10.00',
      'Parcel 2                     20.00',
      'Delivery total               30.00',
      'Fuel surcharge                3.00',
      'Net                          33.00',
      'VAT 20%                       6.60',
      last,
    ].join('\n');

  it('the total after the net and the tax is the invoice total, and the section is not added again', () => {
    const decision = decideInvoice(invoice('TOTAL DUE                    39.60'));
    expect(decision.decision).toBe('PASS');
    expect(decision.fields.total).toBe(39.6);
  });

  it('a wrong final total still fails', () => {
    expect(decideInvoice(invoice('TOTAL DUE                    49.60')).decision).toBe('FAIL');
  });
});

describe('a balance brought forward from earlier bills is never the total', () => {
  const invoice = (last: string): string =>
    [
      'Invoice no. FX-3310   Date 19 March 2026   Due 18 April 2026',
      'From: Keelby Shipping Ltd',
      'Customer: Orwell Interiors Ltd',
      'Ocean freight                612.40',
      'Invoice total                to be advised',
      last,
    ].join('\n');

  it.each(['Balance brought forward: GBP 1,230.00', 'Previous balance 1,230.00', 'Saldo anterior: 1.230,00'])('"%s" leaves the total missing', (last) => {
    const decision = decideInvoice(invoice(last));
    expect(decision.decision).toBe('NEEDS_INFO');
    expect(decision.fields.total).toBeNull();
  });

  it('a balance due still stands for a total that is not stated', () => {
    expect(decideInvoice(invoice('Balance due: GBP 612.40')).fields.total).toBe(612.4);
  });
});

describe('"Titular:" names the customer on a utility bill, the payee among bank details', () => {
  const vendors = (text: string): string[] => findParties(text).filter((party) => party.role === 'vendor').map((party) => party.name);

  it('beside the contract, far from bank details: the customer', () => {
    expect(customers('FACTURA Nº FA-77\nTitular: Panadería Oroel S.L.        NIF: B12345678\nNº de contrato: 00-1')).toEqual(['Panadería Oroel S.L.']);
  });

  it('beside the IBAN: the payee', () => {
    const text = 'Datos bancarios\nTitular: Aguas del Cinca S.A.\nIBAN: ES12 3456 7890 1234 5678 9012';
    expect(vendors(text)).toEqual(['Aguas del Cinca S.A.']);
    expect(customers(text)).toEqual([]);
  });
});

describe('"issued by the seller X to Y": a role word before the names', () => {
  const roles = (text: string): string[] => findParties(text).map((party) => `${party.role}:${party.name}`);

  it('the seller is the vendor, the buyer the customer', () => {
    const text = 'This invoice is issued by the seller Kestrel Pens Ltd to the buyer Ivybridge Primary School through Shopfront.';
    expect(roles(text)).toEqual(expect.arrayContaining(['vendor:Kestrel Pens Ltd', 'customer:Ivybridge Primary School']));
  });

  it('a lower-case word that is no role still stops the name ("issued by the office to ...")', () => {
    expect(roles('Receipts are issued by the office to all parents.')).toEqual([]);
  });
});

describe('"incl. VAT" after a unit price says what the price includes; the figure after it is the line', () => {
  const invoice = (line: string): string =>
    [
      'Invoice no. MK-4410   Invoice date: 11 March 2026   Payment due: 10 April 2026',
      'From: Kestrel Pens Ltd',
      'Bill to: Ivybridge Primary School',
      line,
      'Invoice total                                 £60.00 (includes VAT £10.00)',
    ].join('\n');

  it('a line that adds up passes', () => {
    expect(decideInvoice(invoice('3 x fountain pens   @ £20.00 incl. VAT   £60.00')).decision).toBe('PASS');
  });

  it('a line that does not add up to the total still fails', () => {
    expect(decideInvoice(invoice('3 x fountain pens   @ £20.00 incl. VAT   £66.00')).decision).toBe('FAIL');
  });

  it('"(includes VAT £10.00)" after the total is still its tax', () => {
    expect(decideInvoice(invoice('3 x fountain pens                        £60.00')).decision).toBe('PASS');
  });
});
