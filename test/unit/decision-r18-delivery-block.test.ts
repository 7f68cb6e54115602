/**
 * Issue 19, round 18 part A: a delivery block is not the customer, and an address line is never a
 * name (entity-party-delivery-gloss). Invented text, with near misses that must not change.
 */
import { findParties } from '../../worker/providers/local/entity-parties';
import { isAddressLine } from '../../worker/providers/local/entity-party-delivery-gloss';

const customerOf = (lines: string[]) => findParties(lines.join('\n')).find((party) => party.role === 'customer')?.name ?? null;
const head = ['Caseificio Valmora S.r.l.', 'Via dei Mulini 3 – 42100 Reggio Emilia', '', 'FATTURA / INVOICE 77/EX', ''];

describe('a delivery heading glossed "Ship to", its block the only party block', () => {
  it('"DESTINATARIO MERCE / SHIP TO" over a c/o line and an address names no customer', () => {
    expect(customerOf([...head, 'DESTINATARIO MERCE / SHIP TO', 'c/o Dunmore Cold Store Ltd – Bay 2, Quay Road', 'Grimsby DN31 3SX, United Kingdom'])).toBeNull();
  });

  it('"Lieferadresse / Ship to" over a company names no customer', () => {
    expect(customerOf([...head, 'Lieferadresse / Ship to', 'Dunmore Cold Store Ltd', 'Grimsby DN31 3SX'])).toBeNull();
  });

  it('near miss: "Bill to / Ship to" over a company still names it', () => {
    expect(customerOf([...head, 'Bill to / Ship to', 'Dunmore Foods Ltd', 'Grimsby DN31 3SX'])).toBe('Dunmore Foods Ltd');
  });

  it('near miss: a company over a c/o line (no delivery heading) is still the customer', () => {
    expect(customerOf([...head, 'Dunmore Foods Ltd', 'c/o Priya Natarajan', 'Grimsby DN31 3SX'])).toBe('Dunmore Foods Ltd');
  });
});

describe('an address line is no name', () => {
  it('postcodes with their towns', () => {
    expect(isAddressLine('Grimsby DN31 3SX, United Kingdom')).toBe(true);
    expect(isAddressLine('80331 München')).toBe(true);
    expect(isAddressLine('3262 LE Oud-Beijerland')).toBe(true);
  });

  it('near miss: names, with or without figures, stay names', () => {
    expect(isAddressLine('Unit 4 Holdings Ltd')).toBe(false);
    expect(isAddressLine('Studio 54')).toBe(false);
    expect(isAddressLine('Dunmore Foods Ltd')).toBe(false);
    expect(isAddressLine('Route 66 Diner')).toBe(false);
  });
});
