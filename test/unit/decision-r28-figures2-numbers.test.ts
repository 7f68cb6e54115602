/**
 * Invoice numbers under an "Invoice No." heading in a header flattened to single blanks (round 28, second
 * pass): the heading may be followed by other headings with stops ("Job No. Due Date") or by the next
 * column's name ("Maple & Birch Outfitters Inc."), and the number below drifts off the heading's column but
 * still runs through it. The texts are invented; the near misses must keep their old reading.
 */
import { fieldsOf } from '../helpers/decision-lines';

describe('a number running through a drifted heading column', () => {
  it('"Invoice No. Job No. Due Date" over "... HFL/26/07/0412 HFL-J-3301 18 AUG 2026"', () => {
    const lines = [
      'Harbourline Forwarding Pte. Ltd. INVOICE',
      '9 Tuas Avenue, #02-07 Invoice No. Job No. Due Date',
      'Singapore 639470 HFL/26/07/0412 HFL-J-3301 18 AUG 2026',
      'Bill To Sabah Timber Mouldings Sdn. Bhd.',
      'Total (SGD) 1,200.00',
    ];
    expect(fieldsOf(lines).invoice_number).toBe('HFL/26/07/0412');
  });

  it('"Invoice No." followed by the customer\'s name, over "... 58812 ..."', () => {
    const lines = [
      'Birchmount Press Ltd. INVOICE SOLD TO',
      '14 Commerce Drive W Invoice No. Elm & Oak Interiors Inc.',
      'Barrie, ON L4N 9J2 58812 77 Queen St E, Suite 4',
      'Due Date 2026-11-30',
      'Total CAD 1,130.00',
    ];
    expect(fieldsOf(lines).invoice_number).toBe('58812');
  });

  it('near miss: a blank under the heading\'s column gives no number', () => {
    const lines = [
      'Birchmount Press Ltd. INVOICE SOLD TO',
      '14 Commerce Drive W Invoice No. Elm & Oak Interiors Inc.',
      'Barrie, ON            Suite 4',
      'Due Date 2026-11-30',
      'Total CAD 1,130.00',
    ];
    expect(fieldsOf(lines).invoice_number).toBeNull();
  });
});
