/**
 * Round 22 part K2: a legal form written in two words ("Pty Ltd", "Sdn. Bhd.") closes a letterhead's
 * name after its last word when an address or a number runs on after it. Invented texts, with near misses.
 */
import { endOfFormRun } from '../../worker/providers/local/entity-party-form-run';
import { vendorOf } from '../helpers/decision-lines';

describe('a run of legal forms', () => {
  it('ends after its last form', () => {
    expect(endOfFormRun('Acme Pty Ltd ABN 12 345', 'Acme Pty'.length)).toBe('Acme Pty Ltd'.length);
    expect(endOfFormRun('Kedai Baru Sdn. Bhd. 12 Jalan', 'Kedai Baru Sdn.'.length)).toBe('Kedai Baru Sdn. Bhd.'.length);
  });

  it('near miss: a form followed by other words stays where it is', () => {
    expect(endOfFormRun('Acme Ltd Unit 4', 'Acme Ltd'.length)).toBe('Acme Ltd'.length);
    expect(endOfFormRun('Acme Ltd', 'Acme Ltd'.length)).toBe('Acme Ltd'.length);
  });

  it('keeps "Pty Ltd" whole in a letterhead run into its tax number', () => {
    const lines = ['Wallaby Creek Plumbing Pty Ltd ABN 33 222 111 000 TAX INVOICE', '9 Creek Rd, Nambour QLD 4560', '', 'Bill To: Hinterland Cafe', 'Total $ 220.00'];
    expect(vendorOf(lines)).toBe('Wallaby Creek Plumbing Pty Ltd');
  });
});
