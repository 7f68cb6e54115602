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
