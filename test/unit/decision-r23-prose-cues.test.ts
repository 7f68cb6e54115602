/**
 * Round 23 part K3: prose items priced by "came to" and "(my day) rate of ..., which is ...", and a day
 * of the month that counts nothing ("on 12 May was £300.00"). Invented texts, with near misses.
 */
import { decideLines } from '../helpers/decision-lines';

const head = ['Invoice no. MW-0412', 'Invoice date: 02/06/2026', 'Due date: 02/07/2026', 'From: Mara Wilde Consulting Ltd', 'To: Fenland Rivers Trust', ''];
const reasons = (body: string[]) => decideLines([...head, ...body]).reasons;

describe('prose items with "came to" and "rate of"', () => {
  const body = (subtotal: string) => [
    'In May I worked 3 days on the catchment survey at my day rate of £500.00, which is £1,500.00.',
    'The site meeting on 12 May was £300.00, and mileage came to £45.00.',
    `That gives a sub-total of £${subtotal}, plus VAT at 20% of £${(Number(subtotal.replace(',', '')) * 0.2).toFixed(2)}.`,
    `Total £${(Number(subtotal.replace(',', '')) * 1.2).toFixed(2)}`,
  ];

  it('fails when the items do not make the sub-total', () => {
    expect(reasons(body('1,945.00'))).toContain('line items add up to 1845.00, not the subtotal 1945.00');
  });

  it('near miss: the items make the sub-total, and the day of the month counts nothing', () => {
    expect(reasons(body('1,845.00'))).toEqual(['all required fields are present and the dates, amounts and currency agree']);
  });
});
