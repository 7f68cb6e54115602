/**
 * Issue 19, round 19 part F: a tradesperson's letter to a household names the people it greets as the
 * customer (entity-party-addressee), and "Enviar a / Ship to" is a delivery heading, not a customer.
 * Invented text, with near misses that must not change.
 */
import { findParties } from '../../worker/providers/local/entity-parties';
import { privateAddresseeCustomer } from '../../worker/providers/local/entity-party-addressee';

const customerOf = (lines: string[]) => findParties(lines.join('\n')).find((party) => party.role === 'customer')?.name ?? null;
const head = ['Ashgrove Joinery', 'Bespoke shelving · 4 Mill Lane, Ludlow SY8 1AB · 07700 900 412', '', '3 March 2026', ''];
const body = ['Invoice AJ-88 — shelving', '', 'Eight hours at £40.00 an hour, £320.00. Payment by 17 March 2026 please.', '', 'Kind regards,', 'Owen Pritchard', 'Ashgrove Joinery'];

describe('the household a letter greets', () => {
  it('"Dear Mr & Mrs X," is the couple, as written', () => {
    expect(customerOf([...head, 'Dear Mr & Mrs Callow-Brook,', '', ...body])).toBe('Mr & Mrs Callow-Brook');
    expect(customerOf([...head, 'Dear Mr and Mrs Tate,', '', ...body])).toBe('Mr and Mrs Tate');
  });

  it('"Dear Ffion Ellery," is a full private name', () => {
    expect(customerOf([...head, 'Dear Ffion Ellery,', '', ...body])).toBe('Ffion Ellery');
  });

  it('"Dear Isadora," takes the full name from the address line above', () => {
    expect(customerOf([...head, 'Isadora Venn', '12 Park Row, Ludlow SY8 2CD', '', 'Dear Isadora,', '', ...body])).toBe('Isadora Venn');
  });

  it('"Hi Isadora," takes the full name from "for Isadora Venn" in the text', () => {
    expect(customerOf([...head, 'Hi Isadora,', '', 'The total for Isadora Venn is £320.00.', ...body])).toBe('Isadora Venn');
  });

  it('"To Rafe and Lena Ostrowski (for Tomas, year 9)" is the parents', () => {
    expect(customerOf([...head, 'To Rafe and Lena Ostrowski (for Tomas, year 9)', '', ...body])).toBe('Rafe and Lena Ostrowski');
  });

  it('near miss: a lone first name with no full name anywhere names no customer', () => {
    expect(customerOf([...head, 'Dear Isadora,', '', ...body])).toBeNull();
  });

  it('near miss: a greeting to a firm contact under a Bill to label keeps the firm', () => {
    expect(customerOf([...head, 'Bill to:', 'Harrow Vale Foods Ltd', '', 'Dear Ffion Ellery,', '', ...body])).toBe('Harrow Vale Foods Ltd');
  });

  it('near miss: a firm with a legal form greeting a full name writes to a contact, not a household', () => {
    expect(customerOf(['Ashgrove Joinery Ltd', ...head.slice(1), 'Dear Ffion Ellery,', '', ...body])).toBeNull();
  });

  it('near miss: greetings that are no name stay unread', () => {
    expect(privateAddresseeCustomer(['Dear Sir or Madam,', '', ...body].join('\n'))).toEqual([]);
    expect(privateAddresseeCustomer(['Dear Valued Customer,', '', ...body].join('\n'))).toEqual([]);
    expect(privateAddresseeCustomer(['Dear Accounts Team,', '', ...body].join('\n'))).toEqual([]);
    expect(privateAddresseeCustomer(['Dear Mr Tate,', '', ...body].join('\n'))).toEqual([]);
  });

  it('near miss: a "To" line with one name or a firm is not read as a household', () => {
    expect(privateAddresseeCustomer(['To Harrow Vale Foods Ltd', '', ...body].join('\n'))).toEqual([]);
    expect(privateAddresseeCustomer(['To Rafe Ostrowski', '', ...body].join('\n'))).toEqual([]);
  });
});

describe('"Enviar a / Ship to" is where goods go', () => {
  const spanish = ['EMBUTIDOS SIERRA ALTA S.L.', 'Calle Mayor 3 · 37700 Béjar', '', 'FACTURA / INVOICE', 'Número / Number: B-12', ''];

  it('the delivery block glossed "Ship to" is the only party block: no customer', () => {
    expect(customerOf([...spanish, 'Enviar a / Ship to:', 'The Pantry on Quay Lane', '4 Quay Lane, Cork T12 X2Y4'])).toBeNull();
  });

  it('near miss: "Facturar a / Bill to" over a company still names it', () => {
    expect(customerOf([...spanish, 'Facturar a / Bill to:', 'Quay Lane Foods Ltd', '4 Quay Lane, Cork T12 X2Y4'])).toBe('Quay Lane Foods Ltd');
  });
});
