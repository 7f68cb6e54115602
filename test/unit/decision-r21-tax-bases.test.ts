/**
 * Round 21 (part L): a tax analysis naming each rate's base and no tax ("VAT summary: 0% on £900.00,
 * 20% on £300.00") is no second tax beside the summary's own. Invented text.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const invoice = (analysis: string) =>
  [
    'Corve Shipping Ltd',
    'INVOICE  CS-7781',
    'Date: 10/02/2026   Due: 12/03/2026',
    'Invoice to: Ledwyche Foods Ltd',
    'Sea freight (zero-rated)                900.00',
    'Port handling                           300.00',
    'Net  £1,200.00',
    'VAT  £60.00',
    'Total  £1,260.00',
    analysis,
  ].join('\n');

describe('a rate with its base only', () => {
  it('"0% on £900.00, 20% on £300.00" adds no tax', () => {
    expect(decideInvoice(invoice('VAT summary: 0% on £900.00 (export), 20% on £300.00')).decision).toBe('PASS');
  });

  it('near miss: a base followed by its tax keeps the tax (and its error)', () => {
    expect(decideInvoice(invoice('VAT summary: 20% on £300.00 £75.00')).decision).toBe('FAIL');
  });

  it('near miss: a lone "VAT at 20% of 48.00" in prose stays the tax', () => {
    const text = [
      'Ashby Electrical Ltd',
      'Invoice no: AE-311   Date: 03/03/2026   Due: 17/03/2026',
      'Billed to: Nene Print Ltd',
      'Labour came to 240.00 before VAT, plus VAT at 20% of 48.00.',
      'Total: £288.00',
    ].join('\n');
    expect(decideInvoice(text).decision).toBe('PASS');
  });
});
