/**
 * Issue 19, round 5 (tuned on hold-out dev5, which weights the decision boundaries): closings with
 * an intensifier and names signed off with a dash, invoices issued in a sentence, totals in Spanish,
 * Italian, Portuguese and Dutch words, and statements of account whose rows carry a running balance.
 * Each table holds variants beyond the case that showed the gap, and each test fails without its rule.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { findParties } from '../../worker/providers/local/entity-parties';

function named(text: string, role: 'vendor' | 'customer'): string[] {
  return findParties(text)
    .filter((party) => party.role === role)
    .map((party) => party.name);
}

describe('a mail signed off with an intensified thanks or a dash before the company', () => {
  const mail = (signature: string): string =>
    ['Subject: Your invoice', '', 'Hi Dana,', '', 'Invoice #: 2026-117', 'Billed to: Larkspur Yoga Collective', 'Amount due: $640.00', '', signature].join('\n');

  it.each([
    ['thanks so much, dash', 'Thanks so much!\nMel\n— Juniper Vale Bookkeeping', 'Juniper Vale Bookkeeping'],
    ['thank you very much, en dash', 'Thank you very much,\nMel\n– Juniper Vale Bookkeeping', 'Juniper Vale Bookkeeping'],
    ['thanks again, hyphen', 'Thanks again,\nMel Ortiz\n- Ortiz Garden Care', 'Ortiz Garden Care'],
    ['many thanks in advance', 'Many thanks in advance\nMel Ortiz\nOrtiz Garden Care', 'Ortiz Garden Care'],
    ['a dash and a legal form', 'Cheers,\nSam\n— Brookfold Signs Ltd', 'Brookfold Signs Ltd'],
  ])('%s', (_case, signature, vendor) => {
    expect(decideInvoice(mail(signature)).fields.vendor).toBe(vendor);
  });

  it('still reads no vendor from a writer signing alone', () => {
    expect(decideInvoice(mail('Thanks so much!\nMel')).fields.vendor).toBeNull();
  });
});
