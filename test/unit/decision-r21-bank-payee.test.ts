/**
 * A payment sentence that names the bank keeping the account ("transfer to Banca Lariana, IBAN IT..")
 * names no vendor: the letterhead's company stays the vendor. Found on hold-out dev25 (an Italian
 * machine maker's bilingual invoice); the texts here are invented. Near misses: a business whose name
 * only starts like a bank word, and a bank-like name with no account after it, are still payees.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { bankPayee } from '../../worker/providers/local/entity-payee-bank';

const invoice = (payment: string) =>
  [
    'TORNERIA VALSASSINA S.r.l.',
    'Torneria Valsassina S.r.l. – Via Roma 4 – 23816 Barzio (LC)',
    '',
    'Spett.le / To:',
    'Strojírna Olomouc s.r.o.',
    'Třída Svobody 8, 779 00 Olomouc',
    '',
    'FATTURA / INVOICE N. TV-2026-031',
    'Data / Date: 02/03/2026',
    'Scadenza / Due: 01/04/2026',
    '',
    'Alberi torniti / Turned shafts    EUR 3.000,00',
    'Totale / Total: EUR 3.000,00',
    '',
    payment,
  ].join('\n');

describe('the bank named in a payment sentence is no vendor', () => {
  it.each([
    'bonifico / transfer to Banca Lariana, IBAN IT60 X054 2811 1010 0000 0123 456',
    'Bank transfer to Credito Bergamasco IBAN IT60 X054 2811 1010 0000 0123 456',
    'Payment by transfer to Cassa Rurale Alta Brianza – account 000123456',
  ])('"%s"', (payment) => {
    expect(decideInvoice(invoice(payment)).fields.vendor).toBe('Torneria Valsassina S.r.l.');
  });

  it.each([
    ['Bankside Joinery Ltd, IBAN GB29 NWBK 6016 1331 9268 19', 'Bankside Joinery Ltd'],
    ['Banca Lariana', 'Banca Lariana'],
    ['Credit Hire Solutions Ltd, account 12345678', 'Credit Hire Solutions Ltd'],
  ])('near miss: "%s" is a payee', (raw, name) => {
    expect(bankPayee(raw, name)).toBe(false);
  });
});
