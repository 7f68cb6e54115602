/**
 * Round 24 part Q4: invoice numbers and dates. Invented texts, each repair with near misses that must stay as they were.
 */
import { fieldsOf } from '../helpers/decision-lines';

describe('an abbreviated invoice label over its value', () => {
  const doc = (label: string, value: string) => ['HARBOUR TUG SERVICES LLC', '14 Quay Rd, Norfolk VA 23510', '', 'TOWAGE INV0ICE', label, value, 'InvoiceDate', '03/02/2026', '', 'Bil1 to: Tidewater Barge Co.', 'Towage 1 2,400.00 2,400.00', 'TOTAL (USD) $2,400.00'];

  it('reads "lnv. N0." with its number on the next line', () => {
    expect(fieldsOf(doc('lnv. N0.', 'HTS-26-0412')).invoice_number).toBe('HTS-26-0412');
    expect(fieldsOf(doc('Inv. No.', 'HTS-26-0412')).invoice_number).toBe('HTS-26-0412');
  });

  it('still reads no number from a line that names none', () => {
    expect(fieldsOf(doc('Inv.', 'Harbour Office')).invoice_number).toBeNull();
  });
});

describe('number words of other languages', () => {
  const doc = (title: string) => [title, 'Date of issue: 02.03.2026', 'Due date: 02.04.2026', '', 'Supplier: Lipa Tools d.o.o.', 'Buyer: Sava Metal d.o.o.', '', 'Drills   1.200,00', 'Total (EUR): 1.200,00'];

  it('reads the number sign "№"', () => {
    expect(fieldsOf(['ФАКТУРА / INVOICE', '№ / No. 0000005521', ...doc('').slice(1)]).invoice_number).toBe('0000005521');
    expect(fieldsOf(doc('Счёт / lnvoice № LT-0077 от / of 02.03.2026')).invoice_number).toBe('LT-0077');
  });

  it('reads the Slovenian "št." and the Serbian "br." glossed with "No."', () => {
    expect(fieldsOf(doc('RAČUN / INVOICE št. / no. 2026-0311')).invoice_number).toBe('2026-0311');
    expect(fieldsOf(doc('RAČUN / INVOICE br. / No. LT-2026-0019')).invoice_number).toBe('LT-2026-0019');
  });

  it('reads a number word glossed before a slash, but not a Latin word between the title and its number word', () => {
    expect(fieldsOf(['VAT INVOICE', 'Serial: 2C26AB          Số / No.: 00000388', ...doc('').slice(1)]).invoice_number).toBe('00000388');
    expect(fieldsOf(doc('INVOICE Customer No. 4471')).invoice_number).toBeNull();
  });

  it('reads a gloss in another script around the number word', () => {
    expect(fieldsOf(doc('INVOICE 請款單   No. KR-26011')).invoice_number).toBe('KR-26011');
    expect(fieldsOf(doc('Invoice No. / رقم الفاتورة: NL-2026-0042')).invoice_number).toBe('NL-2026-0042');
  });
});

describe("a Chilean electronic invoice's box", () => {
  const doc = (title: string) => [
    'MADERAS DEL SUR SpA                 | R.U.T.: 76.100.200-3    |',
    'Camino Real km 2,5 - Osorno         | ' + title + ' |',
    'Fono: +56 64 222 1100               | N° 5120                 |',
    'Fecha Emisión: 02-03-2026           Fecha Vencimiento: 01-04-2026',
    'SEÑOR(ES): Aserradero Lago Ltda.',
    'Tablas de pino    1.200.000',
    'TOTAL   $ 1.200.000',
  ];

  it('reads the number under "FACTURA ELECTRÓNICA" in its box', () => {
    expect(fieldsOf(doc('FACTURA ELECTRÓNICA    ')).invoice_number).toBe('5120');
  });

  it('reads no house number under another heading in a box', () => {
    expect(fieldsOf(doc('GUÍA DE DESPACHO       ')).invoice_number).toBeNull();
  });
});

describe('date labels a scan damaged', () => {
  const doc = (issue: string, due: string) => ['Fenwick Archive Ltd', '', 'lnvoice N0: FA/2026/31', issue, due, '', 'Bil1 to: Moor Hall Trust', 'Scanning 1 800.00 800.00', 'T0TAL £800.00'];

  it('reads "Dafe", "Dat e" and "Oue"', () => {
    expect(fieldsOf(doc('Dafe of lnvoice: 12/03/2026', 'Oue Date: 11/04/2026'))).toMatchObject({ issue_date: '2026-03-12', due_date: '2026-04-11' });
    expect(fieldsOf(doc('Dat e: 12/03/2026        Oue: 11/04/2026', ''))).toMatchObject({ issue_date: '2026-03-12', due_date: '2026-04-11' });
  });

  it('reads no due date from an ordinary word holding those letters', () => {
    expect(fieldsOf(doc('Date: 12/03/2026', 'Queue: 11/04/2026')).due_date).toBeNull();
  });
});

describe('days that are not the issue date', () => {
  it("takes the invoice's own date, not an e-invoice's acknowledgement date", () => {
    const doc = ['TAX INVOICE', 'Ack No.: 1126100   Ack Date: 16-Mar-2026', 'Kestrel Pumps Pvt. Ltd.   Invoice No.: KP/26-27/0011   Dated: 15-Mar-2026', 'Buyer: Indus Farms LLP', 'Pumps 1 10,000.00', 'Total (INR) 10,000.00'];
    expect(fieldsOf(doc).issue_date).toBe('2026-03-15');
  });

  it("takes no dispatch guide's date for the issue date", () => {
    const doc = ['Aserradero Sur SpA   FACTURA ELECTRÓNICA', 'Vencimiento: 01-04-2026', 'Guía de despacho N° 5512 del 02-03-2026', 'Tablas 1.200.000', 'Total $ 1.200.000'];
    expect(fieldsOf(doc).issue_date).toBeNull();
    expect(fieldsOf(doc.map((line) => line.replace('Guía de despacho N° 5512 del 02-03-2026', 'Fecha: 25-03-2026'))).issue_date).toBe('2026-03-25');
  });

  it('takes no listed service visit for the issue date', () => {
    const doc = (visits: string) => ['INVOICE   No. PS-2611', 'Customer: Harbour Grill Ltd', visits, 'Pool service 4 50.00 200.00', 'Total 200.00'];
    expect(fieldsOf(doc('Service visits: 2026/03/02, 2026/03/09, 2026/03/16')).issue_date).toBeNull();
    expect(fieldsOf(doc('Date: 2026/03/02, Service visits: 2026/03/09')).issue_date).toBe('2026-03-02');
  });
});
