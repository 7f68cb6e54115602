/**
 * Party names on invoices whose columns were flattened (round 28, part "flat"): a customer's name run
 * together with the delivery column's under "Invoice To: Deliver To:" (cut at the words written alone
 * elsewhere or at a body's kind word), the same company billed and shipped to written twice in a row, a
 * gapped first line with the title's cell between the sender and the addressee (its company outranking
 * an attention line's contact), a Swiss QR-bill's payee, and the Dutch ledger's "Debiteur:". The texts
 * are invented; each rule has a near miss that must not fire.
 */
import { runTogetherNameEnd } from '../../worker/providers/local/entity-party-run-together';
import { qrBillPayeeVendor } from '../../worker/providers/local/entity-party-qr-bill';
import { titleRowParties } from '../../worker/providers/local/entity-party-title-row';
import { customerOf, decideLines, vendorOf } from '../helpers/decision-lines';

describe('a customer run together with the delivery column under a heading row', () => {
  const delivery = (heading: string, names: string, ...more: string[]) => [
    'HALLOWMERE JOINERY LTD  Mill Lane, Stroud GL5 3AA  VAT GB 218 4471 09',
    heading,
    names,
    '12 Abbey Road, Cirencester Barn 4, Upper Slad',
    'SALES INVOICE',
    'Invoice No.   Invoice Date   Due Date     Amount Due',
    'HJ-4410       02/04/2026     02/05/2026   GBP 600.00',
    'Oak door, fitted 600.00',
    'Invoice total 600.00',
    ...more,
  ];

  it.each([
    ['Invoice To: Deliver To:', 'Cotswold Riding Trust Stable Yard (site)', 'Cotswold Riding Trust'],
    ['Invoice To: Deliver To:', 'Slad Valley Co-operative Barn Store, Upper Slad', 'Slad Valley Co-operative'],
    ['BILL TO SHIP TO', 'Marlow Leisure Group The Boathouse Cafe', 'Marlow Leisure Group'],
  ])('under "%s", "%s" names %s', (heading, names, customer) => {
    expect(customerOf(delivery(heading, names))).toBe(customer);
  });

  it('the words written alone further down end the name ("Zahlbar durch" over the payer)', () => {
    expect(customerOf(delivery('Rechnungsadresse Lieferadresse', 'Evangelische Kirchgemeinde Stroud Gemeindehaus Nord', 'Zahlbar durch', 'Evangelische Kirchgemeinde Stroud'))).toBe('Evangelische Kirchgemeinde Stroud');
  });

  it('near miss: a kind word inside a name followed by a lower-case word cuts nothing', () => {
    expect(runTogetherNameEnd('Friends of the Trust Garden (site)', 'x')).toBeUndefined();
  });

  it('near miss: without a delivery heading above, the name is kept whole', () => {
    expect(customerOf(delivery('Invoice To:', 'Cotswold Riding Trust Stables'))).toBe('Cotswold Riding Trust Stables');
  });
});

describe('one company billed and shipped to, written twice in a row', () => {
  const header = (second: string) => [
    'Brackwater Valve Co. BILL TO SHIP TO INVOICE',
    `18 Mill Rd ${second} Invoice #: 5512`,
    'Duluth, MN 55802 41 Pier St 9 Harbor Ave Invoice Date: 03/16/2026',
    'Due Date: 04/15/2026',
    'QTY ITEM AMOUNT',
    '2 Gate valve 480.00',
    'TOTAL (USD) 480.00',
  ];

  it('the repeated name is the customer', () => {
    expect(customerOf(header('Lakeshore Dairy LLC Lakeshore Dairy LLC - Plant 2'))).toBe('Lakeshore Dairy LLC');
  });

  it('near miss: two different names are not read this way', () => {
    expect(customerOf(header('Lakeshore Dairy LLC Northway Foods LLC - Plant 2'))).not.toBe('Lakeshore Dairy LLC');
  });
});

