/**
 * Issue 19, round 18 part A: a country's short tag in brackets inside a company's name, and an
 * abbreviated word glossing a party label ("Spett.le / To:"). Invented text, with near misses.
 */
import { findParties } from '../../worker/providers/local/entity-parties';
import { leadingName } from '../../worker/providers/local/entity-party-names';

const customerOf = (lines: string[]) => findParties(lines.join('\n')).find((party) => party.role === 'customer')?.name ?? null;

describe('a short tag in brackets before a legal form is part of the name', () => {
  it('"(S) Pte Ltd", "(UK) Ltd"', () => {
    expect(leadingName('Heronsgate Logistics (S) Pte Ltd  Tamar Agencies')).toBe('Heronsgate Logistics (S) Pte Ltd');
    expect(leadingName('Marlow Tiles (UK) Ltd')).toBe('Marlow Tiles (UK) Ltd');
  });

  it('near miss: a note in brackets, or a tag with no legal form after it, ends the name', () => {
    expect(leadingName('Marlow Tiles Ltd (see note 2)')).toBe('Marlow Tiles Ltd');
    expect(leadingName('Marlow Tiles (GB) branch office')).toBe('Marlow Tiles');
    expect(leadingName('Marlow Tiles (wholesale) Ltd')).toBe('Marlow Tiles');
  });
});

describe('an abbreviated word glossing a party label', () => {
  it('"Spett.le / To: Name, street, town" names the customer', () => {
    expect(customerOf(['Oleificio Casalbruno S.r.l.', 'Via Roma 2 – 70100 Bari', '', 'Spett.le / To: Hallgarten Delikatessen GmbH, Marktplatz 3, 60311 Frankfurt'])).toBe('Hallgarten Delikatessen GmbH');
  });

  it('near miss: a label with no known party word after the slash names nobody', () => {
    expect(customerOf(['Oleificio Casalbruno S.r.l.', 'Via Roma 2 – 70100 Bari', '', 'Rif.to / Ref: Hallgarten order 33'])).toBeNull();
  });
});
