/**
 * A company's share capital on its legal line ("Cap. soc. € 20.000,00 i.v.") is registration data, not an
 * amount charged: an export invoice billed in another currency has one currency. And a bilingual
 * salutation over the customer ("Spett.le / Messrs.") heads the addressed block as one word does.
 * Invented text; the near misses keep a real second currency a contradiction.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const invoice = (legal: string, salutation: string, freight: string) =>
  [
    'Fonderia Lattanzi Morbin S.r.l.',
    'Via dei Mulini 8 – 31100 Treviso – Italia',
    legal,
    '',
    'FATTURA / INVOICE',
    'Invoice number   2026/0555',
    'Invoice date     05/05/2026',
    '',
    salutation,
    'Kettlewell Forge Supplies Ltd',
    '12 Mill Lane',
    'Leeds LS2 7HD',
    '',
    'Description                    Qty   Unit price   Amount',
    'Brass valve body BV-20          10   20,00        200,00',
    `Freight                         1    ${freight}`,
    '',
    'INVOICE TOTAL                                GBP 250,00',
    'Due 04/06/2026',
  ].join('\n');

describe('share capital is no second currency', () => {
  it.each([
    'P.IVA IT01234567890 – Cap. soc. € 20.000,00 i.v.',
    'Capitale sociale EUR 10.000,00 – REA TV-123456',
    'Share capital € 10.000,00 fully paid',
  ])('passes with %s', (legal) => {
    const result = decideInvoice(invoice(legal, 'Spett.le / Messrs.', '50,00        50,00'));
    expect(result.decision).toBe('PASS');
    expect(result.fields.currency).toBe('GBP');
    expect(result.fields.customer).toBe('Kettlewell Forge Supplies Ltd');
  });

  it('near miss: a charge in euros beside pounds still fails', () => {
    const result = decideInvoice(invoice('P.IVA IT01234567890', 'Spett.le', '50,00        € 50,00'));
    expect(result.decision).toBe('FAIL');
    expect(result.reasons.join(' ')).toMatch(/more than one currency/);
  });

  it('near miss: a slash between a salutation and a name is no salutation line', () => {
    const result = decideInvoice(invoice('P.IVA IT01234567890', 'Spett.le / Kettlewell Forge', '50,00        50,00'));
    expect(result.fields.customer).not.toBe('Spett.le / Kettlewell Forge');
  });
});