describe('a gapped first line with the title between the blocks', () => {
  it('the sender before the title, the addressee after it, its address below', () => {
    const lines = [
      'Vestfjord Havneagentur AS   FAKTURA / INVOICE   Kaltmeer Reederei GmbH',
      'Kaigata 4, 8006 Bodø   Faktura nr. 26-118   Hafenstraße 12, 27568 Bremerhaven',
      'Fakturadato 02.03.2026   Forfallsdato 16.03.2026',
      'Agency fee   NOK 4.000,00',
      'Total   NOK 4.000,00',
    ];
    expect(vendorOf(lines)).toBe('Vestfjord Havneagentur AS');
    expect(customerOf(lines)).toBe('Kaltmeer Reederei GmbH');
  });

  it('the title first: the letterhead beside it is the sender, the company under the title the addressee', () => {
    const lines = [
      'TAX INVOICE                              Kowhai Ridge Orchards Limited',
      'Tasman Fresh Markets Ltd                 88 Orchard Road',
      '12 Quay Street                           Motueka 7120',
      'Nelson 7010                              NEW ZEALAND',
      '',
      'Invoice Date    Invoice Number    Due Date',
      '18/05/2026      KR-2291           20/06/2026',
      'Apples 200 kg                              900.00',
      'TOTAL NZD                                  900.00',
    ];
    expect(vendorOf(lines)).toBe('Kowhai Ridge Orchards Limited');
    expect(customerOf(lines)).toBe('Tasman Fresh Markets Ltd');
    expect(decideLines(lines).decision).toBe('PASS');
  });

  const broker = (title: string) => [
    `${title}     Wattle Creek Freight Pty Ltd  ABN 41 603 882 117`,
    'Invoice INV-7710   Date 18 Aug 2026   Ironbark Cycles Pty Ltd   Our ref SYD-7710',
    'Unit 3, 9 Botany Rd, Banksmeadow NSW 2019   Due 1 Sep 2026   14 Wetherill St, Wetherill Park NSW 2164',
    'Ph 02 9555 0170   Attn: Dana Whitfield, Accounts   Your ref PO 2291',
    '',
    'Cartage                                       AUD   420.00',
    'Total incl. GST AUD 420.00',
  ];

  it("the addressee's company outranks an attention line's contact", () => {
    expect(vendorOf(broker('TAX INVOICE'))).toBe('Wattle Creek Freight Pty Ltd');
    expect(customerOf(broker('TAX INVOICE'))).toBe('Ironbark Cycles Pty Ltd');
  });

  it('near miss: with no title opening the line, the contact is not replaced this way', () => {
    expect(customerOf(broker('Quarterly'))).not.toBe('Ironbark Cycles Pty Ltd');
  });

  it('near miss: a title line with no company before or beside the title names no one this way', () => {
    // No legal form before the title: no sender, so no addressee either.
    expect(titleRowParties(['Harbour Studio   INVOICE   Kaltmeer Reederei GmbH', 'Quay 4   No. 118   Hafenstraße 12, 27568 Bremerhaven'].join('\n'))).toEqual([]);
  });
});

describe("a Swiss QR-bill's payee", () => {
  const bill = (heading: string, iban: string) => [
    'BERGER · Holzbau seit 1952',
    'Rechnung Nr. 2026-71',
    'Rechnungsdatum: 02.03.2026',
    'Zahlbar bis: 01.04.2026',
    'An: Gemeinde Malters',
    'Dachstuhl 4\'000.00',
    'Rechnungsbetrag CHF 4\'000.00',
    '— Empfangsschein —',
    heading,
    iban,
    'Holzbau Berger AG',
    'Sagiweg 3, 6102 Malters',
  ];

  it('"Konto / Zahlbar an" over the IBAN over the name: the vendor', () => {
    expect(vendorOf(bill('Konto / Zahlbar an', 'CH44 3199 9123 0008 8901 2'))).toBe('Holzbau Berger AG');
  });

  it('near miss: no IBAN under the heading, no payee read there', () => {
    expect(qrBillPayeeVendor(bill('Konto / Zahlbar an', 'siehe Rückseite').join('\n'))).toEqual([]);
  });
});

describe('the Dutch ledger\'s "Debiteur:"', () => {
  it('labels the customer', () => {
    expect(customerOf(['KOELVEEM LOGISTIEK B.V.   FACTUUR', 'Debiteur: Zeeuwse Vis B.V.   Debiteurnr. 40211', 'Totaal € 100,00'])).toBe('Zeeuwse Vis B.V.');
  });

  it('near miss: "Debiteurnr." is a number\'s label, no name', () => {
    expect(customerOf(['KOELVEEM LOGISTIEK B.V.   FACTUUR', 'Debiteurnr. 40211', 'Totaal € 100,00'])).not.toBe('40211');
  });
});
