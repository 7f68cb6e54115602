/**
 * Round 23 part N3: currencies written in whole figures with dot or blank grouping (rupiah, dong, tenge,
 * won, Chilean pesos), their bare table figures, Korean and Vietnamese dates, Indonesian months, a bare "$"
 * on a peso invoice and a party label glossed by several words. Invented texts, with near misses.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { pesoDollar } from '../../worker/decisions/invoice-currency-peso';
import { findAmounts } from '../../worker/providers/local/entity-amounts';
import { findDates } from '../../worker/providers/local/entity-dates';
import { findParties } from '../../worker/providers/local/entity-parties';

const amounts = (text: string) => findAmounts(text, []).map((amount) => [amount.value, amount.currency]);
const isos = (text: string) => findDates(text).map((date) => date.iso);

describe('currencies of whole figures', () => {
  it('reads rupiah, dong and tenge by their symbols and codes, the groups as thousands', () => {
    expect(amounts('Grand total: Rp 3.418.500')).toEqual([[3418500, 'IDR']]);
    expect(amounts('Jumlah: Rp. 12.000')).toEqual([[12000, 'IDR']]);
    expect(amounts('Tổng cộng: 9.450.000 ₫')).toEqual([[9450000, 'VND']]);
    expect(amounts('Итого: 1 305 220,00 ₸')).toEqual([[1305220, 'KZT']]);
    expect(amounts('Total VND 4.100.000')).toEqual([[4100000, 'VND']]);
    expect(amounts('Total: 77 500 KZT')).toEqual([[77500, 'KZT']]);
  });

  it('near miss: "Rp" inside a word or in capitals names no rupiah', () => {
    expect(amounts('Corp 1.250.000')).toEqual([]);
    expect(amounts('RP 1.250.000')).toEqual([]);
  });

  it('reads the bare whole figures of a rupiah invoice that writes no decimals', () => {
    const text = ['Uraian | Qty | Harga | Jumlah', 'Tas anyaman | 3 | 215.000 | 645.000', 'Total: Rp 645.000'].join('\n');
    expect(amounts(text)).toEqual([[215000, null], [645000, null], [645000, 'IDR']]);
  });

  it('near miss: tax numbers, Chilean RUTs, phones, rates and references stay no amounts', () => {
    const text = ['NPWP 03.512.884.1-407.000', 'RUT 77.301.552-8', 'Telp 0274.388.102', 'Bunga 2.500%', 'Ref 14.220/2026', 'Total: Rp 80.000'].join('\n');
    expect(amounts(text)).toEqual([[80000, 'IDR']]);
  });

  it('near miss: on a euro invoice, or one writing decimals, a bare "420.000" stays no amount', () => {
    expect(amounts('Item | 420.000\nTotal: EUR 1.250')).toEqual([[1250, 'EUR']]);
    expect(amounts('Item | 420.000\nTotal: Rp 420.000,00')).toEqual([[420000, 'IDR']]);
  });

  it('reads a Vietnamese "Tổng cộng thanh toán / Total payment" as the total, not a payment', () => {
    const text = [
      'HÓA ĐƠN / INVOICE', 'Số / No.: HD-7731', 'Ngày / Date: 02/03/2026',
      'Đơn vị bán hàng / Seller: Công ty TNHH Gốm Bát Tràng Xanh', 'Tên đơn vị mua / Buyer: Kestrel Ceramics Ltd',
      'Cộng tiền hàng / Subtotal: 5.000.000 ₫', 'Tiền thuế / VAT: 500.000 ₫', 'Tổng cộng thanh toán / Total payment: 5.500.000 ₫',
    ].join('\n');
    const fields = decideInvoice(text).fields;
    expect(fields.total).toBe(5500000);
    expect(fields.currency).toBe('VND');
    expect(fields.customer).toBe('Kestrel Ceramics Ltd');
  });
});

describe('a bare "$" on a peso invoice', () => {
  it('is the pesos the document names, or Chilean pesos by a RUT', () => {
    expect(pesoDollar('Montos en pesos chilenos (CLP)\nTOTAL  $ 1.190.000')).toBe('CLP');
    expect(pesoDollar('Total $ 2.300.000 (COP)')).toBe('COP');
    expect(pesoDollar('Valores en pesos mexicanos\nTotal $ 5,800.00')).toBe('MXN');
    expect(pesoDollar('Viñedos del Sur SpA  R.U.T.: 76.118.402-K\nTOTAL $ 119.000')).toBe('CLP');
  });

  it('near miss: US dollars named too, two pesos, or none named stay unsettled here', () => {
    expect(pesoDollar('Montos en CLP; flete en USD\nTOTAL $ 1.190.000')).toBeNull();
    expect(pesoDollar('Total CLP 10.000 / COP 40.000')).toBeNull();
    expect(pesoDollar('Total $ 119.00')).toBeNull();
    expect(pesoDollar('Ref 76.118.402-K\nTotal $ 119.00')).toBeNull();
  });

  it('gives a Chilean invoice its pesos', () => {
    const text = [
      'Maderas del Bío Bío SpA   R.U.T.: 76.118.402-K', 'FACTURA ELECTRÓNICA N° 902', 'Fecha Emisión: 03-02-2026',
      'Señor(es): Bodega Los Robles Ltda.', 'Tablas de pino   10   $ 12.000   $ 120.000', 'MONTO NETO  $ 120.000', 'I.V.A. 19%  $ 22.800', 'TOTAL  $ 142.800',
    ].join('\n');
    expect(decideInvoice(text).fields.currency).toBe('CLP');
  });

  it('near miss: a bare "$" on an invoice with no peso mark stays US dollars', () => {
    const text = ['Harbor Tools Inc.', 'Invoice 5521   Date: 03/02/2026', 'Bill to: Fenwick Marine LLC', 'Wrenches  10  $12.00  $120.00', 'Total  $120.00'].join('\n');
    expect(decideInvoice(text).fields.currency).toBe('USD');
  });
});

describe('Korean, Vietnamese and Indonesian dates', () => {
  it('reads "2026. 03. 18.", "2026년 3월 18일" and "ngày 21 tháng 04 năm 2026"', () => {
    expect(isos('발행일 / Issue date: 2026. 03. 18.')).toEqual(['2026-03-18']);
    expect(isos('결제기한: 2026. 4. 7')).toEqual(['2026-04-07']);
    expect(isos('작성일자 2026년 3월 18일')).toEqual(['2026-03-18']);
    expect(isos('Hà Nội, ngày 21 tháng 04 năm 2026')).toEqual(['2026-04-21']);
  });

  it('reads Indonesian and Malay month names', () => {
    expect(isos('Jatuh Tempo: 16 Maret 2026')).toEqual(['2026-03-16']);
    expect(isos('Tarikh: 5 Ogos 2026; 1 Disember 2026; 17 Agustus 2026')).toEqual(['2026-08-05', '2026-12-01', '2026-08-17']);
  });

  it('near miss: a dotted figure without blanks, a version or a figure run stays as it was', () => {
    expect(isos('Date 2026.03.18')).toEqual(['2026-03-18']);
    expect(isos('Versi 1.2. 3.4')).toEqual([]);
    expect(isos('Total 2026. 1.250.000')).toEqual([]);
    expect(isos('2026. 13. 40.')).toEqual([null]);
  });
});

describe('a party label glossed by several words before a slash', () => {
  const customerOf = (lines: string[]) => findParties(lines.join('\n')).find((party) => party.role === 'customer')?.name;
  it('reads the value after the glossed label', () => {
    expect(customerOf(['Seller: Delta Weaving Co Ltd', 'Tên đơn vị mua / Buyer: Marram Interiors Ltd', '', 'Total 5.00'])).toBe('Marram Interiors Ltd');
  });
  it('near miss: a delivery heading glossed "Ship to" names no customer, a stray dot or not', () => {
    expect(customerOf(['QUESOS SIERRA ALTA S.L.', 'Entregar en / Ship to.:', 'The Corner Deli Ltd', '4 Mill Lane, Cork', '', 'Total: 120,00 €'])).toBeUndefined();
  });
  it('near miss: the one-word gloss reads as before', () => {
    expect(customerOf(['Seller: Delta Weaving Co Ltd', 'Käufer / Buyer: Marram Interiors Ltd', '', 'Total 5.00'])).toBe('Marram Interiors Ltd');
  });
});
