/**
 * Parties named in a sentence of their own inside a line (round 30): a one-line invoice "Invoice INV-7 dated ...
 * From Acme Ltd to Borealis GmbH. Total EUR 100.00" read neither party, since "From X to Y" was read only at a
 * line's start, and a customer's name ran on past its full stop into "Total ...". Invented texts; near misses stay unread.
 */
import { decideLines, fieldsOf } from '../helpers/decision-lines';

const oneLine = (sentence: string) => [`Invoice INV-7 dated 2026-03-02, due 2026-04-01. ${sentence} Total EUR 100.00`];

describe('"From X to Y." as a sentence inside a line', () => {
  it('reads both parties, the customer cut at the full stop before "Total"', () => {
    const decision = decideLines(oneLine('From Acme Ltd to Borealis GmbH.'));
    expect(decision.fields).toMatchObject({ vendor: 'Acme Ltd', customer: 'Borealis GmbH', total: 100, currency: 'EUR' });
    expect(decision.decision).toBe('PASS');
  });

  it('keeps the full stop of a legal form written with one ("Borealis Ltd.")', () => {
    expect(fieldsOf(oneLine('From Acme GmbH to Borealis Ltd.'))).toMatchObject({ vendor: 'Acme GmbH', customer: 'Borealis Ltd.' });
  });

  it('near miss: a route inside a line ("Shipped. From Rotterdam to Hamburg by truck.") names no party', () => {
    const decision = decideLines(oneLine('Shipped. From Rotterdam to Hamburg by truck.'));
    expect(decision.fields).toMatchObject({ vendor: null, customer: null });
    expect(decision.decision).toBe('NEEDS_INFO');
  });

  it('near miss: "Open from Monday to Friday." inside a line names no party', () => {
    expect(fieldsOf(oneLine('Open from Monday to Friday.'))).toMatchObject({ vendor: null, customer: null });
  });
});

describe('a customer named before a sentence about the figures', () => {
  it('"Invoice from X to Y. Payment within 14 days" keeps only the name', () => {
    const lines = ['Invoice from Kestrel Joinery Ltd to Harrow Farm Shop LLP. Payment within 14 days.', 'Invoice no: KJ-88', 'Date: 2026-03-02', 'Due: 2026-03-16', 'Total: GBP 480.00'];
    expect(fieldsOf(lines)).toMatchObject({ vendor: 'Kestrel Joinery Ltd', customer: 'Harrow Farm Shop LLP' });
  });

  it('near miss: a full stop inside a name before a capitalised word that is no figure ("St. Mary Hollow Kitchens LLP") stays in it', () => {
    const lines = ['Invoice from Kestrel Joinery Ltd to St. Mary Hollow Kitchens LLP', 'Invoice no: KJ-89', 'Date: 2026-03-02', 'Due: 2026-03-16', 'Total: GBP 480.00'];
    expect(fieldsOf(lines).customer).toBe('St. Mary Hollow Kitchens LLP');
  });
});
