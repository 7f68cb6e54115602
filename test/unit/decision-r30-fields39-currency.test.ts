/**
 * Currencies named where the readers did not look (round 30, hold-out dev39):
 * - a bracketed code after an abbreviated label, "Total incl. GST (NZD): $44,513.05" (the label's words took no dot);
 * - a code after "GRAND TOTAL" over a "$" figure, "GRAND TOTAL NZD   $8,093.19" (only "INVOICE TOTAL" was read);
 * - a currency's name with its code in brackets, "em escudos cabo-verdianos (CVE)", in a mail with no amounts.
 * A bare "$" was read as US dollars on New Zealand invoices. Invented texts; each has a near miss.
 */
import { currencyOf } from '../helpers/decision-lines';

const nzInvoice = (totalRow: string) => [
  'Kowhai Drainage Ltd',
  'Invoice No: KD-5512',
  'Date: 02/03/2026',
  'Due: 01/04/2026',
  'To: Riverbend Orchards Ltd',
  'Drain clearing (hours)   6   $120.00   $720.00',
  'Total excl. GST: $720.00',
  'GST 15%: $108.00',
  totalRow,
];

describe('the dollars of a "$" invoice named in its total\'s label', () => {
  it('"Total incl. GST (NZD): $828.00" names New Zealand dollars', () => {
    expect(currencyOf(nzInvoice('Total incl. GST (NZD): $828.00'))).toBe('NZD');
  });

  it('"Total excl. VAT (EUR)" names euros over bare figures', () => {
    expect(currencyOf(['Hours   10   50.00   500.00', 'Total excl. VAT (EUR): 500.00'])).toBe('EUR');
  });

  it('"GRAND TOTAL NZD   $828.00" names New Zealand dollars', () => {
    expect(currencyOf(nzInvoice('GRAND TOTAL NZD   $828.00'))).toBe('NZD');
  });

  it('near miss: "Total incl. GST: $828.00" names no dollars of its own: US dollars', () => {
    expect(currencyOf(nzInvoice('Total incl. GST: $828.00'))).toBe('USD');
  });

  it('near miss: "Drawings (CAD)" heads no money', () => {
    expect(currencyOf(nzInvoice('Total incl. GST: $828.00').concat('Drawings (CAD) attached'))).toBe('USD');
  });
});

describe("a currency's name with its code in brackets", () => {
  const mail = (payment: string) => [
    'De: Serralharia Porto Grande <geral@portogrande.example>',
    'Para: Hotel Baía das Gatas <compras@baiagatas.example>',
    'Assunto: Fatura FT 2026/14',
    '',
    'Segue a fatura FT 2026/14, emitida a 02/03/2026, com vencimento a 01/04/2026.',
    payment,
  ];

  it('"em escudos cabo-verdianos (CVE)" names the currency', () => {
    expect(currencyOf(mail('O pagamento é em escudos cabo-verdianos (CVE), por transferência.'))).toBe('CVE');
  });

  it('"payable in Swiss francs (CHF)" names the currency', () => {
    expect(currencyOf(['Invoice 2026-7', 'Payable in Swiss francs (CHF) by bank transfer.'])).toBe('CHF');
  });

  it('near miss: "security fixes (CVE)" names no currency', () => {
    expect(currencyOf(mail('Inclui as correções de segurança (CVE) do sistema.'))).toBeNull();
  });

  it('near miss: two names with different codes name none', () => {
    expect(currencyOf(mail('Aceitamos euros (EUR) ou escudos cabo-verdianos (CVE).'))).toBeNull();
  });
});
