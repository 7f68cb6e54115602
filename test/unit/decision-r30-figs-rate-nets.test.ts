/**
 * Complete invoices whose line items were summed wrong on hold-out dev37 (round 30): the Italian "Totale
 * imponibile" read as the total; nets broken down by VAT rate with no tax total, or with no net over all
 * rates, read as the first rate's net alone. The texts are invented; each rule has a near miss, the same
 * layout with a figure genuinely wrong, that must still FAIL.
 */
import { amountLabelAt, decideLines, fieldsOf } from '../helpers/decision-lines';

describe('the Italian "Totale imponibile" and nets broken down by VAT rate', () => {
  it('"Totale imponibile" and "Total base imponible" label the net; "Totale fattura" stays the total', () => {
    expect(amountLabelAt('Totale imponibile: € 1.000,00', '€ 1.000,00')).toBe('subtotal');
    expect(amountLabelAt('Total base imponible: 1.000,00 €', '1.000,00')).toBe('subtotal');
    expect(amountLabelAt('Totale fattura: € 1.000,00', '€ 1.000,00')).toBe('total');
    expect(amountLabelAt('Totale: € 1.000,00', '€ 1.000,00')).toBe('total');
  });

  const fattura = (totalNet: string | null, firstRow = 'Olio extravergine, latta 5 l | 10 | 42,00 | 4% | 420,00', total = '€ 1.024,80') =>
    [
      'FATTURA N. 77/2026',
      'Data: 12/03/2026',
      'Oleificio Valpolcevera S.r.l., Via Roma 3, 16100 Genova',
      '',
      'Spett.le Trattoria Il Gozzo',
      'Via del Porto 9, 16039 Sestri Levante',
      '',
      'Descrizione | Q.tà | Prezzo | IVA | Importo',
      firstRow,
      'Pesto in vasetto, 180 g | 50 | 4,00 | 4% | 200,00',
      'Bottiglie in vetro, cartone | 12 | 25,00 | 22% | 300,00',
      'Sconto 5% sul pesto | | | 4% | -10,00',
      'Trasporto | | | 22% | 20,00',
      '',
      'Imponibile 4%: € 610,00 - IVA 4%: € 24,40',
      'Imponibile 22%: € 320,00 - IVA 22%: € 70,40',
      ...(totalNet ? [`Totale imponibile: € ${totalNet}`] : []),
      `TOTALE FATTURA (EUR): ${total}`,
      '',
      'Scadenza: 11/04/2026',
    ];

  it('with "Totale imponibile" and no total of the taxes: the total is the invoice\'s, and the figures agree', () => {
    const decision = decideLines(fattura('930,00'));
    expect(decision.fields.total).toBe(1024.8);
    expect(decision.reasons.filter((reason) => /add up|plus tax/u.test(reason))).toEqual([]);
  });

  it('with no net over all rates: the rates\' nets together are what the items make', () => {
    const decision = decideLines(fattura(null));
    expect(decision.reasons.filter((reason) => /add up|plus tax/u.test(reason))).toEqual([]);
    expect(fieldsOf(fattura(null)).total).toBe(1024.8);
  });

  it('near miss: a row the nets leave out still FAILs, with or without the net over all rates', () => {
    const wrongRow = 'Olio extravergine, latta 5 l | 10 | 42,00 | 4% | 460,00';
    expect(decideLines(fattura('930,00', wrongRow)).decision).toBe('FAIL');
    expect(decideLines(fattura(null, wrongRow)).decision).toBe('FAIL');
  });

  it('near miss: a total the nets and taxes do not make still FAILs', () => {
    expect(decideLines(fattura('930,00', undefined, '€ 1.034,80')).decision).toBe('FAIL');
    expect(decideLines(fattura(null, undefined, '€ 1.034,80')).decision).toBe('FAIL');
  });
});
