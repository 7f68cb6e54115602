/**
 * Rows with a discount percentage column (round 30, dev39): "Menge | Einzelpreis | Rabatt % | Betrag" over
 * a row whose amount took 10 % where it says 15 % went unchecked, since every row reader leaves rows under a
 * discount column alone. Now each row's amount must be quantity × price less its percentage, once two rows
 * of the table agree so. Invented texts; rows that agree PASS, a discount stated as an amount is left alone.
 */
import { decideLines } from '../helpers/decision-lines';

const invoice = (header: string, second: string, net: string, total: string) => [
  'Holzwerk Auental GmbH · Talweg 3 · 79100 Freiburg', '', 'Gartenhof Lindner GmbH', 'Rosenstraße 12, 79098 Freiburg', '', 'Rechnung RE-2026-044', 'Rechnungsdatum: 04.03.2026', 'Fällig: 03.04.2026', '',
  header,
  '1 | Pflanzkasten Lärche | 20 | 45,00 | 10 | 810,00',
  second,
  '3 | Rankgitter | 10 | 30,00 | 0 | 300,00',
  '',
  `Summe netto: ${net} €`,
  'USt 19 %: ' + (Math.round(Number(net.replace('.', '').replace(',', '.')) * 19) / 100).toFixed(2).replace('.', ',') + ' €',
  `Rechnungsbetrag: ${total} €`,
];
const HEADER = 'Pos | Artikel | Menge | Einzelpreis € | Rabatt % | Betrag €';

describe('a discount percentage column', () => {
  it('FAILs a row whose amount took another discount than its own', () => {
    // 40 × 12,50 = 500,00 less 20 % is 400,00; printed 450,00 (10 % taken).
    const decision = decideLines(invoice(HEADER, '2 | Hochbeet | 40 | 12,50 | 20 | 450,00', '1.560,00', '1.856,40'));
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons.join(' ')).toContain('less its 20 % discount is 400.00, not its stated 450.00');
  });

  it('near miss: rows that take their own discount PASS', () => {
    const decision = decideLines(invoice(HEADER, '2 | Hochbeet | 40 | 12,50 | 20 | 400,00', '1.510,00', '1.796,90'));
    expect(decision.reasons.join(' ')).not.toContain('discount is');
    expect(decision.decision).toBe('PASS');
  });

  it('near miss: a discount column in money, not percent, is left alone', () => {
    const decision = decideLines(invoice('Pos | Artikel | Menge | Einzelpreis € | Rabatt € | Betrag €', '2 | Hochbeet | 40 | 12,50 | 20 | 450,00', '1.560,00', '1.856,40'));
    expect(decision.reasons.join(' ')).not.toContain('discount is');
  });
});
