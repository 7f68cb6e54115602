/**
 * Round 21 part M: a prose item priced per block of a size ("84 units of 1,000 words at 11.50") counts the
 * blocks, not the size (entity-line-prose-unit). Invented texts, with near misses.
 */
import { extractEntities } from '../../worker/providers/local/entities';
import { countingQuantity } from '../../worker/providers/local/entity-line-prose-unit';

const QUANTITY = /(?<![\p{L}\d.,])(?<qty>\d+(?:[.,]\d+)?)\s*(?:[x×*]\s+|(?=\s+\p{L}))/gu;
const countOf = (before: string) => countingQuantity(before, [...before.matchAll(QUANTITY)])?.groups?.qty ?? null;

describe('the count of blocks, not their size', () => {
  it('"N units of M words at P" counts N', () => {
    expect(countOf('I charge 40 units of 1,000 words at ')).toBe('40');
    expect(countOf('ik reken 40 eenheden van 1.000 woorden à ')).toBe('40');
    expect(countOf('3 batches of 250 leaflets at ')).toBe('3');
  });

  it('the items of a Dutch mail sum to their subtotal', () => {
    const text = 'Voor de redactie reken ik 40 eenheden van 1.000 woorden à € 12,00,\ndus € 480,00. Het register kost € 100,00.\nSubtotaal € 580,00, btw 21% € 121,80, totaal € 701,80.';
    const sum = extractEntities(text).lineItems.reduce((total, item) => total + item.amount, 0);
    expect(sum).toBeCloseTo(480, 2);
    expect(sum).not.toBeCloseTo(12000, 2);
  });

  it('near miss: "a batch of 200 leaflets" counts 200; a lone quantity stays', () => {
    expect(countOf('a batch of 200 leaflets at ')).toBe('200');
    expect(countOf('6 hours at ')).toBe('6');
    expect(countOf('2 visits and 3 hours at ')).toBe('3');
  });
});
