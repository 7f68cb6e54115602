/**
 * Round 21 part M: a letter's addressee line with a courtesy title may end in a comma ("Mr. Evan X," over
 * the addressee's role); it is the customer, never the letterhead. Invented texts, with near misses.
 */
import { findParties } from '../../worker/providers/local/entity-parties';

const partiesOf = (lines: string[]) => findParties(lines.join('\n')).map((party) => [party.role, party.name]);

describe('an addressee line closed by a comma', () => {
  it('is the customer, and the signature names the vendor', () => {
    const lines = ['Ms. Rowena Achterberg,', 'Plant Manager, Fenlake Mouldings', '', 'Please find below invoice 2026-07, dated May 4, 2026.', '', 'Six hours of audit work at $90.00 an hour, $540.00.', '', 'Regards,', 'Tomas Lind', 'Lindqvist Process Audit'];
    expect(partiesOf(lines)).toEqual([['customer', 'Ms. Rowena Achterberg'], ['vendor', 'Lindqvist Process Audit']]);
  });

  it('near miss: a firm\'s name ending in a comma at the top is still its letterhead', () => {
    const lines = ['Lindqvist Process Audit,', '14 Harbour Road, Thunder Bay ON', '', 'Invoice 2026-07', 'Bill to: Fenlake Mouldings Inc.'];
    expect(partiesOf(lines).find(([role]) => role === 'customer')).toEqual(['customer', 'Fenlake Mouldings Inc.']);
  });
});
