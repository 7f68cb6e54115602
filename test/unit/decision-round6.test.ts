/**
 * Issue 19, round 6 (tuned on hold-out dev6, invoices in real-life layouts, and dev7, languages and
 * boundaries). Each table holds variants beyond the case that showed the gap, and must-not cases
 * (ordinary words, other labels) that the rule has to leave alone.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { findAmounts } from '../../worker/providers/local/entity-amounts';

describe('a typeset minus sign set apart from its figure', () => {
  it.each([
    ['column, euro after', 'Totale nota di credito          − 732,00 €', -732],
    ['column, code before', 'Total credit        − EUR 54.60', -54.6],
    ['line start', '− 120.00', -120],
    ['no-break space', 'Gutschrift   −\u00A01.250,00 EUR', -1250],
  ])('%s', (_case, line, value) => {
    expect(findAmounts(line, []).map((amount) => amount.value)).toContain(value);
  });

  it.each([
    ['a hyphen separating the description', 'Survey - 500.00', 500],
    ['an en dash separating the description', 'Route de Beaune – 324,00 €', 324],
    ['a minus glued to a word', 'Item−  80.00', 80],
  ])('leaves %s positive', (_case, line, value) => {
    expect(findAmounts(line, []).map((amount) => amount.value)).toContain(value);
  });

  it('makes a credit note with such a total FAIL', () => {
    const text = ['NOTA DI CREDITO N. NC 7', 'Data: 16 marzo 2026', 'Spett.le Fiumicelli s.n.c.', 'Totale nota di credito      − 732,00 €'].join('\n');
    expect(decideInvoice(text).decision).toBe('FAIL');
  });
});
