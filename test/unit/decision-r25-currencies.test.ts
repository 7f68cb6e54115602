/**
 * Round 25: currencies of every country. Every active ISO 4217 code is read from one table with its minor
 * units, with the local symbols invoices print ("TSh", "GH₵", "₮", "so'm", "сом", "N$", "TT$"), and the
 * one-letter ones ("P" pula, "K" kwacha, "MT" meticais) only on a document naming their country or code.
 * Invented texts, each reading with near misses that must stay unread.
 */
import { findAmounts } from '../../worker/providers/local/entity-amounts';
import { findWordAmounts } from '../../worker/providers/local/entity-words';
import { CURRENCY_BY_CODE, factored, WHOLE_CURRENCY_CODES } from '../../worker/providers/local/entity-currency-table';
import { currencyOf } from '../helpers/decision-lines';

const amountsOf = (text: string) => findAmounts(text, []).map((amount) => [amount.value, amount.currency]);

describe('the ISO 4217 table', () => {
  it('gives each code its minor units', () => {
    expect(CURRENCY_BY_CODE.get('UGX')?.minor).toBe(0);
    expect(CURRENCY_BY_CODE.get('KRW')?.minor).toBe(0);
    expect(CURRENCY_BY_CODE.get('KWD')?.minor).toBe(3);
    expect(CURRENCY_BY_CODE.get('TND')?.minor).toBe(3);
    expect(CURRENCY_BY_CODE.get('TZS')?.minor).toBe(2);
    expect(CURRENCY_BY_CODE.size).toBeGreaterThan(150);
  });

  it('factors a list of codes by their first letters, matching the same words', () => {
    expect(factored(['EUR', 'ETB', 'GBP'])).toBe('E(?:UR|TB)|GBP');
    const codes = new RegExp(`^(?:${factored(['KES', 'KGS', 'KHR', 'KMF'])})$`);
    expect(['KES', 'KGS', 'KHR', 'KMF'].every((code) => codes.test(code))).toBe(true);
    expect(['KEG', 'KG', 'KMFX'].some((code) => codes.test(code))).toBe(false);
  });

  it('counts the rupiah among the whole currencies though ISO gives it cents', () => {
    expect(WHOLE_CURRENCY_CODES.has('IDR')).toBe(true);
    expect(WHOLE_CURRENCY_CODES.has('RWF')).toBe(true);
    expect(WHOLE_CURRENCY_CODES.has('KZT')).toBe(false);
  });
});

describe('codes of every country', () => {
  it('reads codes before and after a figure', () => {
    expect(amountsOf('TOTAL: UGX 4,808,500')).toEqual([[4808500, 'UGX']]);
    expect(amountsOf('Total 1.234,500 KWD')).toEqual([[1234500, 'KWD']]);
    expect(amountsOf('Grand total XOF 1 250 000')).toEqual([[1250000, 'XOF']]);
  });

  it('does not read codes that are everyday capitals', () => {
    expect(amountsOf('Wire 12 AWG, 40 m').some(([, currency]) => currency === 'AWG')).toBe(false);
    expect(amountsOf('Net weight 1,250 KGS')).toEqual([]);
    expect(amountsOf('TOP 10 sellers')).toEqual([]);
    expect(amountsOf('Patched CVE-2024-1234')).toEqual([]);
  });

  it('reads the currency of a bracketed heading', () => {
    expect(currencyOf(['INVOICE 7', 'Item   Qty   Amount (BWP)', 'Laundry   1   120.00', 'Total   120.00'])).toBe('BWP');
  });
});

