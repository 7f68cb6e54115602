/**
 * A currency code in a figure's own label across a column gap (round 30, hold-out dev38): "Total EUR   6'935.70" on
 * an invoice stating "Währung: CHF" with CHF lines was read as a bare figure, so its second currency went unseen.
 * Invented texts; the near misses keep their PASS.
 */
import { currencyOf, decideLines } from '../helpers/decision-lines';

const invoice = (totalRow: string, declared = 'Währung: CHF') => [
  'Polsterei Alpenblick AG',
  'Kunde: Sesselbahn Tschiertschen AG',
  "RECHNUNG Nr. PA-26-014   Datum: 19.06.2026   Zahlbar bis: 19.07.2026",
  declared,
  "Sitzkissen neu bezogen     6 x CHF 200.00   CHF 1'200.00",
  "Zwischensumme      CHF 1'200.00",
  'MWST 8.1 %         CHF 97.20',
  totalRow,
];

describe("a code in the total's label names the total's currency", () => {
  it('"Total EUR   1\'297.20" under CHF lines is a second currency: FAIL', () => {
    const decision = decideLines(invoice("Total EUR          1'297.20"));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toMatch(/more than one currency \(CHF, EUR\)/u);
  });

  it('near miss: "Total CHF   1\'297.20" is the same currency: PASS', () => {
    expect(decideLines(invoice("Total CHF          1'297.20")).decision).toBe('PASS');
  });

  it('near miss: a code in lower case ("total eur") is no label\'s code', () => {
    expect(decideLines(invoice("Total eur          1'297.20")).decision).toBe('PASS');
  });

  it('a label\'s code alone names the invoice\'s currency when every figure is bare', () => {
    expect(currencyOf(['Net   1,000.00', 'VAT 20%   200.00', 'Total GBP      1,200.00'])).toBe('GBP');
  });
});
