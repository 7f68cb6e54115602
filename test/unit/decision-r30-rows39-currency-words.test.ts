/**
 * Currencies named by their country's word (round 30, dev39): "... Bahamian dollars and twenty cents" left the
 * amount in words unread (an unknown word before "dollars"), so words differing from the figure passed; and the
 * boliviano's "Bs." was no currency. Invented texts; words that equal the figure PASS, and "Bs" on a document
 * naming neither Bolivia nor Venezuela is no money.
 */
import { decideLines, fieldsOf } from '../helpers/decision-lines';

const bahamas = (words: string) => [
  'Conch Cove Traders Ltd', 'INVOICE', 'Invoice No.: CC-0081', 'Date: 4 March 2026', 'Payment due: 3 April 2026', 'Sold to: Harbour Island Gifts Ltd', '',
  'Total (BSD): $2,340.50', `Amount in words: ${words}`,
];

describe('dollars named by their country', () => {
  it('FAILs words of another amount, in Bahamian dollars', () => {
    const decision = decideLines(bahamas('Three thousand three hundred and forty Bahamian dollars and fifty cents'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toContain('3340.50');
  });

  it('near miss: words equal to the figure PASS', () => {
    expect(decideLines(bahamas('Two thousand three hundred and forty Bahamian dollars and fifty cents')).decision).toBe('PASS');
  });
});

describe('the boliviano "Bs."', () => {
  const bolivia = (country: string) => ['FACTURA N° 0091', 'Fecha: 04/03/2026', 'Vencimiento: 03/04/2026', `Dulces Illimani S.R.L. – ${country}`, 'Señor(es): Café Sagárnaga S.R.L.', '', 'TOTAL Bs. 1.250,00'];

  it('reads BOB on a document naming Bolivia', () => {
    expect(fieldsOf(bolivia('La Paz, Bolivia')).currency).toBe('BOB');
  });

  it('near miss: a document naming neither country reads no currency from "Bs."', () => {
    expect(fieldsOf(bolivia('La Paz')).currency).toBeNull();
  });
});
