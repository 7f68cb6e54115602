/**
 * Round 29 (hold-out dev36): the Costa Rican colón and the Malaysian ringgit, by symbol, code and word. "₡" is
 * the colón's alone; its code "CRC" (also a checksum) is read beside a figure only on a document naming Costa
 * Rica or the colones, or after a currency label ("Moneda: CRC"). "RM" is read only beside a figure with cents,
 * on a document naming Malaysia, the ringgit or a Malaysian company ("Sdn. Bhd."): elsewhere it is a room, a
 * raw material or part of a code. The texts are invented; each rule has a near miss that must stay unread.
 */
import { decideLines, fieldsOf } from '../helpers/decision-lines';

describe('the Costa Rican colón', () => {
  const factura = (money: string[], extra: string[] = []) => [
    'Maderas del Sur S.A.',
    'Pérez Zeledón · Cédula jurídica 3-101-998877',
    '',
    'FACTURA ELECTRÓNICA N° 00100001010000004410',
    'Fecha de emisión: 02/03/2026',
    'Fecha de vencimiento: 01/04/2026',
    'Receptor: Finca El Roble S.A.',
    ...extra,
    '',
    ...money,
  ];

  it('"₡" before a figure is CRC', () => {
    const fields = fieldsOf(factura(['Tablas de cedro | 40 | ₡25.000,00 | ₡1.000.000,00', 'Subtotal ₡1.000.000,00', 'IVA 13 % ₡130.000,00', 'Total ₡1.130.000,00']));
    expect(fields.currency).toBe('CRC');
    expect(fields.total).toBe(1130000);
  });

  it('"CRC" beside figures on a document naming Costa Rica is CRC', () => {
    const lines = factura(['Subtotal CRC 1.000.000,00', 'IVA 13 % CRC 130.000,00', 'Total CRC 1.130.000,00'], ['San Isidro de El General, Costa Rica']);
    expect(fieldsOf(lines)).toMatchObject({ currency: 'CRC', total: 1130000 });
  });

  it('"Moneda: CRC" and "Moneda: colones costarricenses" declare it over bare figures', () => {
    for (const declared of ['Moneda: CRC', 'Moneda: colones costarricenses', 'Moneda: colones costarricenses (CRC)']) {
      expect(fieldsOf(factura(['Subtotal 1.000.000,00', 'IVA 13 % 130.000,00', 'Total 1.130.000,00'], [declared])).currency).toBe('CRC');
    }
  });

  it('the total in Spanish words, "... colones", is checked against the figure', () => {
    const money = ['Total ₡1.130.000,00'];
    expect(decideLines(factura([...money, 'Son: un millón ciento treinta mil colones'])).decision).toBe('PASS');
    expect(decideLines(factura([...money, 'Son: un millón ciento veinte mil colones'])).decision).toBe('FAIL');
  });

  it('near miss: "CRC" beside a figure on an invoice naming neither Costa Rica nor the colón is a checksum, no currency', () => {
    const lines = [
      'Firmware Works Ltd',
      'INVOICE',
      'Invoice No: FW-2026-12',
      'Invoice date: 01/03/2026',
      'Due date: 31/03/2026',
      'Bill to: Packet Labs Ltd',
      'CRC 32.00 checks added to the bootloader',
      'Total: $1,130.00',
    ];
    expect(fieldsOf(lines)).toMatchObject({ currency: 'USD', total: 1130 });
    expect(decideLines(lines).decision).toBe('PASS');
  });

  it('near miss: "Currency: all ..." in lower case declares nothing', () => {
    expect(fieldsOf(['Tech Ltd', 'INVOICE', 'Invoice No: T-1', 'Currency: all amounts below', 'Total: 100.00']).currency).toBeNull();
  });
});

describe('the Malaysian ringgit', () => {
  const invoice = (rows: string[], extra: string[] = []) => [
    'Kinabalu Marine Supplies Sdn. Bhd.',
    'Lot 4, Jalan Pelabuhan, 88000 Kota Kinabalu',
    'INVOICE',
    'Invoice No: KMS-2026-044',
    'Invoice date: 02/03/2026',
    'Due date: 01/04/2026',
    'Bill to: Sandakan Boatworks Sdn Bhd',
    ...extra,
    '',
    ...rows,
  ];

  it.each([
    [['Deck paint 20 L | 4 | RM 250.00 | RM 1,000.00', 'Total payable: RM 1,000.00']],
    [['Deck paint 20 L | 4 | RM250.00 | RM1,000.00', 'Total payable: RM1,000.00']],
    [['Deck paint 20 L | 4 | 250.00 | 1,000.00', 'Total payable: 1,000.00 RM']],
  ])('%j is MYR', (rows) => {
    expect(fieldsOf(invoice(rows))).toMatchObject({ currency: 'MYR', total: 1000 });
  });

  it('"Mata wang: Ringgit Malaysia" (currency) declares it over bare figures', () => {
    expect(fieldsOf(invoice(['Deck paint 20 L | 4 | 250.00 | 1,000.00', 'Total payable: 1,000.00'], ['Mata wang: Ringgit Malaysia'])).currency).toBe('MYR');
  });

  it('the total in words, "Ringgit Malaysia ... Only", is checked against the figure', () => {
    const rows = ['Deck paint 20 L | 4 | RM 250.00 | RM 1,000.00', 'Total payable: RM 1,000.00'];
    expect(decideLines(invoice([...rows, 'Ringgit Malaysia One Thousand Only'])).decision).toBe('PASS');
    expect(decideLines(invoice([...rows, 'Ringgit Malaysia Nine Hundred Only'])).decision).toBe('FAIL');
  });

  it('near miss: the letters RM in codes and a room number beside a figure without cents are no money', () => {
    const lines = invoice(['Deck paint 20 L | 4 | RM 250.00 | RM 1,000.00', 'Total payable: RM 1,000.00'], ['Material code RM12 and RM-400 supplied to store RM 3']);
    expect(fieldsOf(lines)).toMatchObject({ currency: 'MYR', total: 1000 });
    expect(decideLines(lines).decision).toBe('PASS');
  });

  it('near miss: "RM" on an invoice naming no Malaysian thing is not the ringgit', () => {
    const lines = [
      'Harbour View Hotel Ltd',
      'INVOICE',
      'Invoice No: HV-2026-044',
      'Invoice date: 02/03/2026',
      'Due date: 01/04/2026',
      'Bill to: Dunmore Events Ltd',
      'Function room RM 2.50 per head surcharge waived',
      '',
      'Conference room hire | 3 | £250.00 | £750.00',
      'Total: £750.00',
    ];
    expect(fieldsOf(lines)).toMatchObject({ currency: 'GBP', total: 750 });
    expect(decideLines(lines).decision).toBe('PASS');
  });
});
