/**
 * Round 28, part "parties": customers named outside labels. A registered name's field below the title
 * (entity-party-company-field), a firm's address block under a damaged letterhead (entity-party-firm-block),
 * and a writer's own invoice handed to a firm "for" a purpose (entity-party-prose-purpose). Invented texts; each rule has a near miss
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
