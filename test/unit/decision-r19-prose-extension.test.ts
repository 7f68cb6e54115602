/**
 * Issue 19, round 19 part G: a prose item's own amount in the clause after a comma ("4 days at $300 a
 * day, that's $1,200.00"), "was"/"were" before a price, and "l'heure" (entity-line-prose-extension).
 * Invented text, with near misses that must not change.
 */
import { scanDocument } from '../../worker/providers/local/entity-scan';

const itemsOf = (lines: string[]) => scanDocument(lines.join('\n')).lineItems.map((item) => ({ amount: item.amount, computed: item.computed }));

describe('the extension after a comma', () => {
  it('"3 days at $250 a day, that\'s $750.00." agrees: one item of 750', () => {
    expect(itemsOf(['Hi Jo,', '', 'Painting took 3 days at $250 a day, that\'s $750.00. Paint and rollers were $120.00.', '', 'Total $870.00'])).toEqual([
      { amount: 750, computed: undefined },
      { amount: 120, computed: undefined },
    ]);
  });

  it('"3 days at $250 a day, that\'s $850.00." disagrees: the item keeps its own product', () => {
    expect(itemsOf(['Hi Jo,', '', 'Painting took 3 days at $250 a day, that\'s $850.00. Paint and rollers were $120.00.', '', 'Total $970.00'])[0]).toEqual({ amount: 850, computed: 750 });
  });

  it('"6 heures à 30,00 € l\'heure, soit 180,00 €" is one item of 180', () => {
    expect(itemsOf(['Bonjour,', '', 'Je vous facture 6 heures de jardinage à 30,00 € l\'heure, soit 180,00 €, et 2 heures de taille à 25,00 € l\'heure.', '', 'Total : 230,00 €'])).toEqual([
      { amount: 180, computed: undefined },
      { amount: 50, computed: undefined },
    ]);
  });

  it('"Labour was 4 hours at $80.00, which is $320.00." is one item of 320', () => {
    expect(itemsOf(['Hi,', '', 'Labour was 4 hours at $80.00, which is $320.00.', '', 'Total $320.00'])).toEqual([{ amount: 320, computed: undefined }]);
  });

  it('near miss: a date\'s day in brackets cut by "and" ("(3 and 17 May) at £60.00 each, so £120.00") counts no quantity', () => {
    const items = itemsOf(['Hi,', '', 'We did two window cleans (3 and 17 May) at £60.00 each, so £120.00.', '', 'Total £120.00']);
    expect(items.some((item) => item.computed !== undefined)).toBe(false);
  });

  it('near miss: a figure after a plain price with no unit and no count ("the boiler service at $90.00, $45.00") is no extension', () => {
    const items = itemsOf(['Hi,', '', 'We did the boiler service at $90.00, $45.00 of it for parts.', '', 'Total $90.00']);
    expect(items.some((item) => item.computed !== undefined)).toBe(false);
  });
});
