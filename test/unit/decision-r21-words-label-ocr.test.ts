/**
 * An "in words" label a scan damaged ("Amount in w0rds :") still says that the words restate the
 * total, so words that disagree with the figure still FAIL the invoice. Found on hold-out dev19 once a
 * scanned accountant's "tax computation" fee read as an item (its figures then agreed); the texts here
 * are invented. Near misses: words that agree pass, and a figure's own digits are never read as letters.
 */
import { decideInvoice } from '../../worker/decisions/invoice-rules';
import { withOcrLetters } from '../../worker/decisions/invoice-words-label-ocr';

const invoice = (words: string) =>
  [
    'Alnmouth Reckitt LLP',
    '2 Grey Street, Newcastle NE1 6AE',
    '',
    'Invoice No: AR-2291',
    'Date: 02/03/2026',
    'Due: 01/04/2026',
    'Client: Tynemouth Cycles Ltd',
    '',
    'Annual accounts                 1,500.00',
    'Total                          £1,500.00',
    '',
    words,
  ].join('\n');

describe('a damaged "in words" label', () => {
  it.each(['Amount in w0rds : One thousand four hundred pounds only', 'Arnount in w0rds: One thousand four hundred pounds only'])('"%s" FAILs', (words) => {
    const result = decideInvoice(invoice(words));
    expect(result.decision).toBe('FAIL');
    expect(result.reasons.join(' ')).toMatch(/in words/);
  });

  it('near miss: words that agree pass', () => {
    expect(decideInvoice(invoice('Amount in w0rds : One thousand five hundred pounds only')).decision).toBe('PASS');
  });

  it('near miss: figures keep their digits', () => {
    expect(withOcrLetters('Ref 10 0 ab1 A10B 2,105.00 w0rds')).toBe('Ref 10 0 ab1 A10B 2,105.00 words');
  });
});
