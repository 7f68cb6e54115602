/**
 * Round 27: the customer of a letter-style invoice, read off its inside address when nothing labels it,
 * and names with an elided particle ("Val d'Oust"). Invented texts; each rule has a near miss that must
 * stay as it was.
 */
import { findParties } from '../../worker/providers/local/entity-parties';
import { HAS_LEGAL_FORM, leadingName } from '../../worker/providers/local/entity-party-names';
import { isContactLine, isDateBlock, isStreetThenTown } from '../../worker/providers/local/entity-party-letter-block';
import { customerOf } from '../helpers/decision-lines';

const letter = (block: string[]) => [
  'Fenwick & Rye Catering',
  '14 Mill Lane, Hexham NE46 1AB',
  '',
  '3 March 2026',
  '',
  ...block,
  '',
  'Dear Mr Hale,',
  '',
  'Our invoice FR-118 for the spring lunch: 40 covers at £22.50, £900.00. We are not VAT registered.',
  '',
  'With best wishes,',
  'Ada Fenwick',
];

describe("a letter's inside address after its date", () => {
  it('skips the date alone between the letterhead and the block', () => {
    expect(customerOf(letter(['Kestrel Bowls Club', 'Riverside, Hexham NE46 3QJ']))).toBe('Kestrel Bowls Club');
  });

  it('takes the organisation under an office holder, not the office', () => {
    expect(customerOf(letter(['The Honorary Secretary', 'Kestrel Bowls Club', 'Riverside, Hexham NE46 3QJ']))).toBe('Kestrel Bowls Club');
  });

  it('takes the organisation under a person and their job, with a street and its town under it', () => {
    expect(customerOf(letter(['Ms Ana Ruiz, Finance Manager', 'Harbourview Credit Union', 'Quay Street, Galway']))).toBe('Harbourview Credit Union');
  });

  it('keeps a firm whose name opens with "The" and ends in no job', () => {
    expect(customerOf(letter(['The Copper Kettle Tearoom', 'Quay Street, Galway']))).toBe('The Copper Kettle Tearoom');
  });

  it('reads a person alone over a private address as the customer: no firm is named', () => {
    expect(customerOf(letter(['Dr Imogen Varley-Hart', '7 Kanimbla Road, Nedlands WA 6009']))).toBe('Dr Imogen Varley-Hart');
  });

  it('tells a date, a contact and a street from what they are not', () => {
    expect(isDateBlock([{ text: '9 November 2026', start: 0, end: 0 }])).toBe(true);
    expect(isDateBlock([{ text: 'Rennes, le 5 novembre 2026', start: 0, end: 0 }])).toBe(true);
    expect(isDateBlock([{ text: 'Invoice 9 of 2026', start: 0, end: 0 }])).toBe(false);
    expect(isContactLine('The Social Secretary')).toBe(true);
    expect(isContactLine('The Mallard Tearoom')).toBe(false);
    expect(isContactLine('Orla Hennessy, Limerick')).toBe(false);
    expect(isStreetThenTown("O'Connell Street, Limerick")).toBe(true);
    expect(isStreetThenTown('4 Pery Square, Limerick V94 K2T8')).toBe(true);
    expect(isStreetThenTown('Abbey Road Studios')).toBe(false);
  });
});

describe('a particle elided onto a capitalised word stays in the name', () => {
  it('keeps "d\'Oust" and "dell\'Adige"', () => {
    expect(leadingName("Coopérative Agricole du Val d'Oust")).toBe("Coopérative Agricole du Val d'Oust");
    expect(leadingName("Cantina Sociale dell'Adige")).toBe("Cantina Sociale dell'Adige");
  });

  it('ends the name before a lower-case word after the elision ("d\'après")', () => {
    expect(leadingName("Atelier Morel d'après nature")).toBe('Atelier Morel');
  });

  it("reads the French department block's organisation whole", () => {
    const lines = [
      'Hélène Marcq Conseil',
      '14 boulevard de la Liberté, 35000 Rennes',
      '',
      "Coopérative Agricole du Val d'Oust",
      'Service comptabilité',
      'ZA de la Brohinière, 56800 Ploërmel',
      '',
      'Facture n° HMC-26-112',
    ];
    expect(customerOf(lines)).toBe("Coopérative Agricole du Val d'Oust");
  });
});

describe('a line without a legal form over a name with one', () => {
  it('takes "Kestrel Foods Pension Trustees DAC" under "The Trustees"', () => {
    expect(customerOf(letter(['The Trustees', 'Kestrel Foods Pension Trustees DAC', 'Kestrel House, Naas Road, Dublin 12']))).toBe('Kestrel Foods Pension Trustees DAC');
  });
});

describe("Austria's general partnership and a Markdown heading", () => {
  it('keeps "OG" in capitals as a legal form, not as the Nordic "og" (and)', () => {
    expect(leadingName('Pichler & Partner Steuerberatung OG')).toBe('Pichler & Partner Steuerberatung OG');
    expect(leadingName('Fiske og')).toBe('Fiske');
    expect(HAS_LEGAL_FORM.test('Weber Bau OG')).toBe(true);
    expect(HAS_LEGAL_FORM.test('Hauptstr. 5, 3. OG')).toBe(false);
  });

  it('reads a one-line letterhead ending in "OG" as the vendor', () => {
    const lines = ['Pichler & Partner Steuerberatung OG · Landstraßer Hauptstraße 88 · 1030 Wien · UID ATU69118421', 'Tischlerei Gruber e.U.', 'Gewerbepark 7, 3100 St. Pölten', 'HONORARNOTE Nr. 2026/0733'];
    expect(findParties(lines.join('\n')).find((party) => party.role === 'vendor')?.name).toBe('Pichler & Partner Steuerberatung OG');
  });

  it('reads a Markdown heading\'s name as the letterhead, and not a "#" before a number', () => {
    const heading = ['# Harbour Hill Pan Tuning Ltd', '5 Palm Avenue, Kingston 17', '', '**INVOICE HH-0261**', '', 'Invoice date: 15/05/2026'];
    expect(findParties(heading.join('\n')).find((party) => party.role === 'vendor')?.name).toBe('Harbour Hill Pan Tuning Ltd');
    expect(findParties(['#4410 Harbour Hill', 'Invoice date: 15/05/2026'].join('\n')).find((party) => party.role === 'vendor')).toBeUndefined();
  });
});
