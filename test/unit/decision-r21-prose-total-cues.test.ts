/**
 * Round 21 part M: a mail's total in a clause of its own, in other languages and with a verb after the
 * summing word ("All in, that's ...", "Insgesamt ergibt das ...", ", zusammen ..."), or named after the
 * figure once tax is added ("..., so £783.72 in total."). Invented texts, with near misses.
 */
import { extractEntities } from '../../worker/providers/local/entities';
import { sumWordsBefore } from '../../worker/providers/local/entity-prose-total-cues';

const totalOf = (text: string) => extractEntities(text).amounts.find((amount) => amount.label === 'total')?.value ?? null;

describe('a total summed in other words', () => {
  it('English "All in, that\'s $X"', () => {
    expect(totalOf('The shoot was $900.00 and travel $60.00. All in, that\'s $960.00 USD. No sales tax applies.')).toBe(960);
  });

  it('German "Insgesamt ergibt das X €" and ", zusammen X €"', () => {
    expect(totalOf('Die Übersetzung kostet 420,00 €, die Beglaubigung 30,00 €. Insgesamt ergibt das 450,00 €.')).toBe(450);
    expect(totalOf('Netto sind das 1.000,00 €, dazu 19 % USt. mit 190,00 €, zusammen 1.190,00 €.')).toBe(1190);
  });

  it('a sum before tax, then the figure named the total after it', () => {
    expect(totalOf('That makes £500.00 before VAT, plus VAT at 20% of £100.00, so £600.00 in total.')).toBe(600);
  });

  it('near miss: an item summed with "zusammen" is not the largest figure, so not the total', () => {
    expect(totalOf('Es fanden 2 Sitzungen à 150,00 € statt, zusammen 300,00 €. Dazu kommt der Bericht mit 400,00 €.')).toBeNull();
  });

  it('near miss: the words inside a sentence, not opening a clause', () => {
    expect(sumWordsBefore('We worked together in total harmony for €300.00', 'We worked together in total harmony for '.length, false)).toBe(false);
    expect(sumWordsBefore('Wir haben zusammen gearbeitet für 300,00 €', 'Wir haben zusammen gearbeitet für '.length, false)).toBe(false);
    expect(sumWordsBefore('Netto 500,00 €, zusammen 600,00 €', 'Netto 500,00 €, zusammen '.length, false)).toBe(false);
    expect(sumWordsBefore('USt. 100,00 €, zusammen 600,00 €', 'USt. 100,00 €, zusammen '.length, true)).toBe(true);
  });
});

describe('a total named in a sentence', () => {
  it('"the amount of this invoice is X" where the trader is not registered for VAT', () => {
    expect(totalOf('The edit was £600.00 and the index £200.00. As I am not registered for VAT, the amount of this invoice is £800.00.')).toBe(800);
  });

  it('French "le total TTC à X", the figure on the next line', () => {
    expect(totalOf('Le montant hors taxes s\'élève à 500,00 €, la TVA à 10 % à 50,00 €, et le total TTC\nà 550,00 €.')).toBe(550);
  });

  it('near miss: "registered for VAT" alone still names the tax', () => {
    const amounts = extractEntities('We are registered for VAT, 20% VAT £40.00, total £240.00.').amounts;
    expect(amounts.find((amount) => amount.value === 40)?.label).toBe('tax');
  });

  it('near miss: "total" with other words before the "à" and the figure', () => {
    const text = 'le total de la commande, livrée à 500,00 €';
    expect(sumWordsBefore(text, text.indexOf('500'), false)).toBe(false);
  });
});
