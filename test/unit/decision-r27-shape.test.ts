/**
 * Round 27, code shape: lists and helpers two readers kept apart are now one. What each reader reads is as
 * before; these cases pin what the shared pieces must still tell apart. Invented texts, with near misses.
 */
import { bankPayee, namesAnAccount } from '../../worker/providers/local/entity-payee-bank';

describe('one list of account words for both bank readers', () => {
  it('knows an abbreviated account word after a bank in a payment sentence', () => {
    expect(bankPayee('Sparkasse Ulm Kto 1234 5678', 'Sparkasse Ulm')).toBe(true);
    expect(bankPayee('Rabobank Utrecht, rekeningnummer NL12 RABO 0123 4567 89', 'Rabobank Utrecht')).toBe(true);
  });

  it('near miss: a bank word with no account after it stays the payee', () => {
    expect(bankPayee('Sparkasse Ulm', 'Sparkasse Ulm')).toBe(false);
    expect(bankPayee('Kto Bakery Ltd', 'Kto Bakery Ltd')).toBe(false);
  });

  it('reads a sort code with its number as an account after a payment label', () => {
    expect(namesAnAccount('Barclays sort code 40-11-62')).toBe(true);
    expect(namesAnAccount('DNB kontonr. / account 8601.11.17947')).toBe(true);
  });

  it('near miss: an account word in a business name with no number after it names no account', () => {
    expect(namesAnAccount('Sort Code Solutions Ltd')).toBe(false);
    expect(namesAnAccount('Account 360 Consulting')).toBe(false);
  });
});
