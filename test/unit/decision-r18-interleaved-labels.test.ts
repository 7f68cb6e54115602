/**
 * Issue 19, round 18 (part D): a label column flattened line by line into the address beside it,
 * its values after it as a block. Invented text; near misses must not change.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const tail = [
  '',
  'RECHNUNG',
  '',
  'Pos   Leistung                          Menge   EP EUR    Betrag EUR',
  '1     Lagerung 12 Paletten, März         1   360,00   360,00',
  '',
  'Nettobetrag        360,00',
  'zzgl. 19 % USt.    68,40',
  'Rechnungsbetrag    428,40 EUR',
];

describe('a label column interleaved with an address, then its values', () => {
  it('reads the number, the date and the due date in label order', () => {
    const text = [
      'Lagerhaus Kempten GmbH · Illerstraße 3 · 87435 Kempten',
      '',
      'Allgäuer Käserei eG',
      'Rechnungs-Nr.',
      'Wareneingang',
      'Rechnungsdatum',
      'Bergweg 11',
      'Kunden-Nr.',
      '87509 Immenstadt',
      'Fällig am',
      'LK 2026-0412',
      '02.03.2026',
      '7781',
      '01.04.2026',
      ...tail,
    ].join('\n');
    const { decision, fields } = decideInvoice(text);
    expect(fields.invoice_number).toBe('LK 2026-0412');
    expect(fields.issue_date).toBe('2026-03-02');
    expect(fields.due_date).toBe('2026-04-01');
    expect(decision).toBe('PASS');
  });

  it('near miss: labels each over their own value are read as they are', () => {
    const text = [
      'Lagerhaus Kempten GmbH · Illerstraße 3 · 87435 Kempten',
      '',
      'An: Allgäuer Käserei eG',
      'Rechnungs-Nr.',
      'LK 2026-0412',
      'Rechnungsdatum',
      '02.03.2026',
      'Fällig am',
      '01.04.2026',
      '7781',
      '87509',
      '55',
      ...tail,
    ].join('\n');
    const { fields } = decideInvoice(text);
    expect(fields.invoice_number).toBe('LK 2026-0412');
    expect(fields.issue_date).toBe('2026-03-02');
    expect(fields.due_date).toBe('2026-04-01');
  });

  it('near miss: an address with no field labels in it pairs nothing', () => {
    const text = ['Lagerhaus Kempten GmbH', '', 'Allgäuer Käserei eG', 'Wareneingang', 'Bergweg 11', 'Tor 3', '87509 Immenstadt', 'Rechnung Nr. LK-77 vom 02.03.2026', ...tail].join('\n');
    const { fields } = decideInvoice(text);
    expect(fields.invoice_number).toBe('LK-77');
    expect(fields.due_date).toBeNull();
  });
});
