/**
 * A prepayment asked by a day is the due date (round 30, hold-out dev38): an order confirmation's "Vorauszahlung
 * bis 14.09.2026", a pro forma's "Vooruitbetaling vóór 30-06-2026", in every language the due labels read. The
 * texts are invented; the near misses date an advance that came in, which asks for nothing.
 */
import { dateLabelAt, fieldsOf } from '../helpers/decision-lines';

const confirmation = (closing: string) => [
  'Bootsbau Kiel GmbH · Hafenstraße 4 · 24103 Kiel',
  '',
  'Auftraggeber: Yachtclub Laboe e.V., Strandweg 1, 24235 Laboe',
  '',
  'AUFTRAGSBESTÄTIGUNG AB-77',
  'Datum: 02.05.2026',
  '',
  'Mastlegen          1 x 240,00 € =   240,00 €',
  'Netto: 240,00 €',
  'USt 19 %: 45,60 €',
  'Gesamt: 285,60 €',
  '',
  closing,
];

describe('a prepayment asked by a day is the due date', () => {
  it.each([
    ['Vorauszahlung bis 20.05.2026. Die Rechnung folgt.', '2026-05-20'],
    ['Vorkasse bis zum 21.05.2026 erbeten.', '2026-05-21'],
    ['Vooruitbetaling vóór 22-05-2026 op onze rekening.', '2026-05-22'],
    ['Prepayment by 23 May 2026, please.', '2026-05-23'],
    ["Paiement d'avance au plus tard le 25/05/2026.", '2026-05-25'],
    ['Pagamento anticipato prima del 26/05/2026.', '2026-05-26'],
    ['Förskottsbetalning senast 2026-05-29.', '2026-05-29'],
    ['Forudbetaling senest 29.05.2026.', '2026-05-29'],
    ['Przedpłata do 29.05.2026.', '2026-05-29'],
  ])('%s', (closing, due) => {
    expect(fieldsOf(confirmation(closing)).due_date).toBe(due);
  });

  it('labels the date itself due', () => {
    const text = 'Vooruitbetaling vóór 30-06-2026 op NL91 ABNA 0417 1644 30.';
    expect(dateLabelAt(text, '30-06-2026')).toBe('due');
  });

  it.each([
    'Vorauszahlung erhalten am 20.05.2026, danke.',
    'Aanbetaling ontvangen op 22-05-2026.',
    'Prepayment received on 23 May 2026.',
    'Versement anticipé reçu le 25/05/2026.',
  ])('near miss: an advance that came in (%s) is no due date', (closing) => {
    expect(fieldsOf(confirmation(closing)).due_date).toBeNull();
  });
});
