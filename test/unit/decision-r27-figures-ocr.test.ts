/**
 * Round 27, figures: scanned invoices of hold-out dev23 whose labels went unread: a W scanned as two Vs
 * ("MVVST 8.1 %", "BTVV 21%") and the Swiss "Honorarrechnung Nr.". The texts are invented; the near
 * misses must keep their reading.
 */
import { scanDocument } from '../../worker/providers/local/entity-scan';
import { amountLabelAt } from '../helpers/decision-lines';

describe('a W scanned as two Vs still reads as a W in labels', () => {
  it.each([
    ['MVVST 8.1 %   CHF 81.00', 'CHF 81.00'],
    ['BTVV 21% € 210,00', '€ 210,00'],
  ])('"%s" is the tax', (line, figure) => {
    expect(amountLabelAt(`Honorar   CHF 1'000.00\n${line}\n`, figure)).toBe('tax');
  });

  it('"VVeekly fee   120.00" is no tax nor total', () => {
    expect(['tax', 'total']).not.toContain(amountLabelAt('VVeekly fee   120.00', '120.00'));
  });
});

describe('the Swiss "Honorarrechnung Nr." names the invoice number', () => {
  it('"Honorarrechnunq Nr. 2026-0517" (a q scanned for the g)', () => {
    expect(scanDocument('Zürich, 20.11.2026\n\nHonorarrechnunq Nr. 2026-0517\n').invoiceNumbers.map((span) => span.text)).toContain('2026-0517');
  });

  it('"Honorarvereinbarung Nr. 12-44" (a fee agreement) is no invoice number', () => {
    expect(scanDocument('Honorarvereinbarung Nr. 12-44\n').invoiceNumbers.map((span) => span.text)).not.toContain('12-44');
  });
});
