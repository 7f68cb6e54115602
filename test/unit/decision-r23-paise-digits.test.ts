/**
 * Round 23 part K3: an Indian amount in words, currency first, whose paise are written in figures
 * ("Rupees One Lakh Four Thousand Twelve and 00 Paise Only"), is read, so that it must agree with
 * the total. Invented texts, with near misses.
 */
import { findWordAmounts } from '../../worker/providers/local/entity-words';

const values = (text: string) => findWordAmounts(text).map((amount) => amount.value);

describe('paise in figures after an amount in words', () => {
  it('reads "and 00 Paise Only"', () => {
    expect(values('Amount in words: Rupees One Lakh Four Thousand Twelve and 00 Paise Only')).toEqual([104012]);
  });

  it('reads "and 45 Paise Only"', () => {
    expect(values('Amount in words: Indian Rupees Three Lakh Twenty and 45 Paise Only')).toEqual([300020.45]);
  });

  it('near miss: paise in words are read as before', () => {
    expect(values('Amount in words: Rupees Three Lakh Twenty and Forty-Five Paise Only')).toEqual([300020.45]);
  });

  it('near miss: no paise at all', () => {
    expect(values('Amount in words: Rupees One Lakh Four Thousand Twelve Only')).toEqual([104012]);
  });
});
