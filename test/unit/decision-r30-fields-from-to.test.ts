/**
 * "FROM  TO" flattened to two blanks over both firms' cells (round 30, hold-out dev38): "TO" stands over the
 * sender's cell, whose tail was read as the customer; the customer is the cell after the sender's. The texts are
 * invented; the near miss is a labelled customer whose name is truly the tail of the sender's.
 */
import { customerOf, vendorOf } from '../helpers/decision-lines';

describe('"FROM  TO" over both cells, flattened to two blanks', () => {
  const invoice = (row: string, names: string) => [
    'TAX INVOICE',
    row,
    names,
    '12 Main Road, Durban 4001  8 Beach Road, Ballito 4420',
    '',
    'Date 2026/05/02   Due date 2026/06/01',
    'Bait freezer service   R 1 200,00',
    'Total ZAR  R 1 200,00',
  ];

  it('the customer is the cell after the sender\'s', () => {
    const lines = invoice('FROM  TO', 'Natal Reel & Rod (Pty) Ltd  Ballito Charters (Pty) Ltd');
    expect(vendorOf(lines)).toBe('Natal Reel & Rod (Pty) Ltd');
    expect(customerOf(lines)).toBe('Ballito Charters (Pty) Ltd');
  });

  it('near miss: a labelled customer whose name is the tail of the sender\'s is left as it is', () => {
    const lines = ['From: North Reel & Rod (Pty) Ltd', 'To: Reel & Rod (Pty) Ltd', 'Invoice No. 7', 'Date 2026/05/02', 'Total ZAR R 100,00'];
    expect(customerOf(lines)).toBe('Reel & Rod (Pty) Ltd');
  });
});
