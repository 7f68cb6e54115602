/**
 * Round 27, code shape: lists and helpers two readers kept apart are now one. What each reader reads is as
 * before; these cases pin what the shared pieces must still tell apart. Invented texts, with near misses.
 */
import { countryDollar } from '../../worker/decisions/invoice-currency-country';
import { headingCurrency } from '../../worker/decisions/invoice-currency-heading';
import { findAmounts } from '../../worker/providers/local/entity-amounts';
import { bankPayee, namesAnAccount } from '../../worker/providers/local/entity-payee-bank';
import { CLOSING_FORM } from '../../worker/providers/local/entity-party-form-end';
import { lineAbove } from '../../worker/providers/local/entity-text';
import { codeSumOf, wordKey } from '../../worker/providers/local/entity-ocr-word-key';

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

describe('closing forms picked from the one legal-forms list', () => {
  const closing = (line: string) => [...line.matchAll(CLOSING_FORM)].map((form) => form[0]);

  it('reads each form with the dot it takes, and "L.P." the list does not carry', () => {
    expect(closing('Acme Widgets Pty Ltd Acme Widgets')).toEqual(['Pty Ltd']);
    expect(closing('Harbor Fund L.P. Suite 4')).toEqual(['L.P.']);
    expect(closing('Nordlicht GmbH Lager 3')).toEqual(['GmbH']);
    expect(closing('Acme Inc. Site 2')).toEqual(['Inc.']);
  });

  it('near miss: a form without the dot it must end in, or with one it never takes, closes nothing', () => {
    expect(closing('Acme Inc Site 2')).toEqual([]);
    expect(closing('Rossi S.r.l Via Roma')).toEqual([]);
    expect(closing('Nordlicht GmbH. Lager 3')).toEqual([]);
  });
});

describe('one key for both OCR word repairs', () => {
  const key = (word: string) => wordKey(word.length, codeSumOf(word));

  it('files a word and its swapped letters under one key', () => {
    expect(key('totla')).toBe(key('total'));
    expect(key('invocie')).toBe(key('invoice'));
  });

  it('near miss: another letter, or one letter more, is another key', () => {
    expect(key('totel')).not.toBe(key('total'));
    expect(key('totals')).not.toBe(key('total'));
  });
});

describe('one list of money words for both currency headings', () => {
  it('reads a money column headed by a shared word, or by a word only the column reader knows', () => {
    expect(headingCurrency('Description          Amount GBP\nWidgets              120.00')).toBe('GBP');
    expect(headingCurrency('Artikel   EP EUR     GP EUR\nSchrauben  1,00  10,00')).toBe('EUR');
    expect(headingCurrency('Beskrivelse   Beløb DKK\nKaffe   100,00')).toBe('DKK');
  });

  it('near miss: a word only the bracketed reader knows heads no money column', () => {
    expect(headingCurrency('Description          Balance GBP\nWidgets              120.00')).toBeNull();
  });
});

describe('one place that settles US dollars before a country\'s dollars are read', () => {
  const australian = 'Wattle Joinery · ABN 41 771 203 118\nTotal $420.00';

  it('reads the country\'s dollars when nothing names US dollars', () => {
    expect(countryDollar(australian, false)).toBe('AUD');
  });

  it('near miss: an amount or a declaration already in US dollars keeps the bare "$" US', () => {
    expect(countryDollar(australian, true)).toBeNull();
  });
});

describe('a figure read without the capitals after it that are no code', () => {
  const read = (text: string) => findAmounts(text, []).map((amount) => [amount.text, amount.value, amount.currency]);

  it('reads "5.00 ABC" as the bare figure, and the next figure after it as before', () => {
    expect(read('Fee 5.00 ABC')).toEqual([['5.00', 5, null]]);
    expect(read('Fee 5.00 ABC and 7.50 EUR')).toEqual([['5.00', 5, null], ['7.50 EUR', 7.5, 'EUR']]);
  });

  it('near miss: capitals that are a code stay the figure\'s currency', () => {
    expect(read('Fee 5.00 EUR')).toEqual([['5.00 EUR', 5, 'EUR']]);
  });
});

describe('the line above, read once for the party readers', () => {
  const text = 'Halton Owners Corporation No. 88\nc/o Bayside Strata Management\nTotal 10.00';

  it('gives the line above the one holding the offset, without its newline', () => {
    expect(lineAbove(text, text.indexOf('Bayside'))).toEqual({ start: 0, text: 'Halton Owners Corporation No. 88' });
    expect(lineAbove(text, text.indexOf('Total'))).toEqual({ start: text.indexOf('c/o'), text: 'c/o Bayside Strata Management' });
  });

  it('near miss: the first line has none above it', () => {
    expect(lineAbove(text, text.indexOf('Owners'))).toBeNull();
  });
});
