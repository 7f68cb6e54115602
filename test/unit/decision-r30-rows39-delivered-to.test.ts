/**
 * A supplier's mail naming the customer as whom the goods went to (round 30, dev39): "here is our invoice
 * LB-12, dated 18 May 2026, for the kelp delivered on 15 May 2026 to Harbour Kitchen Ltd." read no customer.
 * Invented texts; a place or "our yard" after "delivered to" names no one.
 */
import { fieldsOf } from '../helpers/decision-lines';

const mail = (sentence: string) => [
  'From: Ewan Ross <ewan@westshore.example>', 'Subject: Invoice WS-0410', '', 'Hello Fiona,', '', sentence, '',
  '  Kelp (kg): 10 at £12.00 = £120.00', '  Total: £120.00', '', 'Please pay by 17 June 2026.', '', 'Ewan', 'Westshore Seaweed Ltd',
];

describe('"invoice ..., for the goods delivered ... to X"', () => {
  it('reads the firm the goods were delivered to as the customer', () => {
    expect(fieldsOf(mail('Here is our invoice WS-0410, dated 18 May 2026, for the kelp delivered on 15 May 2026 to Harbour Kitchen Ltd.')).customer).toBe('Harbour Kitchen Ltd');
  });

  it('reads "shipped to" too', () => {
    expect(fieldsOf(mail('Attached is invoice WS-0410 for the pallets of dulse shipped to Norcross Fine Foods Ltd, as agreed.')).customer).toBe('Norcross Fine Foods Ltd');
  });

  it('near miss: a town after "delivered to" names no customer', () => {
    expect(fieldsOf(mail('Here is our invoice WS-0410, dated 18 May 2026, for the kelp delivered on 15 May 2026 to Ullapool.')).customer).toBeNull();
  });
});
