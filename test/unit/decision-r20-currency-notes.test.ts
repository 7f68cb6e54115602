/**
 * An invoice in one currency whose seller's legal notes print amounts in its home currency: a share
 * capital in the registration footer, the French fixed recovery fee, and an article code such as
 * "TL-50" make no second currency. Found on hold-out dev25 and dev26 (Italian, French and Spanish
 * exporters invoicing in GBP, USD and EUR); the texts here are invented. Near misses: a real second
 * currency still fails.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { findAmounts } from '../../worker/providers/local/entity-amounts';

const invoice = (footer: string, charge = 'Freight to Leeds                                GBP   150,00') =>
  [
    'Ceramiche Val di Secchia S.r.l.',
    'Via Radici 12, 41049 Sassuolo (MO)',
    'Fattura / Invoice n. 2026/0412          Data / Date: 03/03/2026',
    'Scadenza / Due date: 02/04/2026',
    'Cliente / Customer: Harrowgate Tile Studio Ltd',
    '',
    'Porcelain tiles 60x60, 120 m2 x 18,00            GBP 2.160,00',
    charge,
    'INVOICE TOTAL                                   GBP 2.310,00',
    '',
    footer,
  ].join('\n');

describe('amounts in a seller\'s legal notes make no second currency', () => {
  it.each([
    'Capitale sociale € 120.000 i.v. – Registro Imprese di Modena',
    'Capitale sociale: EUR 50.000,00 interamente versato',
    'SAS au capital de 10 000 € – RCS Besançon 512 004 771',
    'Pénalités de retard : 3 fois le taux légal – indemnité forfaitaire pour frais de recouvrement : 40 €',
    'GmbH, Stammkapital 25.000 EUR, Amtsgericht Ulm HRB 7741',
  ])('"%s": PASS', (footer) => {
    expect(decideInvoice(invoice(footer)).decision).toBe('PASS');
  });

  it('near miss: a charge in euros beside the pounds still mixes currencies (FAIL)', () => {
    const result = decideInvoice(invoice('Capitale sociale € 120.000 i.v.', 'Freight to Leeds                                EUR   150,00'));
    expect(result.decision).toBe('FAIL');
    expect(result.reasons.join(' ')).toMatch(/more than one currency/);
  });
});

describe('an article code "TL-50" is no Turkish lira', () => {
  it('reads no currency in "TL-50" at a row\'s start, but does in "TL 1.200,00" and in "EUR-50.00"', () => {
    expect(findAmounts('TL-50     120   21,60   2.592,00', []).map((amount) => amount.currency ?? null)).toEqual([null, null]);
    expect(findAmounts('Total TL 1.200,00', [])[0]?.currency).toBe('TRY');
    expect(findAmounts('Discount: EUR-50.00', [])[0]).toMatchObject({ currency: 'EUR', value: -50 });
  });
});
