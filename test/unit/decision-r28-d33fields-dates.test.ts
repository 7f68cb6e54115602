/**
 * Dates and a currency missed on hold-out dev33 (round 28): a period's end whose line, not whose sentence,
 * speaks of paying ("Work completed May 15, 2026. ... deposit paid the same day."), a letter's "glad to
 * receive by", a passive event's date ("were returned to the river on") taken for the missing issue date,
 * and the dollars of Fiji named by the total's heading ("TOTAL FJD   $70,173.00"). The texts are invented;
 * the near misses must keep their old reading.
 */
import { sentenceAround } from '../../worker/decisions/invoice-date-sentence';
import { isWorkDate } from '../../worker/decisions/invoice-work-dates';
import { currencyOf, dateLabelAt, fieldsOf } from '../helpers/decision-lines';

describe("a period's end is a deadline only when its own sentence speaks of paying", () => {
  it('the sentence around a date stops at the stops around it', () => {
    const line = 'Work completed May 15, 2026. Contract signed April 14, 2026, deposit paid the same day.';
    const start = line.indexOf('May 15');
    expect(sentenceAround(line, start, start + 'May 15, 2026'.length)).toBe('Work completed May 15, 2026.');
  });

  const invoice = (line: string) => [
    'Pine Ridge Docks, Inc.',
    'INVOICE PRD-2207',
    'Invoice date: May 22, 2026',
    'Customer: Lakeview Homeowners Association',
    line,
    'Invoice total (USD)             $4,120.00',
  ];

  it('"Work completed May 15, 2026. ..., deposit paid the same day." gives no due date', () => {
    expect(fieldsOf(invoice('Work completed May 15, 2026. Contract signed April 14, 2026, deposit paid the same day.')).due_date).toBeNull();
  });

  it('near miss: a payment word in the end date\'s own sentence still makes it the deadline', () => {
    expect(fieldsOf(invoice('Balance payable, offer valid until June 30, 2026.')).due_date).toBe('2026-06-30');
  });
});

describe('a letter\'s "glad to receive by"', () => {
  const letter = (sentence: string) => [
    'Savannah, May 19, 2026',
    '',
    'Re: Invoice 2026-051',
    '',
    `The charges come to $2,300.00, plus sales tax of 9% ($207.00), for an amount payable of $2,507.00 USD, ${sentence} June 18, 2026.`,
  ];

  it.each([
    'which we would be glad to receive by',
    'which we should be grateful to receive before',
    'and we look forward to receiving your payment by',
  ])('"%s" labels the date due', (sentence) => {
    const text = letter(sentence).join('\n');
    expect(dateLabelAt(text, 'June 18, 2026')).toBe('due');
  });

  it('near miss: "glad to receive your order by" names no payment', () => {
    const text = letter('and we would be glad to receive your order by').join('\n');
    expect(dateLabelAt(text, 'June 18, 2026')).not.toBe('due');
  });
});

describe('a passive past\'s date is an event, not the issue date', () => {
  const at = (line: string, date: string) => isWorkDate(line, line.indexOf(date));

  it('"The boats were returned to the river on 16 May 2026" is an event', () => {
    expect(at('The boats were returned to the river on 16 May 2026.', '16 May')).toBe(true);
  });

  it('near miss: "This invoice was issued to you on 16 May 2026" dates the invoice', () => {
    expect(at('This invoice was issued to you on 16 May 2026.', '16 May')).toBe(false);
  });

  it('near miss: "with thanks for your call on 16 May 2026" has no passive verb', () => {
    expect(at('Invoice HB-221, with thanks for your call on 16 May 2026.', '16 May')).toBe(false);
  });
});

describe('dollars of their own named by a money heading', () => {
  const fiji = (code: string) => [
    'Nadi Engineering Pte Limited',
    'TAX INVOICE No. NE-0412',
    'Date: 19/05/2026',
    'Customer: Rakiraki Growers Cooperative Ltd',
    'Roller re-grooving                 3 x $1,000.00 = $3,000.00',
    `TOTAL ${code}        $3,000.00`,
    'Payment due 18/06/2026.',
  ];

  it('"TOTAL FJD   $3,000.00" makes every "$" Fiji dollars', () => {
    expect(currencyOf(fiji('FJD'))).toBe('FJD');
  });

  it('near miss: with no code over the total, the "$" stays US dollars', () => {
    expect(currencyOf(fiji(''))).toBe('USD');
  });
});
