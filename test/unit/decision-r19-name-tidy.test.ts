/**
 * Issue 19, round 19 part F: a firm's name read with its bank account's kind or with its name in a
 * second language (entity-party-name-tidy), and a document field's column heading read as a customer
 * (entity-party-not-names). Invented text, with near misses that must not change.
 */
import { findParties } from '../../worker/providers/local/entity-parties';
import { tidiedName } from '../../worker/providers/local/entity-party-name-tidy';
import { isShipmentHeading } from '../../worker/providers/local/entity-party-not-names';

const partyOf = (role: string, lines: string[]) => findParties(lines.join('\n')).find((party) => party.role === role)?.name ?? null;

describe('the account kind after a firm name', () => {
  it('"Hollis Brandt LLP Client Account" is the firm', () => {
    expect(tidiedName('Hollis Brandt LLP Client Account')).toBe('Hollis Brandt LLP');
    expect(tidiedName('Marrow & Finch Ltd Operating Account')).toBe('Marrow & Finch Ltd');
    expect(tidiedName('Marrow & Finch Ltd Current A/C')).toBe('Marrow & Finch Ltd');
  });

  it('near miss: a name with no legal form before "Account" is left alone', () => {
    expect(tidiedName('Northgate Key Account Services')).toBe('Northgate Key Account Services');
    expect(tidiedName('Port Services Account')).toBe('Port Services Account');
  });
});

describe('a bilingual firm name after a dash', () => {
  it('"Brouwerij Zandhoek BV – Brasserie Zandhoek SRL" is its first name', () => {
    expect(tidiedName('Brouwerij Zandhoek BV – Brasserie Zandhoek SRL')).toBe('Brouwerij Zandhoek BV');
  });

  it('near miss: one legal form only, or none, keeps the whole name', () => {
    expect(tidiedName('Harbour Foods – Wholesale Division Ltd')).toBe('Harbour Foods – Wholesale Division Ltd');
    expect(tidiedName('Ellery & Dash – Joinery')).toBe('Ellery & Dash – Joinery');
    expect(tidiedName('Zandhoek BV – Antwerpen')).toBe('Zandhoek BV – Antwerpen');
  });

  it('in a letterhead, the vendor is the first name', () => {
    expect(partyOf('vendor', ['Brouwerij Zandhoek BV – Brasserie Zandhoek SRL', 'Kaai 4, 2000 Antwerpen', '', 'FACTUUR / FACTURE 26-12', '', 'Klant / Client :', 'Weinhaus Lorch GmbH', 'Hauptstr. 1, 65391 Lorch'])).toBe('Brouwerij Zandhoek BV');
  });
});

describe('a document field heading beside the customer label', () => {
  it('"Fakturanr.", "Rechnungsnr.", "Invoice no." are headings', () => {
    expect(isShipmentHeading('Fakturanr.')).toBe(true);
    expect(isShipmentHeading('Rechnungsnr')).toBe(true);
    expect(isShipmentHeading('Invoice no.')).toBe(true);
  });

  it('near miss: names stay names', () => {
    expect(isShipmentHeading('Lindqvist Invoice Services AB')).toBe(false);
    expect(isShipmentHeading('Brønnum Outdoor A/S')).toBe(false);
    expect(isShipmentHeading('Invoicenr Holding')).toBe(false);
  });

  it('the customer is read under the label, not from the next heading', () => {
    expect(partyOf('customer', ['Skagen Lager ApS', 'Havnen 2, 9990 Skagen', '', 'Kunde              Ordrenr.   Fakturadato', 'Vesterhav Fisk A/S    441    06.11.2026', 'Kajen 3, 6700 Esbjerg'])).toBe('Vesterhav Fisk A/S');
  });
});

describe('a letterhead in capitals with a legal form in its own case', () => {
  const lines = (head: string) => [head, 'Via Roma 4 – 20100 Milano', '', 'FATTURA / INVOICE 2026/44', '', 'Cliente / Customer:', 'Harwick Tiles Ltd', '12 Mill Road, Leeds LS1 4AB', '', 'Ceramiche Alvarone S.r.l. – IBAN IT60 X054 2811 1010 0000 0123 456'];

  it('"CERAMICHE ALVARONE S.r.l." is cited as the footer writes it plainly', () => {
    expect(partyOf('vendor', lines('CERAMICHE ALVARONE S.r.l.'))).toBe('Ceramiche Alvarone S.r.l.');
  });

  it('near miss: a mixed-case letterhead is left as written', () => {
    expect(partyOf('vendor', lines('Ceramiche ALVARONE S.r.l.'))).toBe('Ceramiche ALVARONE S.r.l.');
  });

  it('near miss: capitals with no plain copy elsewhere stay in capitals', () => {
    const alone = lines('CERAMICHE ALVARONE S.r.l.').slice(0, -1);
    expect(partyOf('vendor', alone)).toBe('CERAMICHE ALVARONE S.r.l.');
  });
});
