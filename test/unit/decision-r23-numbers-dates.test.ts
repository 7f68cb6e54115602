/**
 * Round 23 part M3: invoice numbers, dates and currency. Invented texts, each repair with near misses.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { foldText } from '../../worker/providers/local/entity-ocr';
import { headingCurrency } from '../../worker/decisions/invoice-currency-heading';
import { fieldsOf } from '../helpers/decision-lines';

describe("a scan's bar for an I", () => {
  const doc = (label: string) => ['Fernleigh Joinery Ltd', '12 Mill Lane, Perth PH1 5AB', '', label, 'Date: 02/03/2026', 'Due: 02/04/2026', '', 'Bill to: Kinross Hall Ltd', '', 'Oak doors   1,200.00', 'Total (GBP): 1,200.00'];

  it('reads "|nvoice No:" as the invoice number label', () => {
    expect(fieldsOf(doc('|nvoice No:   FJ-26-044')).invoice_number).toBe('FJ-26-044');
  });

  it('folds only the bar that opens a lower-case word on a line without other bars', () => {
    expect(foldText('|nvoice No: 4')).toBe('lnvolce no: 4');
    expect(foldText('| nvoice | 4 |')).toBe('| nvolce | 4 |');
    expect(foldText('|Payment by BACS')).toBe('|payment by bacs');
    expect(foldText('|qty|item|')).toBe('|qty|ltem|');
  });
});

describe('a reference with a date as its tail', () => {
  const doc = (number: string) => ['Vistula Code Sp. z o.o.', '', `Invoice No.: ${number}`, 'Issue date: 2026-05-04', 'Payment due: 2026-06-03', '', 'Buyer: Odra Pharma S.A.', '', 'Development   1 000,00', 'Total (PLN): 1 000,00'];

  it('keeps "VCS/2026/04/07" whole as the number, and its date is no date of the document', () => {
    const read = fieldsOf(doc('VCS/2026/04/07'));
    expect(read.invoice_number).toBe('VCS/2026/04/07');
    expect(read.issue_date).toBe('2026-05-04');
  });

  it('near miss: a date alone after the label is still no number', () => {
    expect(fieldsOf(doc('2026/04/07')).invoice_number).toBeNull();
  });
});

describe('a number closing the line under a flattened title box', () => {
  const doc = (second: string) => ['AVITAILLEMENT DU VIEUX PORT SARL FACTURE', second, '13002 Marseille Date : 23/05/2026', 'Échéance : 22/06/2026', 'Facturé à : Azur Yachting SAS', '', 'Eau minérale 40 4,20 168,00', 'Total TTC 168,00 €'];

  it('reads "N° F2026-0077" closing the line under "FACTURE"', () => {
    expect(fieldsOf(doc('Quai des Docks, Hangar 3 N° F2026-0077')).invoice_number).toBe('F2026-0077');
  });

  it('near miss: "N° 14" (a house number) is no invoice number', () => {
    expect(fieldsOf(doc('Quai des Docks N° 14')).invoice_number).toBeNull();
  });
});

describe('a flat header row whose order heading names no date', () => {
  const doc = (header: string) => [
    'Valley Pump Supply Inc.', '120 Main St, Fresno, CA 93725', 'INVOICE', 'SOLD TO', 'Almond Ridge Farms LLC', 'PO Box 3, Lemoore, CA 93245',
    header, '0188001 04/16/2026 7719 SO-55102 04/14/2026 05/16/2026', 'QTY ITEM DESCRIPTION UNIT PRICE EXTENSION', '2 Filter valve 100.00 200.00', 'TOTAL (USD) $200.00',
  ];

  it('pairs the dates with the date headings once "SALES ORDER" is left out', () => {
    const read = fieldsOf(doc('INVOICE NO. INVOICE DATE CUSTOMER PO SALES ORDER SHIP DATE DUE DATE'));
    expect(read.issue_date).toBe('2026-04-16');
    expect(read.due_date).toBe('2026-05-16');
  });

  it('near miss: an "ORDER DATE" heading heads a date, and the counts no longer pair off', () => {
    expect(fieldsOf(doc('INVOICE NO. INVOICE DATE CUSTOMER PO ORDER DATE SHIP DATE DUE DATE')).due_date).toBeNull();
  });
});

describe('work dates are no issue date', () => {
  const doc = (line: string) => ['Hollow Pine Grooming', 'Asheville, NC 28806', '', 'INVOICE #HP-204', '', 'Bill to: Ridge Kennels', '', line, '- 4 x full groom @ $90.00 = $360.00', '', 'Total: $360.00 USD', 'Please pay by 10/28/2026.'];

  it('a date after "Groomed on", and the next of its list, are no issue date', () => {
    expect(fieldsOf(doc('Groomed on 10/05/2026 and 10/12/2026:')).issue_date).toBeNull();
  });

  it('near miss: "Invoiced on" is the issue date', () => {
    expect(fieldsOf(doc('Invoiced on 10/14/2026:')).issue_date).toBe('2026-10-14');
  });

  it('near miss: an unlabelled date standing alone still stands for the issue date', () => {
    expect(fieldsOf(doc('10/14/2026')).issue_date).toBe('2026-10-14');
  });
});

describe('a number after "per" before the price is its unit', () => {
  const doc = (line: string) => ['Hollow Pine Grooming', 'INVOICE #HP-205', 'Date: 10/14/2026', 'Due: 10/28/2026', 'Bill to: Ridge Kennels', '', line, '', 'Total: $75.00 USD'];

  it('"5 x de-matting, per 15 min @ $15.00 = $75.00" multiplies 5, not 15', () => {
    expect(decideInvoice(doc('- 5 x de-matting, per 15 min @ $15.00 = $75.00').join('\n')).decision).toBe('PASS');
  });

  it('near miss: a wrong product with the count first is still caught', () => {
    expect(decideInvoice(doc('- 6 x de-matting, per 15 min @ $15.00 = $75.00').join('\n')).decision).toBe('FAIL');
  });
});

describe('day-first dates under a day-first language in US dollars', () => {
  const doc = (label: string) => [
    'Platería Sol de Taxco S.A. de C.V.', 'Taxco, México', 'FACTURA / INVOICE', 'Folio / Invoice No.: A-1001', `${label}: 11/03/2026`, 'Due date: 10/04/2026',
    'Receptor / Buyer: Mesa Gallery LLC', '', 'Aretes / Earrings   100.00', 'Total: 100.00', 'Moneda / Currency: USD',
  ];

  it('"Fecha de emisión: 11/03/2026" is 11 March', () => {
    expect(fieldsOf(doc('Fecha de emisión / Issue date')).issue_date).toBe('2026-03-11');
  });

  it('near miss: an English label in US dollars reads month first', () => {
    expect(fieldsOf(doc('Issue date')).issue_date).toBe('2026-11-03');
  });

  it('near miss: a Spanish gloss on an invoice of no day-first country reads month first', () => {
    const american = doc('Fecha de emisión / Issue date').map((line) => line.replace('Platería Sol de Taxco S.A. de C.V.', 'Sol Silver Inc.').replace('Taxco, México', 'Santa Fe, NM'));
    expect(fieldsOf(american).issue_date).toBe('2026-11-03');
  });
});

describe('a leading quantity column', () => {
  const doc = (row: string) => [
    'Silver Arcs S.A. de C.V.', 'INVOICE', 'Invoice No.: A-7', 'Issue date: 2026-03-11', 'Due date: 2026-04-10', 'Buyer: Mesa Gallery LLC', '',
    'Qty     Description                      Unit price     Amount', row, '', 'Total: USD 1,737.00',
  ];

  it('its quantity times the price must give the amount', () => {
    expect(decideInvoice(doc('18      Silver necklaces .925            96.50          1,837.00').join('\n')).decision).toBe('FAIL');
  });

  it('near miss: a right product passes', () => {
    expect(decideInvoice(doc('18      Silver necklaces .925            96.50          1,737.00').join('\n')).decision).toBe('PASS');
  });
});

describe("a scan's money word before the currency code", () => {
  const doc = (total: string) => ['Atelier Nord Inc.', 'Montréal (QC)', 'INVOICE AN-41', 'Date: 2026-05-01', 'Due: 2026-06-01', 'Client: Les Lofts Inc.', '', 'Design   1 000,00', `${total}   1 000,00 $`];

  it('"T0TAL CAD" names the dollars of a bare "$"', () => {
    expect(fieldsOf(doc('T0TAL CAD')).currency).toBe('CAD');
  });

  it('near miss: a figure before the code is no damaged money word', () => {
    expect(headingCurrency('Design   1 000,00 $\nBox 5007 CAD   1 000,00 $')).toBeNull();
    expect(headingCurrency('Design   1 000,00 $\nT0TAL CAD   1 000,00 $')).toBe('CAD');
  });
});
