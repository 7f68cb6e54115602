/**
 * Issue 19, round 18 part A: parties in headers flattened into columns. Each case is invented text;
 * each fix has inputs it changes and near misses it must leave alone.
 */
import { findParties } from '../../worker/providers/local/entity-parties';
import { nameBelowColumnHeading } from '../../worker/providers/local/entity-party-column-below';
import { isCodeOnly } from '../../worker/providers/local/entity-party-not-names';

const customerOf = (lines: string[]) => findParties(lines.join('\n')).find((party) => party.role === 'customer')?.name ?? null;

describe('a party heading whose line goes on with another column (entity-party-column-below)', () => {
  it('"INVOICE TO   Account  KLM-04" reads the name under the heading', () => {
    expect(customerOf([
      'Fenbrook Storage Ltd                Invoice number        FS-88120',
      'Mill Lane, Ely CB7 4QX              Invoice date          2 May 2026',
      'INVOICE TO                          Account               KLM-04',
      'Kelmscott Soap Works Ltd            Period                Apr 2026',
      '4 Tanner Street',
      'Leek ST13 5AB',
    ])).toBe('Kelmscott Soap Works Ltd');
  });

  it('"Client" over a name in a drifted middle column, a title word after it', () => {
    expect(customerOf([
      'Harcourt Print Ltd        Client                        Invoice',
      '9 Quay Road, Cork      Bellmount Hotels Ltd      HP-2026-118',
      'T12 X8Y2               Bellmount, Co. Cork       Date 3 June 2026',
    ])).toBe('Bellmount Hotels Ltd');
  });

  it('near miss: a name with a legal form after the heading, or a name alone, is kept as read', () => {
    const text = ['BILL TO                             Unit 4 Holdings Ltd', 'Marlow Tiles Ltd'].join('\n');
    const label = 'BILL TO                             ';
    expect(nameBelowColumnHeading(text, label, 0, { start: label.length, end: text.indexOf('\n') })).toBeNull();
    const plain = ['BILL TO            Harbour Cafe', 'Marlow Tiles Ltd'].join('\n');
    expect(nameBelowColumnHeading(plain, 'BILL TO            ', 0, { start: 19, end: plain.indexOf('\n') })).toBeNull();
  });

  it('near miss: a heading with a colon keeps its own value', () => {
    expect(customerOf([
      'Fenbrook Storage Ltd',
      'Bill to:    Marlow Tiles Ltd',
      'Invoice number FS-1',
    ])).toBe('Marlow Tiles Ltd');
  });
});

describe('an unlabelled company block in a flattened header (entity-party-column-blocks)', () => {
  it('the block in the column beside the letterhead', () => {
    expect(customerOf([
      'Transport Kempen B.V.                    Hofstede Bouwmaterialen B.V.',
      'Industrieweg 12                          t.a.v. administratie',
      '5541 AB Reusel                           Dorpsstraat 88',
      '                                         5091 CD Oostelbeers',
      '',
      'FACTUUR 2026-0412',
    ])).toBe('Hofstede Bouwmaterialen B.V.');
  });

  it('the block under the letterhead in the same column, fields beside both', () => {
    expect(customerOf([
      'Ashdown Tipper Hire Ltd             INVOICE No.  AT 3311',
      'Forge Lane, Hailsham BN27 1AA       Account      WFS-07',
      'Wealden Feed Stores Ltd             Delivered    14/05/2026',
      'Station Road',
      'Uckfield TN22 1PT                   Due          13/06/2026',
    ])).toBe('Wealden Feed Stores Ltd');
  });

  it('near miss: a block under "Consignee" is where goods go, not who is billed', () => {
    expect(customerOf([
      'Ashdown Tipper Hire Ltd             Invoice No.  AT 3311',
      'Forge Lane, Hailsham BN27 1AA       Consignee',
      '                                    Wealden Feed Stores Ltd',
      '                                    Uckfield TN22 1PT',
    ])).toBeNull();
  });

  it('near miss: a company without an address under it, or the letterhead itself, names no customer', () => {
    expect(customerOf([
      'Ashdown Tipper Hire Ltd             Invoice No.  AT 3311',
      'Forge Lane, Hailsham BN27 1AA       Date  14/05/2026',
      '',
      'A member of Wealden Group Holdings Ltd',
    ])).toBeNull();
    expect(customerOf([
      'Ashdown Tipper Hire Ltd             Invoice No.  AT 3311',
      'Ashdown Tipper Hire Ltd',
      'Forge Lane, Hailsham BN27 1AA       Date  14/05/2026',
    ])).toBeNull();
  });
});

describe('a row of column headings, the customer heading first (entity-party-column-below)', () => {
  it('"Customer   Voyage" over the name and the voyage\'s own column reads the name', () => {
    expect(customerOf([
      'Elbmarsch Feeder Lines GmbH          INVOICE No.  EFL-2291',
      'Kaiserkai 4, 20457 Hamburg           Payment due  17/05/2026',
      '',
      'Customer                        Voyage                 Documents',
      'Haverford Shipping Ltd          ETD Hamburg 13/05/2026 B/L EFL-9921',
      'Dock Road, Hull HU9 1TA         ETA Hull 15/05/2026    B/L date 13/05/2026',
    ])).toBe('Haverford Shipping Ltd');
  });

  it('"Invoice To:" then the next column\'s label ("lnvoice No:") reads the name under the label', () => {
    expect(customerOf([
      'Invoice To:                          lnvoice No:    KT-311',
      'Marlpit Tyres Ltd                    Date:          4 May 2026',
      '3 Canal Street, Leigh WN7 4AA',
    ])).toBe('Marlpit Tyres Ltd');
  });

  it('near miss: a heading row whose cell below holds no company keeps what it read', () => {
    const text = ['Customer                        Voyage', 'Harbour Cafe                    ETD 13/05/2026'].join('\n');
    expect(nameBelowColumnHeading(text, 'Customer                        ', 0, { start: 32, end: 38 })).toBeNull();
  });
});

describe('a code after a party label is no name (entity-party-not-names)', () => {
  it('"Account:  KDL07" names no customer; a name does', () => {
    expect(isCodeOnly('KDL07')).toBe(true);
    expect(isCodeOnly('AC-2291')).toBe(true);
    expect(isCodeOnly('Studio 54')).toBe(false);
    expect(isCodeOnly('Kindle')).toBe(false);
    expect(isCodeOnly('2291')).toBe(false);
  });
});

describe('"payment" then a column of totals names no payee (entity-party-prose)', () => {
  it('"with payment      TOTAL GBP  655.08" names no vendor, "Payments to Acme Ltd" does', () => {
    const vendorOf = (line: string) => findParties(line).find((party) => party.role === 'vendor')?.name ?? null;
    expect(vendorOf('Please quote the invoice number with payment            TOTAL GBP   655.08')).toBeNull();
    expect(vendorOf('Payments to Harcourt Print Ltd, sort code 20-44-71')).toBe('Harcourt Print Ltd');
  });
});
