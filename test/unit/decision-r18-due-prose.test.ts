/**
 * Issue 19, round 18 (part D): a letter's due date, "the amount before <date>", is not its issue date.
 * Invented text; near misses must not change.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { scanDocument } from '../../worker/providers/local/entity-scan';

const labels = (text: string) => scanDocument(text).dates.map((date) => [date.text, date.label]);

describe('the amount asked for before a date', () => {
  it('Dutch: "het bedrag vóór 15 januari 2027" is the due date, and the letter has no issue date', () => {
    const letter = [
      'Hoveniersbedrijf De Linde',
      'Dorpsstraat 8, 5298 AB Liempde · btw NL002233445B01',
      '',
      'Aan Camping Het Groene Woud',
      '',
      'Betreft: factuur 2027-0004',
      '',
      'Snoeiwerk december, 6 uur à € 45,00 (€ 270,00).',
      'Samen € 270,00, plus 21% btw € 56,70, totaal € 326,70.',
      '',
      'Graag ontvang ik het bedrag vóór 15 januari 2027 op NL12 RABO 0123 4567 89.',
    ].join('\n');
    expect(labels(letter)).toEqual([['15 januari 2027', 'due']]);
    const { fields } = decideInvoice(letter);
    expect(fields.issue_date).toBeNull();
    expect(fields.due_date).toBe('2027-01-15');
  });

  it('German: "den Betrag bis zum 15.12.2026" is a payment day, not the end of a period', () => {
    expect(labels('Bitte überweisen Sie den Betrag bis zum 15.12.2026 auf unser Konto.')).toEqual([['15.12.2026', 'due']]);
  });

  it('English: "receiving the amount before 1 May 2026"', () => {
    expect(labels('We look forward to receiving the amount before 1 May 2026.')).toEqual([['1 May 2026', 'due']]);
  });

  it('near miss: "het bedrag voor de werkzaamheden van 3 november 2026" (voor = for) names no due date', () => {
    expect(labels('Het bedrag voor de werkzaamheden van 3 november 2026 is € 40,00.')).toEqual([['3 november 2026', undefined]]);
  });

  it('near miss: "the amount for 1 May 2026" names no due date', () => {
    expect(labels('The amount for 1 May 2026 is shown below.')).toEqual([['1 May 2026', undefined]]);
  });

  it('near miss: "gültig bis zum 31.12.2026" with no amount before it stays the end of a period', () => {
    expect(labels('Das Angebot ist gültig bis zum 31.12.2026.')).toEqual([['31.12.2026', 'end']]);
  });
});
