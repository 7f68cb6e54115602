/**
 * Round 27, figures: invoices without a date of their own read as dated by another day (hold-out dev23
 * and dev31): the end of the work billed ("Work to 31 October 2026") and the days work was carried out,
 * even where a scan damaged the words ("W0rk carried out: 18/05/2026 and 19/05/2026"). The texts are
 * invented; the near misses must keep their reading.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { dateLabelAt } from '../helpers/decision-lines';

const letter = (dateLine: string) =>
  [
    'Baird Lennox & Co',
    'Chartered Accountants, 12 Queen Street, Edinburgh EH2 1JE',
    '',
    'Tayside Kilns Ltd',
    'Unit 3, Dundee DD1 4QB',
    '',
    'Invoice: BL/26/0912',
    dateLine,
    '',
    'Year-end accounts ......................... £1,800.00',
    'VAT at 20% £360.00',
    'Total due £2,160.00',
    'Payable by 30 November 2026.',
  ].join('\n');

describe('the end of the work billed is no issue date', () => {
  it.each(['Work to 31 October 2026', 'Services up to 31 October 2026', 'Fees to 31 October 2026'])('"%s": NEEDS_INFO, no issue date', (line) => {
    const decision = decideInvoice(letter(line));
    expect(decision.fields.issue_date).toBeNull();
    expect(decision.decision).toBe('NEEDS_INFO');
  });

  it('a dated letter is dated so: "31 October 2026" alone is the issue date', () => {
    expect(decideInvoice(letter('31 October 2026')).fields.issue_date).toBe('2026-10-31');
  });

  it('"Services to Tayside Kilns Ltd" before the invoice date leaves it the issue date', () => {
    expect(dateLabelAt('Services to Tayside Kilns Ltd, invoice date 31 October 2026', '31 October 2026')).toBe('issue');
  });
});

describe('the days work was carried out are days of service, each of a list', () => {
  it.each(['Work carried out: 18/05/2026 and 19/05/2026', 'W0rk carried out: 18/05/2026 and 19/05/2026'])('"%s"', (line) => {
    const text = `Invoice No: CE-0419\n${line}\nPayment due: 26/06/2026`;
    expect(dateLabelAt(text, '18/05/2026')).toBe('delivery');
    expect(dateLabelAt(text, '19/05/2026')).toBe('delivery');
  });

  it('"Work carried out on behalf of the trust" before an invoice date leaves it the issue date', () => {
    const text = 'Invoice date: 20/05/2026\nWork carried out on behalf of the trust, see schedule';
    expect(dateLabelAt(text, '20/05/2026')).toBe('issue');
  });
});

describe('a row of cells, each a word and a date: each date has its own label', () => {
  const printer = (row: string) =>
    [
      'Druckerei Huber OG                     RECHNUNG                  Auftraggeber',
      'Gewerbestraße 18                       Rechnungs-Nr. DH-4418     Kanzlei Pichler KG',
      '1230 Wien                              Fällig: 30.04.2026       1010 Wien',
      '',
      row,
      '',
      'Visitenkarten 85x55 (Stück) | 2000 | 0,09 | 180,00',
      'Netto € 180,00 | 20 % USt € 36,00 | Gesamt € 216,00',
    ].join('\n');

  it('"Druckfreigabe 09.04.2026   Lieferung 14.04.2026": print approval and delivery, no issue date', () => {
    expect(decideInvoice(printer('Druckfreigabe 09.04.2026   Lieferung 14.04.2026   Lieferschein LS-26-0771')).fields.issue_date).toBeNull();
  });

  it('"Rechnung 09.04.2026   Lieferung 14.04.2026": the invoice word labels the issue date', () => {
    expect(decideInvoice(printer('Rechnung 09.04.2026   Lieferung 14.04.2026')).fields.issue_date).toBe('2026-04-09');
  });

  it('"Wien 09.04.2026" alone on its line is a dated place, not a row', () => {
    expect(decideInvoice(printer('Wien 09.04.2026')).fields.issue_date).toBe('2026-04-09');
  });
});
