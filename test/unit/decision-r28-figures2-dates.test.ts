/**
 * A dollar invoice from outside the US (round 28, second pass): its ambiguous dates "08/11/2026" and
 * "08/12/2026" under "Date  Due" read month first gave a one-day term; the same day a month later reads
 * day first. The texts are invented; the near miss must keep its old reading.
 */
import { fieldsOf } from '../helpers/decision-lines';

const agency = (date: string, due: string) => [
  'HARBOUR GATE SHIP AGENCY',
  'Invoice No      Date          Due',
  `HGA-2231        ${date}    ${due}`,
  'Bill to: Nordvik Reefer Lines',
  'Agency fee             USD 420.00',
  'Total due              USD 420.00',
];

describe('a date and the same day a month later read day first, dollars or not', () => {
  it('"08/11/2026" and "08/12/2026" are 8 November and 8 December', () => {
    const fields = fieldsOf(agency('08/11/2026', '08/12/2026'));
    expect([fields.issue_date, fields.due_date]).toEqual(['2026-11-08', '2026-12-08']);
  });

  it('near miss: "08/11/2026" and "09/10/2026" in US dollars still read month first', () => {
    const fields = fieldsOf(agency('08/11/2026', '09/10/2026'));
    expect([fields.issue_date, fields.due_date]).toEqual(['2026-08-11', '2026-09-10']);
  });
});
