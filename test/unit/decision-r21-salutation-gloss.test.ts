/**
 * A bilingual invoice glosses the salutation over its customer on a line of its own: "Spett.le" over
 * "Messrs" over the name. The gloss is no name; the customer is the line under it. Found on hold-out
 * dev26 (an Italian exporter's invoice to an English buyer); the texts here are invented. Near misses:
 * a name right under one salutation is read as before, and a salutation over a gloss over nothing
 * named gives no customer "Messrs".
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const invoice = (address: string[]) =>
  [
    'Vetreria Artistica Murano S.r.l.',
    'Fondamenta Navagero 22, 30141 Venezia',
    '',
    'FATTURA N. / INVOICE NO. 2026/118',
    'Data / Date: 05/03/2026',
    'Scadenza / Due date: 04/04/2026',
    '',
    ...address,
    '',
    'Vasi in vetro soffiato / Blown glass vases      EUR 1.200,00',
    'TOTALE / TOTAL                                  EUR 1.200,00',
  ].join('\n');

describe('a salutation glossed on its own line', () => {
  it.each([
    [['Spett.le', 'Messrs', 'Kestrel Interiors Ltd', '14 Mill Lane, York YO1 7HH']],
    [['Spett.le', 'Messrs.', 'Kestrel Interiors Ltd', '14 Mill Lane, York YO1 7HH']],
    [['Gentile', 'Attn.', 'Kestrel Interiors Ltd', '14 Mill Lane, York YO1 7HH']],
  ])('%j: the name under the gloss', (address) => {
    const result = decideInvoice(invoice(address));
    expect(result.fields.customer).toBe('Kestrel Interiors Ltd');
    expect(result.decision).toBe('PASS');
  });

  it('near miss: a name right under one salutation is read as before', () => {
    expect(decideInvoice(invoice(['Spett.le', 'Kestrel Interiors Ltd', '14 Mill Lane, York YO1 7HH'])).fields.customer).toBe('Kestrel Interiors Ltd');
  });

  it('near miss: two salutations and no name under them name no customer "Messrs"', () => {
    expect(decideInvoice(invoice(['Spett.le', 'Messrs', '', ''])).fields.customer).not.toBe('Messrs');
  });
});
