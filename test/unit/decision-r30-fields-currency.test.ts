/**
 * A currency stated by the verb that bills in it (round 30, hold-out dev37): a mail sending an invoice whose figures
 * are all in an attachment says "it is billed in euro (EUR), as always". The texts are invented; the near misses
 * bill in something that is no currency.
 */
import { currencyOf } from '../helpers/decision-lines';

const mail = (sentence: string) => [
  'From: Aoife Nic Gearailt <aoife@blasketboats.ie>',
  'To: accounts@slea-head-tours.ie',
  'Subject: Invoice BBH-0041',
  '',
  'Attached is invoice BBH-0041, dated 4 May 2026, for the boat hire on 28 April.',
  sentence,
  'Invoice to: Slea Head Tours Ltd',
  'Due date: 18 May 2026',
];

describe('a currency stated by the verb that bills in it', () => {
  it.each([
    ['The hire is billed in euro (EUR), as always.', 'EUR'],
    ['Everything is invoiced in GBP this season.', 'GBP'],
    ['Les prestations sont facturées en EUR.', 'EUR'],
    ['Alle Leistungen werden abgerechnet in CHF.', 'CHF'],
  ])('%s', (sentence, code) => {
    expect(currencyOf(mail(sentence))).toBe(code);
  });

  it.each(['The hire is billed in arrears, as always.', 'It was invoiced in April with the rest.'])('near miss: %s', (sentence) => {
    expect(currencyOf(mail(sentence))).toBeNull();
  });
});