describe('local symbols', () => {
  it('reads the shillings, the cedi, the naira, the tugrik, the sum and the som', () => {
    expect(amountsOf('Grand total: TSh 7,858,800.00')).toEqual([[7858800, 'TZS']]);
    expect(amountsOf('Total USh 45,000')).toEqual([[45000, 'UGX']]);
    expect(amountsOf('Total KSh 12,400.00')).toEqual([[12400, 'KES']]);
    expect(amountsOf('TOTAL GH₵ 17,750.00')).toEqual([[17750, 'GHS']]);
    expect(amountsOf('TOTAL GH¢ 750.00')).toEqual([[750, 'GHS']]);
    expect(amountsOf('Total ₦ 1,250,000.00')).toEqual([[1250000, 'NGN']]);
    expect(amountsOf('TOTAL ₮21,582,000.00')).toEqual([[21582000, 'MNT']]);
    expect(amountsOf("Jami: 41 664 000 so'm")).toEqual([[41664000, 'UZS']]);
    expect(amountsOf('Итого: 1 200,00 сўм')).toEqual([[1200, 'UZS']]);
    expect(amountsOf('Всего к оплате:   476 000,00 сом')).toEqual([[476000, 'KGS']]);
    expect(amountsOf('Total 86 000 FRw')).toEqual([[86000, 'RWF']]);
  });

  it('reads the dollars of Namibia, Jamaica and Trinidad, not as US dollars', () => {
    expect(amountsOf('TOTAL N$ 255,817.50')).toEqual([[255817.5, 'NAD']]);
    expect(amountsOf('Total J$304,635.00')).toEqual([[304635, 'JMD']]);
    expect(amountsOf('TOTAL TT$115,380.00')).toEqual([[115380, 'TTD']]);
    expect(amountsOf('TOTAL $115.00')).toEqual([[115, 'USD']]);
  });

  it('does not read a symbol inside a word', () => {
    expect(amountsOf('сумма 1 000,00').some(([, currency]) => currency === 'UZS')).toBe(false);
    expect(amountsOf('Comsom 12,000.00').some(([, currency]) => currency === 'KGS')).toBe(false);
    expect(amountsOf('UTSh 12.00').some(([, currency]) => currency === 'TZS')).toBe(false);
  });
});

describe('one-letter symbols, opened by the country', () => {
  it('reads "P" as pula and "K" as kwacha where the document names Botswana or Zambia', () => {
    expect(amountsOf('Subtotal P 18,504.00\nFirst National Bank Botswana')).toEqual([[18504, 'BWP']]);
    expect(amountsOf('T0TAL ZMW   K 97,208.00')).toEqual([[97208, 'ZMW']]);
    expect(amountsOf('Total  46.200,00 MT\nMoeda: MZN')).toEqual([[46200, 'MZN']]);
    expect(amountsOf('Total RF 12,500\nKigali, Rwanda')).toEqual([[12500, 'RWF']]);
  });

  it('reads none of them where the document names no such country', () => {
    expect(amountsOf('Subtotal P 18,504.00').map(([, currency]) => currency)).toEqual([null]);
    expect(amountsOf('Total K 97,208.00 (Malawi kwacha)').map(([, currency]) => currency)).toEqual([null]);
    expect(amountsOf('Net 46.200,00 MT').map(([, currency]) => currency)).toEqual([null]);
  });

  it('reads no page, product code or tonnage as money, even in that country', () => {
    expect(amountsOf('See P 12 of the Botswana agreement')).toEqual([]);
    expect(amountsOf('Part K12-50A, Zambia')).toEqual([]);
    expect(amountsOf('Maize 5 MT delivered to Maputo, Mozambique')).toEqual([]);
    expect(amountsOf('Room RF 12, Rwanda')).toEqual([]);
  });
});

describe('currencies named in words', () => {
  const wordsOf = (text: string) => findWordAmounts(text).map((amount) => [amount.value, amount.currency]);

  it('reads the amount before a country currency name', () => {
    expect(wordsOf('In words: One hundred and fifteen thousand three hundred and eighty Trinidad and Tobago dollars only')).toEqual([[115380, 'TTD']]);
    expect(wordsOf('(Four million eight hundred and eight thousand five hundred Uganda shillings only)')).toEqual([[4808500, 'UGX']]);
    expect(wordsOf('Amount in words: Seventeen thousand seven hundred and fifty Ghana cedis only')).toEqual([[17750, 'GHS']]);
  });

  it('does not read a country name without its currency, nor a bare name after no amount', () => {
    expect(wordsOf('Two crates shipped from Uganda by road')).toEqual([]);
    expect(wordsOf('Paid in Ghana cedis on collection')).toEqual([]);
  });
});
