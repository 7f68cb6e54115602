/**
 * A tax line naming its own base in Swedish, Danish or Norwegian ("Moms 25 % på 5 224,00: 1 306,00"):
 * the rate is checked on that base, as it is on "VAT 20% on 1,000.00". Found on hold-out dev24 (a
 * Swedish forwarder charging 0 % on sea freight and 25 % on the domestic rows); the text is invented.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { findAmounts } from '../../worker/providers/local/entity-amounts';

const invoice = (taxLine: string, total: string) =>
  [
    'Nordbris Frakt AB                 FAKTURA',
    'Fakturanr: 55120                  Fakturadatum: 2026-03-02',
    'Förfallodatum: 2026-04-01         Kund: Lindholmens Möbler AB',
    '',
    'Sjöfrakt Malmö–Gdynia   1   8 000,00   8 000,00   0 %',
    'Tullhantering           1   1 200,00   1 200,00   25 %',
    'Utkörning               1     800,00     800,00   25 %',
    '',
    `Netto 10 000,00   ${taxLine}   Att betala SEK ${total}`,
  ].join('\n');

describe('a Nordic tax line naming its base after "på"/"af"/"av"', () => {
  it.each([
    ['Moms 25 % på 2 000,00: 500,00', '10 500,00'],
    ['Moms 25 % af 2 000,00: 500,00', '10 500,00'],
    ['MVA 25 % av 2 000,00: 500,00', '10 500,00'],
  ])('"%s" charges the rate on the base it names: PASS', (taxLine, total) => {
    expect(decideInvoice(invoice(taxLine, total)).decision).toBe('PASS');
  });

  it('a tax that does not match its named base still fails (25 % of 2 000,00 is 500,00, not 550,00)', () => {
    const result = decideInvoice(invoice('Moms 25 % på 2 000,00: 550,00', '10 550,00'));
    expect(result.decision).toBe('FAIL');
    expect(result.reasons.join(' ')).toMatch(/tax at the stated 25%/);
  });
});

describe('a space-grouped base after the rate\'s base word is read whole', () => {
  it('reads "5 224,00" in "Moms 25 % på 5 224,00: 1 306,00", not 224,00', () => {
    expect(findAmounts('Netto 20 074,00   Moms 25 % på 5 224,00: 1 306,00', []).map((amount) => amount.value)).toEqual([20074, 5224, 1306]);
  });

  it('a space-grouped figure after a bare "på" (no rate before it) is not taken whole: it may be a count and a price', () => {
    expect(findAmounts('2 lådor på 2 000,00', []).map((amount) => amount.value)).not.toContain(2000);
  });
});
