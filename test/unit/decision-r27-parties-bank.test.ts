/**
 * Round 27: a bank named by its initials in a payment sentence ("Payment to AIB, IBAN IE64 AIBK ..."), which no
 * banking word gives away, is no vendor. Invented texts, with the payee's own initials as the near miss.
 */
import { partyOf } from '../helpers/decision-lines';

describe("a bank's initials that open the IBAN's bank code", () => {
  const fee = (payee: string) => ['Kilcoole Moran Architects', 'FEE NOTE No. KM/26/088', 'To: Glenview Hotel Group Ltd', `Payment to ${payee}, IBAN IE64 AIBK 9330 1244 7812 05. With thanks.`];
  it('reads no vendor from "Payment to AIB, IBAN IE64 AIBK ..."', () => {
    expect(partyOf(fee('AIB'), 'vendor')).not.toBe('AIB');
  });

  it('keeps the payee "KMA", whose initials are not the bank code\'s', () => {
    expect(partyOf(fee('KMA'), 'vendor')).toBe('KMA');
  });
});
