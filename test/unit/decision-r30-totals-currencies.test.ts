/**
 * Round 30 (hold-out dev37): Paraguay's guaraní ("₲ -1.250.000", a currency of no minor unit, its credit notes'
 * negative totals) and Guatemala's quetzal ("Q12,500.00", the letter glued to its figure). "₲" is the guaraní's
 * alone; "Gs." and "Q" are letters elsewhere, read only on a document naming the country, the currency or its
 * code, and "Q" only beside a figure with cents. The texts are invented; each rule has a near miss.
 */
import { decideLines, fieldsOf } from '../helpers/decision-lines';

describe('the Paraguayan guaraní', () => {
  const factura = (money: string[]) => [
    'Yerbatera Alto Paraná S.A.',
    'Ciudad del Este · RUC 80055123-4',
    'FACTURA N° 001-001-0008812',
    'Fecha de emisión: 10/06/2026',
    'Vencimiento: 10/07/2026',
    'Cliente: Almacén Santa Rita S.R.L.',
    '',
    ...money,
  ];

  it('"₲ 1.250.000" is PYG, read in whole guaraníes', () => {
    const fields = fieldsOf(factura(['Yerba mate 1 kg   50 x ₲ 25.000 = ₲ 1.250.000', 'Total a pagar: ₲ 1.250.000']));
    expect(fields).toMatchObject({ currency: 'PYG', total: 1250000 });
  });

  it('a credit note’s "₲ -480.000" is a negative total: FAIL', () => {
    const decision = decideLines(factura(['Devolución, 4 cajas   -4 x ₲ 120.000 = ₲ -480.000', 'Total nota de crédito: ₲ -480.000']));
    expect(decision.fields.total).toBe(-480000);
    expect(decision.decision).toBe('FAIL');
  });

  it('"Gs. 1.250.000" on a Paraguayan invoice is PYG', () => {
    expect(fieldsOf(factura(['Asunción, Paraguay', 'Total a pagar: Gs. 1.250.000']))).toMatchObject({ currency: 'PYG', total: 1250000 });
  });

  it('near miss: "Gs. 1.250" on a document naming neither Paraguay nor the guaraní is no amount', () => {
    expect(fieldsOf(['INVOICE 7', 'Gs. 1.250 grams of saffron', 'Total: €120.00']).total).toBe(120);
  });
});

describe('the Guatemalan quetzal', () => {
  const factura = (money: string[]) => [
    'Tejidos Santiago, S.A.',
    'FACTURA No. B-2210',
    'Fecha: 12/06/2026',
    'Vence: 12/07/2026',
    'Cliente: Hotel Lago Azul',
    '',
    ...money,
  ];

  it('"Q12,500.00", glued to its figure, on an invoice naming GTQ, is the total; "-Q 500.00" is a discount', () => {
    const decision = decideLines(factura(['Huipiles, 10 x Q1,250.00   Q12,500.00', 'Descuento -Q 500.00', 'TOTAL (GTQ): Q12,000.00']));
    expect(decision.fields).toMatchObject({ currency: 'GTQ', total: 12000 });
    expect(decision.decision).toBe('PASS');
  });

  it('figures that do not add up are still caught: FAIL', () => {
    expect(decideLines(factura(['Huipiles, 10 x Q1,250.00   Q12,500.00', 'TOTAL (GTQ): Q13,000.00'])).decision).toBe('FAIL');
  });

  it('near miss: "Q3 2026" or "Q 12.00" on a document naming no quetzal is no amount', () => {
    const lines = ['Report Q3 2026', 'INVOICE 8', 'Item Q 12.00 sample', 'Total: $40.00'];
    expect(fieldsOf(lines)).toMatchObject({ total: 40, currency: 'USD' });
  });
});
