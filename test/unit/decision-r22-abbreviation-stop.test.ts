/**
 * Round 22 part M2: a customer named in a sentence whose abbreviated legal form ends in a full stop
 * ("for Harbour Rigging Co. — the work ...") keeps that stop. Invented texts, with near misses.
 */
import { customerOf } from '../helpers/decision-lines';

const mail = (sentence: string) => ['Hi Dana,', '', sentence, '', 'Rigging check, 3 hours at $60.00: $180.00', 'Total: $180.00', '', 'Thanks,', 'Lou Barnett', 'Barnett Mast & Spar'];

describe('a full stop after an abbreviated legal form', () => {
  it('is kept after "Co."', () => {
    expect(customerOf(mail('Here is invoice #B-114 for Tidewater Rowing Club Co. — the work on the launch, June 2, 2026.'))).toBe('Tidewater Rowing Club Co.');
  });

  it('is kept after "Inc." when a comma runs the sentence on', () => {
    expect(customerOf(mail('Here is invoice #B-114 for Tidewater Rowing Holdings Inc., 4 Mill Road, dated June 2, 2026.'))).toBe('Tidewater Rowing Holdings Inc.');
  });

  it('near miss: a stop that may end the sentence is left off', () => {
    expect(customerOf(mail('Here is invoice #B-114 for Tidewater Rowing Holdings Inc. Thanks for the work.'))).toBe('Tidewater Rowing Holdings Inc');
  });

  it('near miss: a name ending in a full word keeps no stop', () => {
    expect(customerOf(mail('Here is invoice #B-114 for Tidewater Rowing Club. Thanks for the work.'))).toBe('Tidewater Rowing Club');
  });

  it('near miss: a name ending in "Co" with no stop after it stays as written', () => {
    expect(customerOf(mail('Here is invoice #B-114 for Tidewater Rowing Club Co, with thanks.'))).toBe('Tidewater Rowing Club Co');
  });
});
