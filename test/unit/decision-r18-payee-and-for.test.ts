/**
 * Issue 19, round 18 part C (`dev19`, `dev20`): whom a sentence pays and whom it invoices. "Please remit to
 * X LLP" names the vendor, "Payment to: Acc name ..." no one; a person paid who trades under a name with
 * their surname is that business; "Invoice 12 dated ... for X Ltd" names the customer. Invented text, with near misses.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { invoiceForCustomer } from '../../worker/providers/local/entity-party-prose-for';

const fieldsOf = (text: string) => {
  const fields = decideInvoice(text).fields as Record<string, unknown>;
  return { vendor: fields.vendor, customer: fields.customer };
};

describe('the payee of a sentence', () => {
  const invoice = (payment: string) =>
    [
      '~~  ||  ..  ~~',
      '',
      'Invoice No: 40211',
      'Date: March 3, 2026',
      'Client: Tamarack Feed Mills, Inc.',
      '',
      'Consulting services     1,200.00',
      'TOTAL DUE              $1,200.00',
      '',
      payment,
    ].join('\n');

  it('"Please remit to" names the vendor', () => {
    expect(fieldsOf(invoice('Please remit to Okonkwo Barrow LLP, First Bank ABA 011000015.')).vendor).toBe('Okonkwo Barrow LLP');
  });

  it('a bank detail label after "Payment to" names no one', () => {
    expect(fieldsOf(invoice('Payment to :  Acc name  ~|  Sort 20-??-41')).vendor).toBeNull();
    expect(fieldsOf(invoice('Payment to: Account name unreadable')).vendor).toBeNull();
  });

  it('near miss: a company after "Payment to" is the vendor', () => {
    expect(fieldsOf(invoice('Payment to: Acorn Ridge Consulting Ltd, sort code 20-11-41')).vendor).toBe('Acorn Ridge Consulting Ltd');
  });
});

describe('a person paid who trades under a name with their surname', () => {
  const invoice = (top: string) =>
    [
      top,
      '22 Elm Row, Keswick CA12 5AB',
      '',
      'Invoice LT-118 - 4 March 2026',
      'To: Derwent Valley Primary School',
      '',
      'Ukulele lessons: 10 @ £30.00 = £300.00',
      'Total: £300.00',
      'Please make cheques payable to Rosalind Pell.',
    ].join('\n');

  it('the trading name is the vendor', () => {
    expect(fieldsOf(invoice('Pell Music Tuition')).vendor).toBe('Pell Music Tuition');
  });

  it('near miss: a business of another name leaves the payee', () => {
    expect(fieldsOf(invoice('Brightwater Strings')).vendor).toBe('Rosalind Pell');
  });
});

describe('"invoice ... dated ... for" a customer in a sentence', () => {
  it('reads an organisation after the invoice and its date', () => {
    expect(invoiceForCustomer('Invoice AB-204 dated 2 Mar 2026 for Fellside Riding Centre, due 16 Mar.')[0]?.name).toBe('Fellside Riding Centre');
    expect(invoiceForCustomer('our tax invoice TI-88 (dated 2/3/2026, due 16/3/2026) for Wattle Grove Pty Ltd:')[0]?.name).toBe('Wattle Grove Pty Ltd');
    expect(invoiceForCustomer('voici notre facture n° F-0912 du 02/03/2026 pour la SCI Les Tilleuls Bleus.')[0]?.name).toBe('SCI Les Tilleuls Bleus');
    expect(invoiceForCustomer('Factura nº 2026-12, fecha 2 de marzo, a nombre de Comunidad de Propietarios Calle Pino 3 (CIF H1).')[0]?.name).toBe(
      'Comunidad de Propietarios Calle Pino 3',
    );
  });

  it('near misses: a task, a person, a bank transfer', () => {
    expect(invoiceForCustomer('Invoice AB-204 dated 2 Mar 2026 for website redesign, due 16 Mar.')).toEqual([]);
    expect(invoiceForCustomer('Invoice AB-204 dated 2 Mar 2026 for Tom Hale, due 16 Mar.')).toEqual([]);
    expect(invoiceForCustomer('Pague la factura por transferencia a nombre de Reformas Pino Hermanos Garcia (IBAN ES12).')).toEqual([]);
  });

  it('a mail naming the customer so', () => {
    const mail = ['Hi Jo,', '', 'Invoice AB-204 dated 2 March 2026 for Fellside Riding Centre, due 16 March 2026.', 'Fencing repairs: £400.00 total.', '', 'Thanks,', 'Sam Brack', 'Brack Fencing Ltd · 3 Mill Yard, Kendal'].join('\n');
    expect(fieldsOf(mail)).toEqual({ vendor: 'Brack Fencing Ltd', customer: 'Fellside Riding Centre' });
  });
});
