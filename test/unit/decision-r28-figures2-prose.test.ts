/**
 * Charges listed in one sentence of a letter, each clause closed by its amount, with the net or the total
 * stated apart (round 28, second pass): no clause reader took them for items, so a sum that does not add up
 * went unchecked. The texts are invented; the near misses must keep their old reading.
 */
import { decideLines } from '../helpers/decision-lines';

const letter = (sentence: string, total: string) => [
  'Aoife Brennan Advisory',
  '12 Mallow Street, Cork T12 X2Y4',
  '',
  '3 March 2026',
  '',
  'Riverside Housing Co-operative',
  'Invoice AB-0217',
  '',
  sentence,
  '',
  `I am not registered for VAT. The total due is ${total}, payable by 2 April 2026 to IE64 BOFI 9000 1712 3456 78.`,
];

describe('a sentence of charges and the total stated apart', () => {
  const charges = 'As agreed, I am invoicing for the tenancy review: two days of file review at €700.00 a day, €1,400.00; the board briefing on 24 February, €350.00; and the written summary, a fixed €600.00.';

  it('items that do not make the total fail', () => {
    const decision = decideLines(letter(charges, '€2,450.00'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toContain('line items add up to 2350.00, not the total 2450.00');
  });

  it('near miss: items that make the total pass (the price per day is not counted beside its extension)', () => {
    expect(decideLines(letter(charges, '€2,350.00')).decision).toBe('PASS');
  });

  it('near miss: a sentence that speaks of a deposit is not read so', () => {
    const deposit = charges.replace('a fixed €600.00.', 'a fixed €600.00, less the deposit.');
    expect(decideLines(letter(deposit, '€2,450.00')).reasons.join(' ')).not.toContain('line items add up');
  });

  it('French: "à 300,00 € l\'unité, soit 1 200,00 €, ... à 900,00 €, et ... pour 150,00 €" against "Total HT"', () => {
    const lines = [
      'De : Menuiserie du Vieux Port <atelier@vieuxport-menuiserie.fr>',
      'Objet : Facture F26-0077',
      '',
      'Voici notre facture n° F26-0077 du 02/03/2026 pour la SCI Les Terrasses du Lac.',
      '',
      "Nous avons posé 4 volets bois à 300,00 € l'unité, soit 1 200,00 €, une porte d'entrée à 900,00 €, et assuré l'évacuation des gravats pour 150,00 €.",
      '',
      'Total HT : 2 300,00 €',
      'TVA 20 % : 460,00 €',
      'Total TTC : 2 760,00 €',
      '',
      'Règlement au plus tard le 01/04/2026.',
      'Menuiserie du Vieux Port SARL',
    ];
    expect(decideLines(lines).reasons.join(' ')).toContain('line items add up to 2250.00, not the subtotal 2300.00');
  });
});

describe('a sentence whose amounts include a share of the others', () => {
  it('near miss: "Site build $900.00, hosting $150.00, and 10% off takes $105.00." is not summed', () => {
    const lines = ['Kestrel Web Studio', 'Invoice KW-0412', 'Date: 4 May 2026', 'Due: 18 May 2026', 'Customer: Harbour Lane Bakery Ltd', '', 'Site build $900.00, hosting $150.00, and 10% off takes $105.00.', '', 'Total: $945.00'];
    expect(decideLines(lines).reasons.join(' ')).not.toContain('line items add up');
  });
});
