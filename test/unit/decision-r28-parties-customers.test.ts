/**
 * Round 28, part "parties": customers named outside labels. A registered name's field below the title
 * (entity-party-company-field), a firm's address block under a damaged letterhead (entity-party-firm-block),
 * "To" and the firm's name and address on one line (entity-party-to-line), an accounting program's
 * subject "... from X for Y" with its greeting (entity-party-subject-for), and a writer's own invoice
 * handed to a firm "for" a purpose (entity-party-prose-purpose). Invented texts; each rule has a near miss
 * that must not fire.
 */
import { customerOf } from '../helpers/decision-lines';

describe('a registered company name field below the title', () => {
  it('reads the buyer from "Razón social / Registered company name:"', () => {
    expect(customerOf([
      'Cerámicas Albufera S.L. · Calle Mayor 4 · 46001 Valencia',
      '',
      'FACTURA / INVOICE   Nº Factura / Invoice No.: F-2026-12',
      'Razón social / Registered company name: Keramiekhuis Duin B.V.',
      'NIF-IVA / VAT ID: NL123456789B01',
    ])).toBe('Keramiekhuis Duin B.V.');
  });

  it('reads the name on the line below a glossed role label ending in "company name:"', () => {
    expect(customerOf([
      'Salgados do Minho, Lda.',
      'FATURA / INVOICE',
      'Adquirente — denominação registada no IVA / Buyer — VAT-registered company name:',
      'Nordsee Delikatessen GmbH',
    ])).toBe('Nordsee Delikatessen GmbH');
  });

  it('does not take the issuer\'s own registered name, nor a name above the title', () => {
    expect(customerOf([
      'Cerámicas Albufera S.L.',
      'FACTURA / INVOICE',
      'Razón social del emisor / Supplier company name: Cerámicas Albufera S.L.',
    ])).toBeNull();
    expect(customerOf(['Company name: Brightwater Tiles Ltd', 'INVOICE 12'])).toBeNull();
  });
});

describe('a firm\'s address block under a damaged letterhead', () => {
  it('reads a name with its legal form over its address', () => {
    expect(customerOf([
      'HARTIGAN D0YLE & C0.',
      'Chartered Accountants',
      '3 The Crescent, Ga1way H91 X2Y3 · Te1: O91 555 123',
      '',
      'Corrib Boatyard Ltd',
      'Unit 7, Docks Business Park',
      'Galway',
      '',
      'lnvoice No: HD/26/014',
    ])).toBe('Corrib Boatyard Ltd');
  });

  it('does not read a name without a legal form, nor a block without an address', () => {
    expect(customerOf([
      'HARTIGAN D0YLE & C0.',
      '3 The Crescent, Ga1way H91 X2Y3 · Te1: O91 555 123',
      '',
      'Corrib Boatyard',
      'Unit 7, Docks Business Park',
    ])).toBeNull();
    expect(customerOf([
      'HARTIGAN D0YLE & C0.',
      '3 The Crescent, Ga1way H91 X2Y3 · Te1: O91 555 123',
      '',
      'Corrib Boatyard Ltd',
      'Annual accounts and returns',
    ])).toBeNull();
  });
});

describe('"To" and a firm\'s name and address on one line', () => {
  it('reads the firm before the address', () => {
    expect(customerOf(['Invoice HB-31', '', 'To The Copper Kettle Cafe, 4 Bridge Street, Hexham', '', 'Dear Alan,'])).toBe('The Copper Kettle Cafe');
    expect(customerOf(['Invoice HB-32', 'To Rowan Court Tenants\' Association, c/o the Chair, Flat 2, Rowan Court'])).toBe('Rowan Court Tenants\' Association');
  });

  it('does not read a sentence that opens with "To"', () => {
    expect(customerOf(['Invoice HB-33', 'To Whom It May Concern, please find the invoice below.'])).toBeNull();
  });
});

describe('an accounting program\'s subject naming both parties', () => {
  it('reads the customer the subject names and the greeting repeats', () => {
    expect(customerOf([
      'From: Harbour Loaf Ltd <messaging@post.example>',
      'Subject: Invoice INV-0412 from Harbour Loaf Ltd for Quayside Pantry',
      '',
      'Hi Quayside Pantry,',
      '',
      'Here\'s invoice INV-0412 for £84.20.',
    ])).toBe('Quayside Pantry');
  });

  it('does not read a name after "for" that the greeting does not repeat', () => {
    expect(customerOf([
      'Subject: Invoice INV-0413 from Harbour Loaf Ltd for Spring Menu',
      '',
      'Hi Sam,',
    ])).toBeNull();
  });
});

describe('a writer\'s own invoice handed to a firm for a purpose', () => {
  it('reads the firm between "aan" and "voor"', () => {
    expect(customerOf([
      'Beste Anouk,',
      '',
      'Hierbij mijn factuur 2026-14 van 3 maart 2026 aan Drukkerij Zeldenrust voor de vertaling van de catalogus.',
    ])).toBe('Drukkerij Zeldenrust');
  });

  it('does not read a payment sentence, nor a name of one word', () => {
    expect(customerOf(['Graag betaling van mijn factuur 2026-15 van 3 maart 2026 aan Zeldenrust voor de vertaling.'])).toBeNull();
    expect(customerOf(['Please transfer, for my invoice 2026-16 of 3 March 2026 to Harbour Books for the copy-editing.'])).toBeNull();
  });
});
