/**
 * Issue 19, round 18 (part B): items a sentence prices without "at" before a figure quantity: a
 * quantity in words, "materials of", a note in brackets, a list of charges after a colon. Invented
 * text; each reading has near misses that must not become items.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { scanDocument } from '../../worker/providers/local/entity-scan';

const items = (text: string) => scanDocument(text).lineItems.map((item) => item.amount);

describe('a quantity in words and "materials of" in a mail', () => {
  const mail = (sentence: string, total: string) =>
    [
      'From: Fernhill Plastering <jo@fernhillplastering.co.uk>',
      'Subject: Invoice FP-118',
      '',
      sentence,
      '',
      'Invoice FP-118',
      'Date: 4 May 2026',
      'To: Quayside Holiday Lets Ltd',
      `Total: ${total}`,
      'Due by: 18 May 2026',
    ].join('\n');
  const sentence = 'That was two days skimming the hall at £180 a day, plus materials of 64.50 (bonding, multi-finish, beading).';

  it('"two days ... at £180 a day" is 360.00 and "materials of 64.50 (note)" an item', () => {
    expect(items(mail(sentence, '£424.50'))).toEqual([360, 64.5]);
    expect(decideInvoice(mail(sentence, '£424.50')).decision).toBe('PASS');
    expect(decideInvoice(mail(sentence, '£464.50')).decision).toBe('FAIL');
  });

  it('near miss: a rate with a quantity in words but no price per unit ("two rooms at £180") counts once', () => {
    expect(items(mail('That was two rooms skimmed at £180, plus materials of 64.50.', '£244.50'))).toEqual([180, 64.5]);
  });

  it('near miss: "a deposit of £100.00" is no charge "of"', () => {
    expect(items(mail('That was two days skimming the hall at £180 a day, and a deposit of £100.00 for the next job.', '£360.00'))).not.toContain(100);
  });

  it('near miss: a bracket holding a figure is not a note ("materials of 64.50 (receipt 2 of 3)")', () => {
    expect(items(mail('That was two days at £180 a day, plus materials of 64.50 (receipt 2 of 3).', '£424.50'))).not.toContain(64.5);
  });
});

describe('a list of charges after a colon', () => {
  const letter = (sentence: string, net: string) =>
    [
      'Fliesenleger Brandhorst GmbH',
      'Rechnung R-26-0412                Münster, 12.05.2026',
      'Kunde: Zahnarztpraxis Dr. Okafor',
      '',
      sentence,
      '',
      `Nettobetrag ${net}`,
      'zzgl. 19 % MwSt. 137,75 €',
      'Gesamtbetrag 862,75 €',
      'Zahlbar bis 26.05.2026.',
    ].join('\n');
  const sentence = 'Für die Arbeiten im Flur berechnen wir: Fliesen verlegen, 25 m² zu 24,00 € = 600,00 €, Fugenmaterial und Silikon 55,00 € sowie die Anfahrt mit 70,00 €.';

  it('each clause ending with a figure is an item: "Silikon 55,00 €", "die Anfahrt mit 70,00 €"', () => {
    expect(items(letter(sentence, '725,00 €'))).toEqual([600, 55, 70]);
    expect(decideInvoice(letter(sentence, '725,00 €')).decision).toBe('PASS');
    expect(decideInvoice(letter(sentence, '735,00 €')).decision).toBe('FAIL');
  });

  it('near miss: without the colon that opens a list, "Silikon 55,00 €" is no item and the sentence states none', () => {
    const plain = 'Für die Arbeiten im Flur haben wir Fliesen verlegt, 25 m² zu 24,00 € = 600,00 €, Fugenmaterial und Silikon 55,00 € sowie die Anfahrt mit 70,00 €.';
    expect(items(letter(plain, '725,00 €'))).toEqual([]);
  });
});
