/**
 * A bilingual header flattened into two columns: "Kunde / Customer:   Fakturanr. / Invoice no.: 26-0772"
 * over the customer's name. What follows the customer's label is the next column's glossed field
 * heading, cut at its slash ("Fakturanr. /"), not a name: the name is the cell under the label. Found on
 * hold-out dev26 (a Danish maker invoicing a German shop); the texts here are invented. Near misses:
 * a name after the label is kept, and a slash after a word that is no field heading changes nothing.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { isShipmentHeading } from '../../worker/providers/local/entity-party-not-names';

const invoice = (firstRow: string) =>
  [
    'Glasværket Fjordlys ApS',
    'Havnegade 9 · 5700 Svendborg · CVR 41 22 90 17',
    '',
    'FAKTURA / INVOICE',
    '',
    firstRow,
    'Bergblick Gastro GmbH                  Fakturadato / Invoice date: 05.03.2026',
    'Leopoldstraße 14                       Forfaldsdato / Due date: 04.04.2026',
    '80802 München, Tyskland / Germany',
    '',
    'Vinglas / Wine glass       120    95,00    11.400,00',
    'I alt DKK / Total DKK                      11.400,00',
  ].join('\n');

describe('a glossed field heading after a party label is no name', () => {
  it.each([
    'Kunde / Customer:                      Fakturanr. / Invoice no.: 26-0311',
    'Kunde / Customer:                      Ordrenr. / Order no.: 7781',
  ])('"%s"', (row) => {
    expect(decideInvoice(invoice(row)).fields.customer).toBe('Bergblick Gastro GmbH');
  });

  it.each(['Fakturanr. /', 'Rechnungsnr /', 'Invoice no. /', 'Fakturanr.', 'Ordrenr. / Order'])('"%s" is a heading', (cell) => {
    expect(isShipmentHeading(cell)).toBe(true);
  });

  it.each(['Bergblick /', 'Nordwind Handel / North Wind', 'Partner /', 'Kontor / Office'])('near miss: "%s" is no field heading', (cell) => {
    expect(isShipmentHeading(cell)).toBe(false);
  });
});
