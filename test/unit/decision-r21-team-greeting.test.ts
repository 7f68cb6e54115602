/**
 * Round 21 part M: a mail greeting a firm's people ("Hi Harlow Bay Sailing Club team,", "Hello folks at
 * Kettlewell Paper Mill,") names the firm billed (entity-party-team-greeting). Invented texts, near misses.
 */
import { teamGreetingCustomer } from '../../worker/providers/local/entity-party-team-greeting';
import { customerOf } from '../helpers/decision-lines';

const nameOf = (text: string) => teamGreetingCustomer(text)[0]?.name ?? null;

describe('the firm whose people a mail greets', () => {
  it('three capitalised words before "team", or after "folks at"', () => {
    expect(nameOf('Hi Harlow Bay Sailing Club team,\n\nHere is invoice 12.')).toBe('Harlow Bay Sailing Club');
    expect(nameOf('Hello folks at Kettlewell Paper Mill,\n\nHere is invoice 12.')).toBe('Kettlewell Paper Mill');
  });

  it('two words when the recipient address carries them', () => {
    expect(nameOf('To: accounts@larchlettings.co.uk\nSubject: Invoice 12\n\nHi Larch Lettings team,\n\nHere it is.')).toBe('Larch Lettings');
  });

  it('near miss: one word, two words without the address, or an office', () => {
    expect(nameOf('Hi Larchvale team,\n\nHere is invoice 12.')).toBeNull();
    expect(nameOf('To: ops@example.com\n\nHi Larch Lettings team,\n\nHere it is.')).toBeNull();
    expect(nameOf('Hi Accounts Payable team,\n\nHere is invoice 12.')).toBeNull();
    expect(nameOf('Hi team,\n\nHere is invoice 12.')).toBeNull();
  });

  it('near miss: a labelled customer outranks the greeting', () => {
    expect(customerOf(['Bill to: Ormside Foods Ltd', '', 'Hi Harlow Bay Sailing Club team,', '', 'Invoice 12, £300.00.'])).toBe('Ormside Foods Ltd');
  });
});
