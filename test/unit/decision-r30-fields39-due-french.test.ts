/**
 * A French payment line naming its last day after "au plus tard" (round 30, hold-out dev39): "À régler au plus
 * tard le 17 juin 2026" was read as no due date, as only "à régler le" and "à régler avant" were labels.
 * Invented texts; the near miss is a delivery's "au plus tard", which names no payment.
 */
import { dateLabelAt, fieldsOf } from '../helpers/decision-lines';

const invoice = (last: string) => [
  'Atelier Vannerie du Lot SARL',
  'Facture n° AV-2026-118',
  'Cahors, le 4 mars 2026',
  'Facturé à : Maison Delpech SAS',
  'Total TTC : 1 440,00 € (EUR)',
  last,
];

describe('"à régler au plus tard le" names the due date', () => {
  it('"À régler au plus tard le 3 avril 2026." is the due date', () => {
    expect(fieldsOf(invoice('À régler au plus tard le 3 avril 2026.')).due_date).toBe('2026-04-03');
  });

  it('"Montant à payer au plus tard le 03/04/2026" is the due date', () => {
    const text = invoice('Montant à payer au plus tard le 03/04/2026').join('\n');
    expect(dateLabelAt(text, '03/04/2026')).toBe('due');
  });

  it('near miss: "Livraison au plus tard le 3 avril 2026" is no due date', () => {
    expect(fieldsOf(invoice('Livraison au plus tard le 3 avril 2026.')).due_date).toBeNull();
  });
});
