/** Amounts in every grouping convention and in words, currencies by symbol and code, dates in common formats. */
import { findAmounts } from '../../worker/providers/local/entity-amounts';
import { findDates } from '../../worker/providers/local/entity-dates';
import { findWordAmounts } from '../../worker/providers/local/entity-words';

function amounts(text: string): [string, number, string | null][] {
  return findAmounts(text, []).map((amount) => [amount.text, amount.value, amount.currency]);
}

describe('amounts in figures', () => {
  it.each([
    ['Total: 1.234,56 €', '1.234,56 €', 1234.56, 'EUR'],
    ['Total: 1 234,56 €', '1 234,56 €', 1234.56, 'EUR'],
    ['Total  17 440,00', '17 440,00', 17440, null],
    ['Total: CHF 1\'234.50', 'CHF 1\'234.50', 1234.5, 'CHF'],
    ['Total: Fr. 1\'234.50', 'Fr. 1\'234.50', 1234.5, 'CHF'],
    ['Total: $1,234.56', '$1,234.56', 1234.56, 'USD'],
    ['Total: 2,36,000.00 INR', '2,36,000.00 INR', 236000, 'INR'],
    ['Total ¥225,000', '¥225,000', 225000, 'JPY'],
    ['合計 225,000円', '225,000円', 225000, 'JPY'],
    ['Total R$ 3.000,00', 'R$ 3.000,00', 3000, 'BRL'],
    ['Total credit GBP  -320.40', 'GBP  -320.40', -320.4, 'GBP'],
    ['Total $1,200.00 CAD', '$1,200.00 CAD', 1200, 'CAD'],
    ['Total: 1,2O0.00', '1,2O0.00', 1200, null],
    ['Fittings l50.00', 'l50.00', 150, null],
  ])('%s', (text, quoted, value, currency) => {
    expect(amounts(text)).toEqual([[quoted, value, currency]]);
  });

  it('does not read quantities, dates, percentages or codes as money', () => {
    expect(amounts('Qty 2 100.00')).toEqual([['100.00', 100, null]]);
    expect(findAmounts('VAT 19.00 %, 3 items, 60\'000 km, 2O25', [])).toEqual([]);
    expect(findAmounts('T0TAL £ 6#4.50', [])).toEqual([]);
  });
});

describe('amounts in words', () => {
  it.each([
    ['One thousand two hundred fifty and 75/100 dollars', 1250.75, null],
    ['six hundred forty-two US dollars and seventy-five cents', 642.75, 'USD'],
    ['Indian Rupees Forty-Seven Thousand Two Hundred Only', 47200, 'INR'],
    ['Rupees One Lakh Twenty Thousand Only', 120000, 'INR'],
    ['in Worten: sechstausendvierhundertachtzig Euro', 6480, 'EUR'],
    ['eintausendzweihundertfünfzig Euro und fünfzig Cent', 1250.5, 'EUR'],
    ['zweihundertdreiundvierzig Franken', 243, 'CHF'],
    ['six mille quatre cent quatre-vingts euros', 6480, 'EUR'],
    ['quatre-vingt-dix-neuf euros et cinquante centimes', 99.5, 'EUR'],
    ['soixante et onze euros', 71, 'EUR'],
    ['One thousand, two hundred and fifty euros', 1250, 'EUR'],
  ])('%s', (text, value, currency) => {
    expect(findWordAmounts(text).map((amount) => [amount.value, amount.currency])).toEqual([[value, currency]]);
  });

  it('needs a currency word: "two days" and "vier Wochen" are not money', () => {
    expect(findWordAmounts('two days and one seat, vier Wochen, trois jours')).toEqual([]);
  });
});

describe('dates', () => {
  function dates(text: string): [string, string | null][] {
    return findDates(text).map((date) => [date.text, date.iso]);
  }

  it.each([
    ['2025-03-15', '2025-03-15'],
    ['2025/04/10', '2025-04-10'],
    ['15.03.2025', '2025-03-15'],
    ['15 March 2025', '2025-03-15'],
    ['March 15th, 2025', '2025-03-15'],
    ['15-Mar-2025', '2025-03-15'],
    ['15. März 2025', '2025-03-15'],
    ['1er mars 2025', '2025-03-01'],
    ['1° luglio 2025', '2025-07-01'],
    ['3 de abril de 2025', '2025-04-03'],
    ['12 juni 2025', '2025-06-12'],
    ['14 de junho de 2025', '2025-06-14'],
    ['14/03/2O25', '2025-03-14'],
    ['Ju1y 4, 2025', '2025-07-04'],
  ])('%s', (text, iso) => {
    expect(dates(text)).toEqual([[text, iso]]);
  });

  it('settles numeric day/month order from an impossible day, a written format, or the currency', () => {
    expect(dates('Issued 03/04/2025, due 15/04/2025')).toEqual([['03/04/2025', '2025-04-03'], ['15/04/2025', '2025-04-15']]);
    expect(dates('Issued 03/04/2025, due 04/15/2025')).toEqual([['03/04/2025', '2025-03-04'], ['04/15/2025', '2025-04-15']]);
    expect(dates('Date (MM/DD/YYYY): 03/04/2025')).toEqual([['03/04/2025', '2025-03-04']]);
    expect(dates('Date: 03/04/2025 Total $50.00')).toEqual([['03/04/2025', '2025-03-04']]);
    expect(dates('Date: 03/04/2025 Total A$50.00')).toEqual([['03/04/2025', '2025-04-03']]);
    expect(dates('Date: 03/04/2025 Total £50.00')).toEqual([['03/04/2025', '2025-04-03']]);
  });

  it('knows days that cannot exist, and weekdays that do not match their date', () => {
    expect(dates('31 aprile 2025, 30 februari 2025, 31/06/2025, 2025-09-31')).toEqual([
      ['31 aprile 2025', null],
      ['30 februari 2025', null],
      ['31/06/2025', null],
      ['2025-09-31', null],
    ]);
    expect(dates('29 February 2024')).toEqual([['29 February 2024', '2024-02-29']]);
    expect(dates('Tuesday, 4 March 2025; Wednesday, 4 March 2025; Mardi 4 mars 2025')).toEqual([
      ['4 March 2025', '2025-03-04'],
      ['Wednesday, 4 March 2025', null],
      ['4 mars 2025', '2025-03-04'],
    ]);
  });
});
