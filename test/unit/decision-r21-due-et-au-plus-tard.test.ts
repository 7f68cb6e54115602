/**
 * Round 21 part M: "Règlement à réception et au plus tard le <date>" names the due date, as "Règlement à
 * réception, au plus tard le <date>" did. Invented texts, with near misses.
 */
import { extractEntities } from '../../worker/providers/local/entities';

const dueOf = (text: string) => extractEntities(text).dates.find((date) => date.label === 'due')?.iso ?? null;

describe('the French last day of payment after "et"', () => {
  it('reads it', () => {
    expect(dueOf('Facture n° F-12 du 02/03/2026. Total TTC 120,00 €.\nRèglement à réception et au plus tard le 01/04/2026, par virement.')).toBe('2026-04-01');
  });

  it('near miss: a delivery "au plus tard" names no due date', () => {
    expect(dueOf('Facture n° F-12 du 02/03/2026. Total TTC 120,00 €.\nLivraison à domicile et au plus tard le 01/04/2026.')).toBeNull();
  });
});
