/**
 * Round 22 part M2: a "Pay to:" that gives a bank and its account number names no one; the vendor is read
 * from the letterhead instead. Invented texts, with near misses.
 */
import { namesAnAccount } from '../../worker/providers/local/entity-payee-bank';
import { vendorOf } from '../helpers/decision-lines';

describe('a bank account given as the payee', () => {
  it.each(['Nordea kontonr. / account 1234.56.78901', 'Barclays a/c 40-11-62 31926754', 'Sparkasse Konto-Nr. 4471', 'ING rekening 0012 3456 78', 'Danske Bank account no. 3409 1187 22'])(
    '%s names an account',
    (value) => {
      expect(namesAnAccount(value)).toBe(true);
    },
  );

  it.each(['Oakridge Vance LLP Operating Account', 'Pier 39 Chandlery Ltd', 'Account 360 Consulting Ltd', 'Kontor 7 Design AS'])('near miss: %s names no account', (value) => {
    expect(namesAnAccount(value)).toBe(false);
  });

  it('leaves the vendor to the letterhead', () => {
    const lines = [
      'Vestfjord Bakeri AS', 'Storgata 4, 8006 Bodø', '', 'FAKTURA / INVOICE', 'Kunde / Customer: Kafé Molo AS', 'Fakturanr. / Invoice no.: 7781',
      'Fakturadato / Invoice date: 04.03.2026', 'Forfallsdato / Due date: 18.03.2026', '', 'Å betale / Amount to pay: NOK 4 200,00', '',
      'Betales til / Pay to: Nordea kontonr. / account 1234.56.78901',
    ];
    expect(vendorOf(lines)).toBe('Vestfjord Bakeri AS');
  });

  it('near miss: a payee named before its account stays the payee', () => {
    const lines = ['INVOICE 7781', 'Date: 04.03.2026', 'Bill to: Kafé Molo AS', '', 'Total: NOK 4 200,00', '', 'Pay to: Vestfjord Bakeri AS, account 1234.56.78901'];
    expect(vendorOf(lines)).toBe('Vestfjord Bakeri AS');
  });
});
