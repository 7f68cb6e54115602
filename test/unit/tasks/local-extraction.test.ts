/** What the offline extractor learned for the decision fixtures: more languages, table layouts, lakhs, totals in words. */
import { decideInvoice } from '../../../worker/decisions/invoice-rules';
import { extractEntities } from '../../../worker/providers/local/entities';
import { findWordAmounts, wordsToNumber } from '../../../worker/providers/local/entity-words';

describe('amounts in words', () => {
  it.each([
    ['one thousand two hundred fifty', 1250],
    ['two thousand three hundred and twenty', 2320],
    ['forty-two', 42],
    ['one hundred thousand', 100_000],
    ['twelve million three hundred thousand and five', 12_300_005],
  ])('reads %j as %d', (phrase, value) => {
    expect(wordsToNumber(phrase)).toBe(value);
  });

  it('counts only phrases followed by a currency word, with cents and the currency when it is named', () => {
    expect(findWordAmounts('Total: $642.75 (six hundred forty-two dollars and seventy-five cents)')).toEqual([
      expect.objectContaining({ text: 'six hundred forty-two dollars and seventy-five cents', value: 642.75, currency: null }),
    ]);
    expect(findWordAmounts('One thousand two hundred fifty US dollars only')[0]).toMatchObject({ value: 1250, currency: 'USD' });
    expect(findWordAmounts('two hundred and five pounds only')[0]).toMatchObject({ value: 205, currency: 'GBP' });
    expect(findWordAmounts('Delivery takes two days; one seat is free.')).toEqual([]);
  });
});

describe('extractEntities in Spanish and Italian', () => {
  it('reads a Spanish invoice’s number, dates written out, parties and labelled totals', () => {
    const text = [
      'Factura Nº: 2025/118',
      'Fecha de emisión: 20 de octubre de 2025',
      'Fecha de vencimiento: 19 de noviembre de 2025',
      'Proveedor: Imprenta Solano',
      'Cliente: Academia Miramar',
      'Base imponible: 240,00 €',
      'IVA 21%: 50,40 €',
      'Total factura: 290,40 €',
    ].join('\n');
    const entities = extractEntities(text);
    expect(entities.invoiceNumbers).toEqual(['2025/118']);
    expect(entities.dates).toEqual([
      { text: '20 de octubre de 2025', iso: '2025-10-20', label: 'issue' },
      { text: '19 de noviembre de 2025', iso: '2025-11-19', label: 'due' },
    ]);
    expect(entities.parties.map((party) => [party.role, party.name])).toEqual([
      ['vendor', 'Imprenta Solano'],
      ['customer', 'Academia Miramar'],
    ]);
    expect(entities.amounts.map((amount) => [amount.label, amount.value])).toEqual([
      ['subtotal', 240],
      ['tax', 50.4],
      ['total', 290.4],
    ]);
  });

  it('reads an Italian invoice number written "n." and its Scadenza', () => {
    const entities = extractEntities('Fattura n. 45/2025\nData fattura: 09/07/2025\nScadenza: 08/08/2025\nTotale: 1.512,80 €');
    expect(entities.invoiceNumbers).toEqual(['45/2025']);
    expect(entities.dates.map((date) => date.label)).toEqual(['issue', 'due']);
    expect(entities.amounts[0]).toMatchObject({ label: 'total', value: 1512.8 });
  });

  it('does not take the figure after "Total factura:" for an invoice number', () => {
    expect(extractEntities('Total factura: 641,30 €').invoiceNumbers).toEqual([]);
  });
});

describe('extractEntities in table layouts and other notations', () => {
  it('reads the invoice number and dates that stand under their column headings', () => {
    const text = ['Invoice Number    Invoice Date    Due Date', 'AOS-55102         05/14/2025      06/13/2025', 'Total: $10.00'].join('\n');
    const entities = extractEntities(text);
    expect(entities.invoiceNumbers).toEqual(['AOS-55102']);
    expect(entities.dates).toEqual([
      { text: '05/14/2025', iso: '2025-05-14', label: 'issue' },
      { text: '06/13/2025', iso: '2025-06-13', label: 'due' },
    ]);
  });

  it('reads Indian lakh grouping as one amount', () => {
    expect(extractEntities('Total: ₹2,36,000.00').amounts).toEqual([{ text: '₹2,36,000.00', value: 236_000, currency: 'INR', label: 'total' }]);
  });

  it('reads OCR semicolons after labels', () => {
    const entities = extractEntities('Invoice No; SH-4410\nFrom; Seaholm Bakery Supplies\nBill to; The Rolling Pin Café');
    expect(entities.invoiceNumbers).toEqual(['SH-4410']);
    expect(entities.parties.map((party) => party.name)).toEqual(['Seaholm Bakery Supplies', 'The Rolling Pin Café']);
  });
});

const BASE = ['Invoice No: Q-1', 'Invoice date: 2025-01-01', 'Due date: 2025-01-31', 'From: Quarry Ltd', 'Bill to: Parish Council'];

describe('decideInvoice: currencies and totals in words', () => {
  it('fails when the declared currency differs from the amounts’', () => {
    const text = [...BASE, 'Currency: CHF', 'Photo shoot      900.00 €', 'Total: 900.00 €'].join('\n');
    const decision = decideInvoice(text);
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['the invoice states its currency as CHF but its amounts are in EUR']);
    expect(decision.evidence).toEqual(expect.arrayContaining(['Currency: CHF', 'Photo shoot      900.00 €']));
  });

  it('takes the declared currency when the amounts carry none', () => {
    const text = [...BASE, 'All amounts in GBP', 'Survey      120.00', 'Total: 120.00'].join('\n');
    expect(decideInvoice(text).fields.currency).toBe('GBP');
  });

  it('fails when the total in words contradicts the figure, citing both lines', () => {
    const text = [...BASE, 'Wall repair      $2,300.00', 'Total: $2,300.00', 'Say: Two thousand three hundred and twenty dollars'].join('\n');
    const decision = decideInvoice(text);
    expect(decision.decision).toBe('FAIL');
    expect(decision.reasons).toEqual(['the total in words (2320.00) differs from the figure 2300.00']);
    expect(decision.evidence).toEqual(expect.arrayContaining(['Say: Two thousand three hundred and twenty dollars', 'Total: $2,300.00']));
  });

  it('takes a total written only in words and checks the items against it', () => {
    const ok = decideInvoice([...BASE, 'Setup      €310.00', 'Nut        €165.00', 'Total due: four hundred and seventy-five euros'].join('\n'));
    expect(ok.decision).toBe('PASS');
    expect(ok.fields.total).toBe(475);
    const off = decideInvoice([...BASE, 'Setup      €310.00', 'Total due: four hundred euros'].join('\n'));
    expect(off.decision).toBe('FAIL');
  });

  it('ignores amounts in words elsewhere in the text', () => {
    const text = [...BASE, 'Deposit of fifty dollars received with thanks.', 'Survey      $120.00', 'Total: $120.00'].join('\n');
    expect(decideInvoice(text).decision).toBe('PASS');
  });
});
