/**
 * Issue 19, round 18 part C (`dev19`, `dev20`): the firm's name where a letterhead or footer hides it. A
 * letterhead spaced out ("A S H D O W N   Q U A Y L E") read from its plain copy below; a footer's name
 * with its tax number; a street ("Main St.") or a heading ("Fee Note") is no name; an em dash in a tagline.
 * Invented text, with near misses.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { looksLikeName } from '../../worker/providers/local/entity-party-names';
import { spacedLetterheadVendor } from '../../worker/providers/local/entity-letterhead-spaced';
import { taxFooterVendor } from '../../worker/providers/local/entity-party-footer-tax';

const fieldsOf = (text: string) => {
  const fields = decideInvoice(text).fields as Record<string, unknown>;
  return { vendor: fields.vendor, customer: fields.customer };
};

describe('a spaced-out letterhead', () => {
  const invoice = (footer: string) =>
    [
      'T R E V E L Y A N    M O S S',
      'Chartered Surveyors',
      '',
      'Client :  Harcourt Mill Estates Ltd',
      'Invoice No :  TM/26/0112',
      'Date :  4 March 2026',
      'TOTAL DUE    £1,440.00',
      '',
      footer,
    ].join('\n');

  it('is read from the plain copy of its name below', () => {
    expect(fieldsOf(invoice('Trevelyan Moss Surveyors LLP is regulated by RICS.')).vendor).toBe('Trevelyan Moss Surveyors LLP');
    expect(fieldsOf(invoice('Trevelyan Moss Chartered Surveyors LLP · Reg. OC 412211')).vendor).toBe('Trevelyan Moss Chartered Surveyors LLP');
  });

  it('near miss: without a plain copy nothing is read from it', () => {
    expect(spacedLetterheadVendor(invoice('Thank you for your business.'))).toEqual([]);
  });

  it('the address block under it is the customer', () => {
    const text = [
      'K E L L E R    Ü B E R S E T Z U N G E N',
      'Fachübersetzungen  ·  Technik',
      '',
      'Brandtner Anlagenbau GmbH',
      'Abt. Einkauf',
      'Hafenweg 12 , 28217 Bremen',
      '',
      'Rechnungs-Nr :  KU-26-0031',
      'Rechnungsdatum :  4. März 2026',
      'Gesamtbetrag   476,00 €',
      '',
      'Keller Übersetzungen · Inh. Petra Keller · Am Wall 3 · 28195 Bremen',
    ].join('\n');
    expect(fieldsOf(text)).toEqual({ vendor: 'Keller Übersetzungen', customer: 'Brandtner Anlagenbau GmbH' });
  });
});

describe("a footer's name with its tax number", () => {
  it('names the vendor', () => {
    expect(taxFooterVendor('Invoice 12\nTotal £90.00\n\nBramble Lane Studio · 4 Quay St, Bristol · VAT GB 123 4567 89', [])[0]?.name).toBe('Bramble Lane Studio');
    expect(taxFooterVendor('Total €90.00\nLough Derg Bookkeeping | VAT No. IE 1234567T | IBAN IE00 0000', [])[0]?.name).toBe('Lough Derg Bookkeeping');
  });

  it('near misses: no tax number, one word, a sentence', () => {
    expect(taxFooterVendor('Total £90.00\nBramble Lane Studio · 4 Quay St, Bristol', [])).toEqual([]);
    expect(taxFooterVendor('Total £90.00\nBramble Lane Studio · VAT GB 123 4567 89', [])).toEqual([]);
    expect(taxFooterVendor('Total £90.00\nStudio · VAT GB 123 4567 89', [])).toEqual([]);
    expect(taxFooterVendor('Total £90.00\nPaid with thanks · VAT GB 123 4567 89', [])).toEqual([]);
  });
});

describe('no name: a street, a heading', () => {
  it('a street alone is no name', () => {
    expect(looksLikeName('Main St.')).toBe(false);
    expect(looksLikeName('High Street')).toBe(false);
    expect(looksLikeName('Old Mill Rd')).toBe(false);
  });

  it('near misses: surnames that are street words, and names holding one', () => {
    expect(looksLikeName('Emma Lane')).toBe(true);
    expect(looksLikeName('Abbey Road Studios')).toBe(true);
    expect(looksLikeName("St. Mary's School")).toBe(true);
  });

  it('a fee note heading is a title', () => {
    expect(looksLikeName('Fee Note')).toBe(false);
    expect(looksLikeName('FEE N0TE')).toBe(false);
    expect(looksLikeName('Honorarnote')).toBe(false);
    expect(looksLikeName('Fee Note Services Ltd')).toBe(true);
  });
});

describe('a tagline with an em dash under a person', () => {
  it('the person over tagline and address is the vendor', () => {
    const text = [
      'Camille Vasseur',
      'Professeure de piano — cours particuliers',
      '4 rue des Lilas, 69003 Lyon',
      '',
      'Facture n° CV-2026-011',
      'Date : 4 mars 2026',
      'Destinataire : École de Musique du Rhône',
      'Total : 300,00 €',
    ].join('\n');
    expect(fieldsOf(text).vendor).toBe('Camille Vasseur');
  });
});
