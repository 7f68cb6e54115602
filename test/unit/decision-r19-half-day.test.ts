/**
 * Issue 19, round 19 part G: "half a day" / "a half day" before a price per day is a quantity of 0.5
 * (entity-line-prose-cues). Invented text, with near misses that must not change.
 */
import { scanDocument } from '../../worker/providers/local/entity-scan';

const amountsOf = (sentence: string, total: string) => scanDocument(['Hi Alex,', '', sentence, '', `Total ${total}`].join('\n')).lineItems.map((item) => item.amount);

describe('half a unit before a price per unit', () => {
  it('"half a day on site at £240 a day" is 120.00', () => {
    expect(amountsOf('We spent half a day on site at £240 a day, and materials were £35.00.', '£155.00')).toEqual([120, 35]);
  });

  it('"a half day at $300 a day" is 150.00', () => {
    expect(amountsOf('Training took a half day at $300 a day and the room hire at $80.00.', '$230.00')).toEqual([150, 80]);
  });

  it('near miss: "one and a half days at £240 a day" is not read as a half', () => {
    expect(amountsOf('We spent one and a half days at £240 a day, and materials were £35.00.', '£395.00')).not.toContain(120);
  });

  it('near miss: "three days at £240 a day" stays 720.00', () => {
    expect(amountsOf('We spent three days at £240 a day.', '£720.00')).toEqual([720]);
  });
});
