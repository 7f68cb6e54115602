/**
 * The vendor named in full on its registration line at the foot, missed on hold-out dev35 (round 29): a
 * letterhead that shortens the legal name ("Raquettes Lac-Beauport", "Les Raquettes ... inc."), or that a scan
 * damaged ("GALLARIJA W0RKS"); and a customer named by the billing verb ("We, X, hereby bill Y, ..."). The
 * texts are invented; each rule has a near miss that must stay unread.
 */
import { customerOf, vendorOf } from '../helpers/decision-lines';

const invoice = (letterhead: string, footer: string) => [
  letterhead,
  '12, rue Principale, Sainte-Adèle (Québec) J8B 1A1',
  '',
  'FACTURE',
  'No de facture : FA-1001            Date : 2026-03-02',
  'Payable au plus tard le 2026-04-01',
  '',
  'Facturé à : Chalets Laurentides inc.',
  '',
  'Bûches, corde    4 x 120,00 $ = 480,00 $',
  'Total (CAD)      480,00 $',
  '',
  footer,
];

describe("the legal name on the footer's registration line", () => {
  it('a letterhead whose words the legal name keeps in order gives way to it', () => {
    expect(vendorOf(invoice('Bois Sainte-Adèle', 'Les Bois de Chauffage Sainte-Adèle inc. · TPS 123456789 RT0001 · TVQ 1234567890 TQ0001'))).toBe(
      'Les Bois de Chauffage Sainte-Adèle inc.',
    );
  });

  it('a letterhead a scan damaged gives way to the registered firm at the foot', () => {
    expect(vendorOf(invoice('B0IS W0RKS', 'Gagnon & Fils Ltée · TPS 123456789 RT0001 · 12, rue Principale'))).toBe('Gagnon & Fils Ltée');
  });

  it('near miss: a clean trade name sharing no word with the footer\'s firm stays the vendor', () => {
    expect(vendorOf(invoice('Feux de Camp Nordiques', 'Gagnon & Fils Ltée · TPS 123456789 RT0001 · 12, rue Principale'))).toBe('Feux de Camp Nordiques');
  });

  it('near miss: a footer line without a tax or registration number names no vendor', () => {
    expect(vendorOf(invoice('B0IS W0RKS', 'Les Bois de Chauffage Sainte-Adèle inc. · Merci de votre confiance'))).not.toBe('Les Bois de Chauffage Sainte-Adèle inc.');
  });
});

describe('the customer named by the billing verb', () => {
  const letter = (sentence: string) => [
    'Clementi Blooms',
    '',
    sentence,
    '',
    '  Table flowers   4 x S$100.00 = S$400.00',
    '  Total S$400.00 (SGD)',
    '',
    'Kindly pay by 01/04/2026.',
  ];

  it.each([
    ['We, Clementi Blooms Pte. Ltd., hereby bill Raffles Quay Suites Pte. Ltd., 1 Raffles Quay, under our invoice CB-17 of 02/03/2026:', 'Raffles Quay Suites Pte. Ltd.'],
    ['We hereby invoice Harrow Lane Dental LLP for the flowers below (invoice CB-17 of 02/03/2026):', 'Harrow Lane Dental LLP'],
    ['Herewith we send invoice CB-17 of 02/03/2026; we invoice Tiong Bahru Community Centre for the flowers below.', 'Tiong Bahru Community Centre'],
  ])('%s', (sentence, name) => {
    expect(customerOf(letter(sentence))).toBe(name);
  });

  it('near miss: "we hereby invoice you" and a single capitalised word name no one', () => {
    expect(customerOf(letter('We hereby invoice you for the flowers below (invoice CB-17 of 02/03/2026).'))).toBeNull();
    expect(customerOf(letter('We invoice Monthly in arrears; this is invoice CB-17 of 02/03/2026.'))).toBeNull();
  });
});
