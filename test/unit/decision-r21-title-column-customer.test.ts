/**
 * A flattened header with no heading over the customer's column: the first line holds the sender's
 * company, the title, then another company, and a line below closes in that column's address.
 * Invented texts; near misses have no legal form, the sender's own name again, no address below,
 * a title opening the line, or a label with a colon.
 */
import { titleColumnCustomer } from '../../worker/providers/local/entity-party-flat-cells';

function names(lines: string[]): string[] {
  return titleColumnCustomer(lines.join('\n')).map((party) => party.name);
}

describe('flattened header: the company after the title', () => {
  it.each([
    [['Brenner Transporte GmbH RECHNUNG Steinwald Möbelbau GmbH', 'Am Kanal 8 Rechnungsnummer Datum Einkauf', '90402 Nürnberg BT-2211 04.05.2026 Lagerstraße 2'], 'Steinwald Möbelbau GmbH'],
    [['Fjordlys Transport ApS FAKTURA Skovbo Tømrer A/S', 'Havnegade 3 Fakturanr. Dato Bogholderi', '5000 Odense C 2026-44 01.06.2026 Skovvej 12'], 'Skovbo Tømrer A/S'],
    [['Tarnwick Haulage Ltd TAX INVOICE Pellow & Dunne Ltd', 'Gorse Lane Invoice No Date Accounts', 'Truro TR1 2AB TH-4471 02/03/2026 Bodmin PL31 2AB'], 'Pellow & Dunne Ltd'],
  ])('reads %#', (lines, expected) => {
    expect(names(lines)).toEqual([expected]);
  });

  it.each([
    // No legal form after the title: a page number, a slogan.
    [['Brenner Transporte GmbH RECHNUNG Seite Eins', 'Am Kanal 8', '90402 Nürnberg']],
    // The sender's own name again after the title.
    [['Brenner Transporte GmbH RECHNUNG Brenner Logistik GmbH', 'Am Kanal 8', '90402 Nürnberg']],
    // No address closes a line below.
    [['Brenner Transporte GmbH RECHNUNG Steinwald Möbelbau GmbH', 'Rechnungsnummer Datum', 'Leistung Menge Preis']],
    // The title opens the line: no sender's column before it.
    [['RECHNUNG Steinwald Möbelbau GmbH', 'Am Kanal 8', '90402 Nürnberg']],
    // A label with a colon is the labelled reader's.
    [['Brenner Transporte GmbH RECHNUNG An: Steinwald Möbelbau GmbH', 'Am Kanal 8', '90402 Nürnberg']],
  ])('reads nothing in near miss %#', (lines) => {
    expect(names(lines)).toEqual([]);
  });
});
