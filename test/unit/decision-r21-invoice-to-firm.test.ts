/**
 * Round 21 part M: a sole trader's mail names the firm it bills in the sentence handing over the invoice
 * ("invoice X, dated D, to Firm", "Rechnung Nr. X vom D an die Firm", "facture n° X du D, établie au nom
 * d'Firm"), and its warmer closings ("Mit besten Grüßen", "Belle journée à vous") end the letter, so the
 * trading name under them is the vendor. Invented texts, with near misses.
 */
import { invoiceToCustomer } from '../../worker/providers/local/entity-party-prose-to';
import { CLOSING } from '../../worker/providers/local/entity-closing';
import { customerOf, vendorOf } from '../helpers/decision-lines';

describe('the firm an invoice is handed to in a sentence', () => {
  it('English "invoice X, dated D, to Firm, address"', () => {
    const lines = ['Hi Tomasz,', '', 'Here is invoice HW-2026-07, dated 3 March 2026, to Brackenfold Community Trust, 9 Mill Yard, Hexham.', '', 'Two days of survey work at £420.00 a day, £840.00.', '', 'Best wishes,', 'Ilse'];
    expect(customerOf(lines)).toBe('Brackenfold Community Trust');
  });

  it('German "Rechnung Nr. X vom D an die Firma GmbH"', () => {
    const text = 'anbei meine Rechnung Nr. KS-118 vom 02.03.2026 an die Oberwald Kältetechnik GmbH, Ringstraße 4, 93047 Regensburg.';
    expect(invoiceToCustomer(text).map((party) => party.name)).toEqual(['Oberwald Kältetechnik GmbH']);
  });

  it('French "facture n° X du D, établie au nom d\'Firm SARL"', () => {
    const text = "je vous adresse la facture n° MB-044 du 9 mars 2026, établie au nom d'Ébénisterie Ravenel SARL, 3 quai Fleuri, 35000 Rennes.";
    expect(invoiceToCustomer(text).map((party) => party.name)).toEqual(['Ébénisterie Ravenel SARL']);
  });

  it('near miss: paying an invoice to someone names the payee, not the customer', () => {
    expect(invoiceToCustomer('Please pay invoice HW-2026-07, dated 3 March 2026, to Brackenfold Community Trust, sort code 40-11-62.')).toEqual([]);
    expect(invoiceToCustomer('Bitte überweisen Sie die Rechnung Nr. KS-118 an die Oberwald Kältetechnik GmbH.')).toEqual([]);
  });

  it('near miss: a person or a two-word name after "to" is no firm', () => {
    expect(invoiceToCustomer('I sent invoice HW-2026-07 to Mark Ellis, as agreed.')).toEqual([]);
    expect(invoiceToCustomer('Invoice HW-2026-07 to follow next week.')).toEqual([]);
  });

  it('near miss: a label outranks the sentence', () => {
    const lines = ['Bill to: Quarrybank Foods Ltd', '', 'Here is invoice HW-2026-07, dated 3 March 2026, to Brackenfold Community Trust, 9 Mill Yard.'];
    expect(customerOf(lines)).toBe('Quarrybank Foods Ltd');
  });
});

describe('warmer closings end the letter', () => {
  it('reads them as closings', () => {
    for (const closing of ['Mit besten Grüßen', 'Herzliche Grüße', 'Belle journée à vous,', 'Met hartelijke groet,', 'Warmly,']) expect(CLOSING.test(closing)).toBe(true);
  });

  it('near miss: a sentence that starts with the same words is no closing', () => {
    expect(CLOSING.test('Mit besten Grüßen an Ihr Team und bis bald.')).toBe(false);
    expect(CLOSING.test('Warmly received by all guests.')).toBe(false);
  });

  it('the trading name under such a closing is the vendor', () => {
    const lines = ['Bonjour Madame Périer,', '', "Voici la facture n° AT-12 du 2 mars 2026, établie au nom d'Ébénisterie Ravenel SARL.", '', 'Belle journée à vous,', '', 'Lucie Armand', 'Lucie Armand Conseil – formatrice indépendante', '5 rue Haute, 35000 Rennes'];
    expect(vendorOf(lines)).toBe('Lucie Armand Conseil');
  });
});
