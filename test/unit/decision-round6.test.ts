/**
 * Issue 19, round 6 (tuned on hold-out dev6, invoices in real-life layouts, and dev7, languages and
 * boundaries). Each table holds variants beyond the case that showed the gap, and must-not cases
 * (ordinary words, other labels) that the rule has to leave alone.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { findAmounts } from '../../worker/providers/local/entity-amounts';

describe('a typeset minus sign set apart from its figure', () => {
  it.each([
    ['column, euro after', 'Totale nota di credito          − 732,00 €', -732],
    ['column, code before', 'Total credit        − EUR 54.60', -54.6],
    ['line start', '− 120.00', -120],
    ['no-break space', 'Gutschrift   −\u00A01.250,00 EUR', -1250],
  ])('%s', (_case, line, value) => {
    expect(findAmounts(line, []).map((amount) => amount.value)).toContain(value);
  });

  it.each([
    ['a hyphen separating the description', 'Survey - 500.00', 500],
    ['an en dash separating the description', 'Route de Beaune – 324,00 €', 324],
    ['a minus glued to a word', 'Item−  80.00', 80],
  ])('leaves %s positive', (_case, line, value) => {
    expect(findAmounts(line, []).map((amount) => amount.value)).toContain(value);
  });

  it('makes a credit note with such a total FAIL', () => {
    const text = ['NOTA DI CREDITO N. NC 7', 'Data: 16 marzo 2026', 'Spett.le Fiumicelli s.n.c.', 'Totale nota di credito      − 732,00 €'].join('\n');
    expect(decideInvoice(text).decision).toBe('FAIL');
  });
});

describe('the period an invoice covers is not its issue date', () => {
  const invoice = (line: string): string =>
    ['Tessary Facilities Ltd', 'Invoice No: TFL-26-0388', 'Bill To: Barnacre Logistics Ltd', line, 'Due Date: 30 April 2026', 'Total Due £2,704.08'].join('\n');

  it.each([
    ['service period, a range in one month', 'Service period: 1–31 March 2026'],
    ['billing period, two dates', 'Billing period: 1 March 2026 - 31 March 2026'],
    ['German', 'Abrechnungszeitraum: 01.03.2026 – 31.03.2026'],
    ['French', 'Période de prestation : 1er au 31 mars 2026'],
    ['Italian', 'Periodo di fatturazione: 31/03/2026'],
    ['Dutch', 'Factuurperiode: 31-03-2026'],
  ])('%s', (_case, line) => {
    const decision = decideInvoice(invoice(line));
    expect(decision.fields.issue_date).toBeNull();
    expect(decision.decision).toBe('NEEDS_INFO');
  });

  it.each([
    ['an invoice date beside a period', 'Invoice date: 31 March 2026   Service period: March 2026', '2026-03-31'],
    ['a plain date line', 'Date: 31 March 2026', '2026-03-31'],
    ['payment period in days, then a date', 'Payment period 30 days. Issued 31 March 2026', '2026-03-31'],
  ])('keeps %s', (_case, line, iso) => {
    expect(decideInvoice(invoice(line)).fields.issue_date).toBe(iso);
  });
});

describe('a late fee a reminder adds after the invoice total', () => {
  const reminder = (fee: string, balance: string): string =>
    ['Elektro Sauerbronn GmbH', 'Gasthaus Lindenwirt', 'Freudenstadt, 16.03.2026', '2. Mahnung', 'zu unserer Rechnung Nr. 26-0318', 'Rechnungsbetrag 1.384,60 EUR', fee, balance].join('\n');

  it.each([
    ['Mahngebühr', 'Mahngebühr 5,00 EUR', 'Offener Betrag 1.389,60 EUR'],
    ['Mahnkosten and interest', 'Mahnkosten 5,00 EUR\nVerzugszinsen 12,40 EUR', 'Offener Betrag 1.402,00 EUR'],
    ['English late fee', 'Late payment fee 40.00 EUR', 'Balance due 1,424.60 EUR'],
    ['French', 'Frais de relance 10,00 EUR', 'Solde 1 394,60 EUR'],
    ['Dutch', 'Aanmaningskosten 15,00 EUR', 'Openstaand 1.399,60 EUR'],
  ])('is no line item (%s)', (_case, fee, balance) => {
    const decision = decideInvoice(reminder(fee, balance));
    expect(decision.fields.line_items_sum).toBeNull();
    expect(decision.decision).toBe('NEEDS_INFO');
  });

  it('must still make the balance with the total', () => {
    const decision = decideInvoice(reminder('Mahngebühr 5,00 EUR', 'Offener Betrag 1.399,60 EUR'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toMatch(/plus fees of 5\.00/);
  });

  it.each([
    ['a consulting fee', 'Consulting fee   500.00'],
    ['a delivery charge', 'Late delivery surcharge   500.00'],
    ['a service charge', 'Service charge   500.00'],
  ])('leaves %s an item', (_case, line) => {
    const text = ['Invoice 7', 'Date: 2 March 2026', 'Due: 30 March 2026', 'From: Acme Ltd', 'To: Birch Ltd', line, 'Total 500.00'].join('\n');
    expect(decideInvoice(text).fields.line_items_sum).toBe(500);
  });
});
