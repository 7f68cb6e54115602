/**
 * Issue 19, round 19 (part H): French payment terms then their last day, "Règlement à 30 jours, au plus
 * tard le 19 décembre 2026", name the due date. A delivery's "au plus tard" names no payment and must not.
 * Invented text; near misses must not change.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const letter = (terms: string) =>
  [
    'Bastien Roumagnac – Ébéniste',
    '3 rue des Orfèvres, 30000 Nîmes – SIRET 812 334 556 00017',
    '',
    'Nîmes, le 4 mars 2026',
    '',
    'Facture n° EB-2026-031',
    '',
    'Client : Librairie du Vieux Pont SARL, 2 quai Roosevelt, 30000 Nîmes',
    '',
    'Fabrication de deux bibliothèques en chêne : 1 800,00 € HT, TVA 20 % : 360,00 €, total TTC 2 160,00 €.',
    '',
    terms,
  ].join('\n');

describe('"Règlement …, au plus tard le <date>" names the due date', () => {
  it.each([
    ['Règlement à 30 jours, au plus tard le 3 avril 2026 (IBAN FR76 1234).', '2026-04-03'],
    ['Règlement à réception, au plus tard le 18/03/2026, par virement.', '2026-03-18'],
    ['Paiement à 45 jours fin de mois, au plus tard le 30 avril 2026.', '2026-04-30'],
  ])('"%s"', (terms, due) => {
    expect(decideInvoice(letter(terms)).fields.due_date).toBe(due);
  });

  it('a delivery "au plus tard le" names no due date', () => {
    expect(decideInvoice(letter('Livraison au plus tard le 20 mars 2026 à votre magasin.')).fields.due_date).toBeNull();
    expect(decideInvoice(letter('Pose prévue au plus tard le 20 mars 2026.')).fields.due_date).toBeNull();
  });
});
