/**
 * Issue 19, round 18 part C: a community of owners named by its building's address ("WEG Lindenhof 2-6",
 * in care of its managing agent), and a signature "for and on behalf of" a firm. Invented text, with near misses.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { isOwnersAssociation } from '../../worker/providers/local/entity-party-owners';
import { behalfVendor } from '../../worker/providers/local/entity-signature-behalf';
import { splitLines } from '../../worker/providers/local/entity-text';

const fieldsOf = (text: string) => {
  const fields = decideInvoice(text).fields as Record<string, unknown>;
  return { vendor: fields.vendor, customer: fields.customer };
};

describe('a community of owners under a sender line', () => {
  const letter = (name: string) =>
    [
      'Gebäudereinigung Sperling · Inh. Uwe Sperling · Bahnhofstraße 7 · 01067 Dresden',
      '',
      name,
      'c/o Immobilienverwaltung Kessler',
      'Lindenallee 20',
      '01069 Dresden',
      '',
      'Rechnung Nr. GS-2026-044',
      'Rechnungsdatum: 4. März 2026',
      'Gesamtbetrag: 595,00 €',
    ].join('\n');

  it('its house numbers are part of its name', () => {
    expect(fieldsOf(letter('WEG Lindenhof 2-6')).customer).toBe('WEG Lindenhof 2-6');
    expect(isOwnersAssociation('Comunidad de Propietarios Calle Pino 3')).toBe(true);
  });

  it('near miss: a street with its number is no name', () => {
    expect(fieldsOf(letter('Lindenhof 2-6')).customer).not.toBe('Lindenhof 2-6');
    expect(isOwnersAssociation('Wegener Bau GmbH')).toBe(false);
  });
});

describe('a signature for and on behalf of a firm', () => {
  it('names the firm, not the writer', () => {
    const lines = splitLines(['Ewan Talbot MRICS', 'for and on behalf of Talbot Land Surveys', 'Sort code 09-01-28'].join('\n'));
    expect(behalfVendor(lines)[0]?.name).toBe('Talbot Land Surveys');
  });

  it('near miss: "on behalf of" with no name after it', () => {
    expect(behalfVendor(splitLines('acting on behalf of our client\nEwan Talbot'))).toEqual([]);
  });

  it('in a letter', () => {
    const text = [
      'Invoice number: 2026/017',
      'Date: 4th March 2026',
      '',
      'This is our invoice to Ashby Parish Council for the boundary survey.',
      'Total payable    900.00',
      '',
      'Yours faithfully,',
      '',
      'Ewan Talbot MRICS',
      'for and on behalf of Talbot Land Surveys',
    ].join('\n');
    expect(fieldsOf(text)).toEqual({ vendor: 'Talbot Land Surveys', customer: 'Ashby Parish Council' });
  });
});
