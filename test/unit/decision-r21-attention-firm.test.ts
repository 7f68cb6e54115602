/**
 * An attention label names the reader, and the organisation billed stands under that line:
 * "Attn: Mrs Jenna Rowe, Finance Manager" over "Penwith Marine Engineering Ltd". Found on hold-out
 * dev21 (a scanned accountant's invoice); the texts here are invented. Near misses: an attention label
 * over an address, or over a name without a legal form, keeps the person; an attention label that
 * already names an organisation keeps it.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';

const invoice = (block: string[]) =>
  [
    'Carrick Ledger Accountants',
    '9 Boscawen Street, Truro TR1 2QT',
    '',
    'Invoice No: CL/26/0410          Date: 02/03/2026',
    'Payment due: 01/04/2026',
    '',
    ...block,
    '',
    'Annual accounts                         £ 1,500.00',
    'TOTAL DUE                               £ 1,500.00',
  ].join('\n');

describe('the organisation under an attention line', () => {
  it.each([
    [['Attn: Mr Alan Pascoe, Finance Director', 'Falmouth Sailmakers Ltd', 'Dock Road, Falmouth TR11 4NR']],
    [['Attention: Ms Kerensa Hicks', 'St Agnes Brewing Company Limited', 'Trevaunance Road, St Agnes TR5 0RT']],
  ])('%j', (block) => {
    const result = decideInvoice(invoice(block));
    expect(result.fields.customer).toMatch(/Falmouth Sailmakers Ltd|St Agnes Brewing Company Limited/);
    expect(result.decision).toBe('PASS');
  });

  it('near miss: an attention label over an address keeps the person', () => {
    expect(decideInvoice(invoice(['Attn: Mr Alan Pascoe', '14 Dock Road, Falmouth TR11 4NR'])).fields.customer).toBe('Mr Alan Pascoe');
  });

  it('near miss: a label that already names an organisation keeps it', () => {
    expect(decideInvoice(invoice(['Attn: Falmouth Sailmakers Ltd', 'Penryn Rigging Co Ltd'])).fields.customer).toBe('Falmouth Sailmakers Ltd');
  });
});
