/**
 * Issue 19, round 16 (`dev18`): what stands where a party's name is expected but is none: a freight
 * invoice's next column heading, a tax number alone under the customer's label. Invented text, with near misses.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { isNumberField, isShipmentHeading } from '../../worker/providers/local/entity-party-not-names';
import { scanDocument } from '../../worker/providers/local/entity-scan';

const customerOf = (text: string) => scanDocument(text).parties.find((party) => party.role === 'customer')?.name;

describe('a header row "Client   Shipment" over two columns', () => {
  const invoice = (heading: string) =>
    [
      'Tasman Forwarding Ltd                       TAX INVOICE',
      'GST 112-447-901                             Invoice      TF-30917',
      '                                            Date         2026-05-11',
      '                                            Due          2026-06-10',
      '',
      `Client                                  ${heading}`,
      'Kauri Kitchenware Ltd                   Container TGHU 4410275',
      '12 Wharf Road, Auckland 1010            ETA 2026-05-02',
      '',
      'Ocean freight   1   900.00   900.00',
      'Total NZD   900.00',
    ].join('\n');

  it('the client is the name under the label, not the next column heading', () => {
    expect(customerOf(invoice('Shipment'))).toBe('Kauri Kitchenware Ltd');
    expect(customerOf(invoice('Consignment details'))).toBe('Kauri Kitchenware Ltd');
  });

  it('near miss: a name after the label on its line is the client', () => {
    expect(customerOf(invoice('Shipwright Supplies Ltd'))).toBe('Shipwright Supplies Ltd');
  });

  it('the headings alone', () => {
    expect(isShipmentHeading('Shipment')).toBe(true);
    expect(isShipmentHeading('Cargo details')).toBe(true);
    expect(isShipmentHeading('Cargo Express Ltd')).toBe(false);
  });
});

describe('a tax number alone under the customer label', () => {
  const invoice = (block: string[]) =>
    [
      'Ceramiche Valdarno Biagi S.r.l.',
      'P.IVA IT05512280481',
      '',
      'FATTURA n. 77 / INVOICE no. 77',
      'Data / Date: 14/05/2026          Scadenza / Due date: 13/06/2026',
      '',
      'Cliente / Customer',
      ...block,
      '',
      'Piatti dipinti / Painted plates   40   12,50   500,00',
      'Totale da pagare / Total due: € 500,00',
    ].join('\n');

  it('leaves the customer missing: NEEDS_INFO', () => {
    const text = invoice(['USt-IdNr. / VAT no.: DE318822045', 'Kunden-Nr. / Customer no.: 4471']);
    expect(customerOf(text)).toBeUndefined();
    expect(decideInvoice(text).decision).toBe('NEEDS_INFO');
  });

  it('near miss: a name, then its tax number, is the customer', () => {
    expect(customerOf(invoice(['Keramikhaus Lindqvist GmbH', 'USt-IdNr. / VAT no.: DE318822045']))).toBe('Keramikhaus Lindqvist GmbH');
  });

  it('the fields alone: a label and a value with digits, not a name that starts like one', () => {
    expect(isNumberField('VAT no. GB 123 4567 89')).toBe(true);
    expect(isNumberField('KvK 28093317')).toBe(true);
    expect(isNumberField('Einhorn Möbel GmbH')).toBe(false);
    expect(isNumberField('ABN Logistics Pty Ltd')).toBe(false);
  });
});
