/**
 * Round 28, part "parties": a customer now found in a tree surgeon's letter exposed its issue date, read from
 * another document's reference ("consent 26/00141/TCA of 9 February 2026"); such a date is no stand-in for an
 * unlabelled issue date (invoice-reference-dates). Invented texts; the near miss dates the invoice by its own reference.
 */
import { fieldsOf } from '../helpers/decision-lines';

describe('a date after another document\'s reference', () => {
  it('is not read as the issue date', () => {
    expect(fieldsOf([
      'Ashgrove Tree Care',
      'Invoice ATC-2026-07',
      'Felling two poplars under planning permission 26/00311/FUL of 12 January 2026: £900.00.',
      'The total is £900.00, payable by 2 May 2026.',
    ]).issue_date).toBeNull();
  });

  it('still reads the date of the invoice\'s own reference', () => {
    expect(fieldsOf([
      'Hierbij mijn factuur 2026-31 van 4 november 2026 voor de vertaling.',
      'Totaal € 500,00, te betalen vóór 2 december 2026.',
    ]).issue_date).toBe('2026-11-04');
  });
});
