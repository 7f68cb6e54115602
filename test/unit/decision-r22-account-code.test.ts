/**
 * Round 22 part K2: an account code after a customer's label ("Customer   A/c KB204") identifies the
 * customer but is not its name; the name is read elsewhere. Invented texts, with near misses.
 */
import { isCodeOnly } from '../../worker/providers/local/entity-party-not-names';
import { customerOf } from '../helpers/decision-lines';

describe('an account code after the customer label', () => {
  it('is a code, not a name', () => {
    expect(isCodeOnly('A/c KB204')).toBe(true);
    expect(isCodeOnly('Acct. 7781X')).toBe(true);
  });

  it('near miss: a name after "A/c", or a code without figures, is not a code', () => {
    expect(isCodeOnly('A/c Kinloch Bakery')).toBe(false);
    expect(isCodeOnly('A/c KINLOCH')).toBe(false);
  });

  it('leaves the customer to the addressee\'s label', () => {
    const lines = ['Strathy Slate Co. Ltd        INVOICE', 'Mill Road, Dingwall IV15 9TT   No. SS/26/118   Date 3 March 2026', 'VAT GB 222 3311 08                Customer A/c KB204', 'To: Kinloch Bakery           Delivery: Kinloch, by van', '', 'Slates, per 100 | 4 | 85.00 | 340.00', 'Total due 340.00'];
    expect(customerOf(lines)).toBe('Kinloch Bakery');
  });
});
