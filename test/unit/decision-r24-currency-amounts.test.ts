/**
 * Round 24 part R4: currencies written after the figure (forint, dirham, lari, dinar), the dollars of the
 * country a bare "$" is written in, totals in Indonesian words and in rand, a tax return billed as a
 * service, and a table row's product past an HSN code column. Invented texts, each repair with near
 * misses that must stay as they were.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { countryDollar } from '../../worker/decisions/invoice-currency-country';
import { findAmounts } from '../../worker/providers/local/entity-amounts';
import { indonesianToNumber, findIndonesianWordAmounts } from '../../worker/providers/local/entity-words-id';
import { currencyOf, decideLines } from '../helpers/decision-lines';

describe('currencies written after the figure', () => {
  const amountsOf = (text: string) => findAmounts(text, []).map((amount) => [amount.value, amount.currency]);

  it('reads the forint, the dirham, the lari and the dinar', () => {
    expect(amountsOf('Végösszeg: 38 250 Ft')).toEqual([[38250, 'HUF']]);
    expect(amountsOf('Total TTC     12 480,00 DH')).toEqual([[12480, 'MAD']]);
    expect(amountsOf('Sulu: 1 940,00 ₾')).toEqual([[1940, 'GEL']]);
    expect(amountsOf('Ukupno: 74.300,00 din.')).toEqual([[74300, 'RSD']]);
    expect(amountsOf('Ukupno: 74.300,00 RSD')).toEqual([[74300, 'RSD']]);
  });

  it('does not read them before a figure or inside a word', () => {
    expect(amountsOf('Factura din 12.03.2026').some(([, currency]) => currency === 'RSD')).toBe(false);
    expect(amountsOf('Ft 12.50 pipe').some(([, currency]) => currency === 'HUF')).toBe(false);
    expect(amountsOf('Shipped via DHL 12.50').some(([, currency]) => currency === 'MAD')).toBe(false);
  });

  it('names the invoice currency', () => {
    const invoice = (total: string) => ['Invoice INV-7', 'Date: 2026-03-02', 'Seller: Tisza Malom Kft.', 'Buyer: Pannon Bakery Kft.', `Total: ${total}`];
    expect(currencyOf(invoice('51 700 Ft'))).toBe('HUF');
    expect(currencyOf(invoice('3 120,00 DH'))).toBe('MAD');
  });
});

describe('the dollars of the country a bare "$" is written in', () => {
  it('reads Australian and Canadian dollars from tax numbers, bank codes and postcodes', () => {
    expect(countryDollar('Wattle Joinery · ABN 41 771 203 118\n12 Kent St, Sale VIC 3850\nTotal $420.00')).toBe('AUD');
    expect(countryDollar('A8N 41 771 203 118\nTotal $420.00')).toBe('AUD');
    expect(countryDollar('Pay to BSB 033-118 account 77120\nTotal $420.00')).toBe('AUD');
    expect(countryDollar('Maple Ridge Tiling, 4 Elm St, Guelph ON N1H 2K7\nHST 13%: $26.00')).toBe('CAD');
    expect(countryDollar('GST/HST 77120 3318 RT0001\nTotal $226.00')).toBe('CAD');
  });

  it('leaves a US invoice, a mix of countries and a document without signs alone', () => {
    expect(countryDollar('Pine Bluff Tiling, 9 Oak Ave, Austin, TX 78701\nBill to: Guelph ON N1H 2K7\nTotal $226.00')).toBeNull();
    expect(countryDollar('ABN 41 771 203 118\nTotal USD 420.00')).toBeNull();
    expect(countryDollar('ABN 41 771 203 118 · HST 77120 3318 RT0001\nTotal $420.00')).toBeNull();
    expect(countryDollar('Blue Door Studio, 14 Main Street\nTotal $420.00')).toBeNull();
    // A UK postcode is no Canadian one.
    expect(countryDollar('London SW1A 2AA\nTotal $420.00')).toBeNull();
  });

  it('gives the invoice those dollars, and leaves a stated USD as it was', () => {
    const invoice = (head: string) => [head, 'Invoice WJ-18', 'Date: 2026-03-02', 'Bill to: Harbour Cafe Pty Ltd', 'Shelving 2 x $210.00 = $420.00', 'Total $420.00'];
    expect(currencyOf(invoice('Wattle Joinery · ABN 41 771 203 118'))).toBe('AUD');
    expect(currencyOf(invoice('Wattle Joinery · 80 Grove St, Boise, ID 83702'))).toBe('USD');
    expect(currencyOf([...invoice('Wattle Joinery · ABN 41 771 203 118'), 'All amounts in USD'])).toBe('USD');
  });
});

describe('totals in words', () => {
  it('reads Indonesian number words', () => {
    expect(indonesianToNumber('tiga puluh dua juta enam ratus sebelas ribu lima ratus')).toBe(32_611_500);
    expect(indonesianToNumber('seratus dua belas ribu')).toBe(112_000);
    expect(indonesianToNumber('sejuta seribu sepuluh')).toBe(1_001_010);
    expect(findIndonesianWordAmounts('Terbilang: delapan ratus ribu rupiah').map((amount) => amount.value)).toEqual([800_000]);
    expect(findIndonesianWordAmounts('lima kotak teh')).toEqual([]);
  });

  const words = (figure: string, inWords: string) => [
    'Invoice KR-2210',
    'Date: 2026-03-02',
    'Seller: Kebun Rasa CV',
    'Buyer: Toko Sehat PT',
    `Total: ${figure}`,
    `Terbilang: ${inWords}`,
  ];

  it('fails an invoice whose Indonesian words differ from the figure, and passes one where they agree', () => {
    expect(decideLines(words('Rp 2.450.000', 'dua juta empat ratus lima puluh ribu rupiah')).reasons.join(' ')).not.toMatch(/in words/);
    expect(decideLines(words('Rp 2.450.000', 'dua juta lima ratus empat puluh ribu rupiah')).reasons.join(' ')).toMatch(/in words/);
  });

  it('reads the rand in English words', () => {
    const rand = (inWords: string) => ['Invoice KS-19', 'Date: 2026-03-02', 'Seller: Karoo Stone (Pty) Ltd', 'Buyer: Veld Trust', 'Total (ZAR): R 4,310.50', `Amount in words: ${inWords}`];
    expect(decideLines(rand('Four Thousand Three Hundred And Ten Rand And Fifty Cents')).reasons.join(' ')).not.toMatch(/in words/);
    expect(decideLines(rand('Four Thousand One Hundred And Thirty Rand And Fifty Cents')).reasons.join(' ')).toMatch(/in words/);
  });
});

describe('an advance tax return billed as a service', () => {
  const invoice = (row: string) => [
    'Honorarnote HN-77',
    'Rechnungsdatum: 02.03.2026',
    'Steuerberatung Weiss GmbH',
    'An: Bergblick Hotel GmbH',
    'Buchhaltung Q1 (Stunden)          10 à  90,00  EUR    900,00',
    row,
    'Summe netto        EUR 1.140,00',
    'USt 20 %           EUR 228,00',
    'Gesamtbetrag       EUR 1.368,00',
  ];

  it('reads "Umsatzsteuervoranmeldungen" as an item, not the tax', () => {
    expect(decideLines(invoice('Umsatzsteuervoranmeldungen          3 à  80,00  EUR    240,00')).decision).not.toBe('FAIL');
    expect(decideLines(invoice('USt-Voranmeldungen                  3 à  80,00  EUR    240,00')).decision).not.toBe('FAIL');
  });
});

describe("a table row's quantity past a code column", () => {
  const table = (row: string) => [
    'TAX INVOICE',
    'Invoice No.: KV/26/118    Invoice Date: 02-03-2026',
    'Seller: Kaveri Castings Pvt. Ltd.',
    'Billed to: Nilgiri Motors Ltd.',
    'Sr | Description | HSN | Qty | Unit | Rate | Taxable Value',
    '1 | Gear blank, machined | 8483 | 40 | Nos | 250.00 | 10,000.00',
    row,
    'Total Taxable Value: 13,000.00',
    'Invoice Total (INR): 13,000.00',
  ];

  it('fails a row whose quantity times rate is not its amount', () => {
    expect(decideLines(table('2 | Hub, bored | 8483 | 20 | Nos | 140.00 | 3,000.00')).reasons.join(' ')).toMatch(/quantity times price/);
  });

  it('passes rows that multiply', () => {
    expect(decideLines(table('2 | Hub, bored | 8483 | 20 | Nos | 150.00 | 3,000.00')).reasons.join(' ')).not.toMatch(/quantity times price/);
  });

  it('leaves a row with a second factor cell unchecked', () => {
    const packs = table('2 | Hub, bored | 8483 | 2 | 10 | 140.00 | 3,000.00').map((line) =>
      line.replace('| Qty | Unit |', '| Packs | Qty |').replace('| 40 | Nos |', '| 4 | 10 |'),
    );
    expect(decideInvoice(packs.join('\n')).reasons.join(' ')).not.toMatch(/quantity times price/);
  });
});
